"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { categoryLabel } from "@/lib/interview/labels";
import type { QuestionNote } from "@/core/schemas/interview";

/** The generated questions, shown before the interview starts. */
export function QuestionPreview({
  questions,
  notes,
  engine,
  busy,
  starting,
  onRegenerate,
  onStart,
}: {
  questions: string[];
  notes: QuestionNote[];
  engine: string;
  busy: boolean;
  starting: boolean;
  onRegenerate: () => void;
  onStart: () => void;
}) {
  return (
    <Card aria-busy={busy || undefined}>
      <CardHeader
        title={`${questions.length} ${questions.length === 1 ? "question" : "questions"} ready`}
        description={engine === "offline" ? "Chosen from InterVu's question bank (offline engine)." : "Written for you by the AI model."}
      />
      <ol className={`space-y-3 ${busy ? "opacity-50" : ""}`} aria-label="Generated questions">
        {questions.map((q, i) => (
          <li key={`${i}-${q}`} className="flex gap-3 rounded-md bg-surface-muted p-3 dark:bg-surface-dark">
            <span className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-semibold text-white">
              {i + 1}
            </span>
            <div className="space-y-1">
              <p className="leading-snug">{q}</p>
              {notes[i]?.category && <Badge>{categoryLabel(notes[i].category)}</Badge>}
            </div>
          </li>
        ))}
      </ol>
      <div className="mt-5 flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={onRegenerate} pending={busy} disabled={starting}>
          Regenerate
        </Button>
        <Button onClick={onStart} pending={starting} disabled={busy}>
          Start interview
        </Button>
      </div>
    </Card>
  );
}
