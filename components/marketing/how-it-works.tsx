import { Card } from "@/components/ui/card";

const STEPS = [
  { n: "1", title: "Upload your CV", body: "InterVu reads it into a profile you can correct." },
  { n: "2", title: "Practise", body: "Answer questions for the role you want, out loud or typed." },
  { n: "3", title: "Review", body: "See what worked, what to fix, and a stronger answer." },
  { n: "4", title: "Apply", body: "Tailor your resume and letter to each job in minutes." },
];

export function HowItWorks() {
  return (
    <Card className="p-6">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-ink-muted dark:text-ink-dark-muted">How it works</h2>
      <ol className="mt-4 space-y-4">
        {STEPS.map((step) => (
          <li key={step.n} className="flex gap-4">
            <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white">
              {step.n}
            </span>
            <div>
              <p className="font-semibold">{step.title}</p>
              <p className="text-sm text-ink-muted dark:text-ink-dark-muted">{step.body}</p>
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}
