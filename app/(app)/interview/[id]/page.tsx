import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PracticeSession, type PracticeQuestion } from "@/components/interview/practice-session";
import { requirePageUser } from "@/lib/auth/current-user";
import { findInterview } from "@/lib/interview/interviews";
import { LEVEL_LABELS, TYPE_LABELS, categoryLabel } from "@/lib/interview/labels";
import { suggestedSeconds } from "@/lib/interview/timing";
import { objectIdSchema } from "@/core/schemas/common";

export const metadata: Metadata = { title: "Practice" };

export default async function PracticePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/interview/${id}`);
  if (!objectIdSchema.safeParse(id).success) notFound();
  const interview = await findInterview({ userId: user.id, id });
  if (!interview) notFound();

  const questions: PracticeQuestion[] = interview.questions.map((text, i) => {
    const category = interview.question_notes[i]?.category ?? "";
    return {
      text,
      category: categoryLabel(category),
      suggested_seconds: suggestedSeconds({ type: interview.type, level: interview.level, category }),
    };
  });

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="no-print flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-ink-muted dark:text-ink-dark-muted">
            <Link href="/interview" className="hover:underline">
              Interviews
            </Link>{" "}
            / Practice
          </p>
          <h1 className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere]">{interview.role}</h1>
          <p className="text-sm text-ink-muted dark:text-ink-dark-muted">
            {LEVEL_LABELS[interview.level]} · {TYPE_LABELS[interview.type]}
            {interview.techstack.length > 0 && ` · ${interview.techstack.slice(0, 5).join(", ")}`}
          </p>
        </div>
      </div>
      <PracticeSession
        id={interview.id}
        questions={questions}
        answers={interview.answers}
        revisions={interview.questions.map((_, i) => interview.answer_revisions?.[String(i)] ?? 0)}
        evaluated={interview.status === "evaluated"}
      />
    </div>
  );
}
