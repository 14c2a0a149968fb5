import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";

/** The coaching written from this interview and the user's recurring weaknesses. */
export function CoachingSection({
  feedback,
  tips,
  focusAreas,
  practicePlan,
  coachingError,
}: {
  feedback: string;
  tips: string[];
  focusAreas: string[];
  practicePlan: string[];
  coachingError: string | null;
}) {
  if (coachingError) {
    return (
      <Alert tone="warning" title="Coaching could not be written this time">
        {coachingError} Your answers were evaluated; use “Evaluate again” for the coaching.
      </Alert>
    );
  }
  if (!feedback && !tips.length && !focusAreas.length && !practicePlan.length) return null;
  return (
    <Card className="print-break space-y-5">
      <CardHeader title="Your coaching" description="Built from this interview and the weaknesses that keep coming up in your history." />
      {feedback && <p className="whitespace-pre-line leading-relaxed">{feedback}</p>}
      <div className="grid gap-6 md:grid-cols-3">
        <List title="Tips" items={tips} ordered />
        <List title="Focus areas" items={focusAreas} />
        <List title="Practice plan" items={practicePlan} ordered />
      </div>
    </Card>
  );
}

function List({ title, items, ordered = false }: { title: string; items: string[]; ordered?: boolean }) {
  if (!items.length) return null;
  const Tag = ordered ? "ol" : "ul";
  return (
    <div>
      <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">{title}</h3>
      <Tag className={`${ordered ? "list-decimal" : "list-disc"} space-y-1.5 pl-5 text-sm leading-relaxed`}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </Tag>
    </div>
  );
}
