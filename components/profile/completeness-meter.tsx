"use client";

import { profileCompleteness } from "@/lib/profile/completeness";
import type { ProfileFields } from "@/core/schemas/profile";

/** How complete the saved profile is, with the empty and doubtful fields named, so the person knows what to check. */
export function CompletenessMeter({ fields }: { fields: ProfileFields }) {
  const { percent, empty, doubtful } = profileCompleteness(fields);
  return (
    <section aria-labelledby="completeness-title" className="space-y-2 rounded-md border border-ink-faint/20 p-4 dark:border-white/10">
      <div className="flex items-baseline justify-between gap-3">
        <h3 id="completeness-title" className="text-sm font-semibold">
          Profile completeness
        </h3>
        <span className="text-sm font-semibold tabular-nums">{percent} %</span>
      </div>
      <div
        role="meter"
        aria-labelledby="completeness-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 overflow-hidden rounded-full bg-ink/10 dark:bg-white/10"
      >
        {/* An SVG width, not a style attribute: the strict CSP refuses inline styles. */}
        <svg viewBox="0 0 100 1" preserveAspectRatio="none" className="block size-full" aria-hidden="true">
          <rect width={percent} height="1" className="fill-brand-600 dark:fill-brand-400" />
        </svg>
      </div>
      {empty.length > 0 && <p className="text-sm text-ink-muted dark:text-ink-dark-muted">Empty: {empty.join(", ")}.</p>}
      {doubtful.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-sm">
          {doubtful.map((d) => (
            <li key={d.field}>
              <span className="font-medium">{d.field}</span>: {d.reason}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
