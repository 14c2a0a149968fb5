import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { EvaluateButton } from "@/components/interview/evaluate-button";
import { ReportView } from "@/components/interview/report/report-view";
import { requirePageUser } from "@/lib/auth/current-user";
import { findInterview } from "@/lib/interview/interviews";
import { objectIdSchema } from "@/core/schemas/common";

export const metadata: Metadata = { title: "Interview report" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/interview/${id}/report`);
  if (!objectIdSchema.safeParse(id).success) notFound();
  const interview = await findInterview({ userId: user.id, id });
  if (!interview) notFound();

  if (interview.status !== "evaluated") {
    const answered = interview.answers.some((a) => a.trim() !== "");
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <p className="text-sm text-ink-muted dark:text-ink-dark-muted">
          <Link href="/interview" className="hover:underline">
            Interviews
          </Link>{" "}
          / Report
        </p>
        <EmptyState
          title="This interview hasn't been evaluated yet"
          action={
            <div className="flex flex-wrap justify-center gap-3">
              <LinkButton href={`/interview/${id}`} variant="secondary">
                Back to the answers
              </LinkButton>
              {answered && <EvaluateButton interviewId={id} label="Evaluate now" variant="primary" />}
            </div>
          }
        >
          {answered
            ? "Your answers are saved. Evaluate them to see your scores and coaching."
            : "Answer at least one question, then finish the interview to get a report."}
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-4xl">
      <ReportView interview={interview} />
    </div>
  );
}
