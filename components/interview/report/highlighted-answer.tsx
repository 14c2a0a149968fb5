import { highlightEvidence } from "@/lib/interview/highlight";

/** The answer as the user gave it, with the evaluation's verbatim evidence quotes in <mark>. */
export function HighlightedAnswer({ answer, evidence }: { answer: string; evidence: string[] }) {
  const segments = highlightEvidence(answer, evidence);
  return (
    <blockquote className="whitespace-pre-line rounded-md border border-ink-faint/20 bg-surface-muted p-4 text-sm leading-relaxed dark:border-white/10 dark:bg-surface-dark">
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} className="rounded bg-warn-400/35 px-0.5 text-inherit dark:bg-warn-400/25 print:bg-yellow-200">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </blockquote>
  );
}
