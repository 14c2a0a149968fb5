import type { Delivery } from "@/core/schemas/interview";
import { formatClock } from "@/lib/interview/timing";

/** Measured from the answer's text in code: words, filler words, estimated speaking time, sentence length. */
export function DeliveryFigures({ delivery }: { delivery: Delivery }) {
  const items = [
    { label: "Words", value: String(delivery.word_count) },
    { label: "Filler words", value: String(delivery.filler_words) },
    { label: "Speaking time", value: `≈ ${formatClock(delivery.estimated_speaking_seconds)}` },
    { label: "Words per sentence", value: delivery.average_sentence_words.toFixed(1) },
  ];
  const terms = [...new Set(delivery.filler_terms ?? [])];
  return (
    <div className="border-t border-ink-faint/20 pt-4 dark:border-white/10">
      <h4 className="sr-only">Delivery</h4>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {items.map((item) => (
          <div key={item.label}>
            <dt className="text-xs text-ink-muted dark:text-ink-dark-muted">{item.label}</dt>
            <dd className="font-semibold tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
      {terms.length > 0 && (
        <p className="mt-2 text-xs text-ink-muted dark:text-ink-dark-muted">
          Fillers heard:{" "}
          {terms
            .slice(0, 8)
            .map((t) => `“${t}”`)
            .join(", ")}
        </p>
      )}
    </div>
  );
}
