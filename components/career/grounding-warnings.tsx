import { Alert } from "@/components/ui/alert";

const SOURCE = {
  profile: {
    title: (what: string) => `Removed from the ${what} because your profile doesn't show it`,
    hint: "Every claim is checked against your profile. If something here is true, add it to your profile and regenerate.",
    list: (what: string) => `What was removed from the ${what}`,
  },
  cv: {
    title: (what: string) => `Left out of your ${what} because your CV doesn't show it`,
    hint: "What the AI read from your CV is checked against the CV's own text. If something here is true, add it to your CV and upload it again, or type it into the form below.",
    list: (what: string) => `What was left out of your ${what}`,
  },
};

/**
 * What the grounding check took out of a generated document (or of a profile read from a CV), in plain words: every
 * claim is checked against its source, and anything the source does not show (an employer, a figure from another
 * job, an award…) is removed.
 */
export function GroundingWarnings({
  warnings,
  what,
  against = "profile",
  className,
}: {
  warnings: string[] | undefined;
  what: string;
  against?: keyof typeof SOURCE;
  className?: string;
}) {
  if (!warnings?.length) return null;
  const source = SOURCE[against];
  return (
    <Alert tone="warning" className={className} title={source.title(what)}>
      <p className="mb-1 text-ink-muted dark:text-ink-dark-muted">{source.hint}</p>
      <ul className="list-disc space-y-0.5 pl-5" aria-label={source.list(what)}>
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </Alert>
  );
}
