import { Alert } from "@/components/ui/alert";

/**
 * What the grounding check took out of a generated document, in plain words: every claim is checked against the
 * profile, and anything it does not show (an employer, a figure from another job, an award…) is removed.
 */
export function GroundingWarnings({ warnings, what, className }: { warnings: string[] | undefined; what: string; className?: string }) {
  if (!warnings?.length) return null;
  return (
    <Alert tone="warning" className={className} title={`Removed from the ${what} because your profile doesn't show it`}>
      <p className="mb-1 text-ink-muted dark:text-ink-dark-muted">
        Every claim is checked against your profile. If something here is true, add it to your profile and regenerate.
      </p>
      <ul className="list-disc space-y-0.5 pl-5" aria-label={`What was removed from the ${what}`}>
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </Alert>
  );
}
