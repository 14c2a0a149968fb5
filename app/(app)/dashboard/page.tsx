import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardHeader } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { CriteriaBars } from "@/components/charts/criteria-bars";
import { scoredCriteria } from "@/core/rubric";
import { ScoreTrendChart } from "@/components/charts/score-trend-chart";
import { TraitList } from "@/components/interview/trait-list";
import { requirePageUser } from "@/lib/auth/current-user";
import { getDashboardData } from "@/lib/interview/dashboard";
import { STATUS_LABELS, TYPE_LABELS, formatDate } from "@/lib/interview/labels";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requirePageUser("/dashboard");
  const { trend, recent, traits } = await getDashboardData({ userId: user.id });
  const start = <LinkButton href="/interview/new">Start an interview</LinkButton>;

  if (recent.length === 0) return <Welcome name={user.username} />;

  const criteria = scoredCriteria(traits.average_scores);
  const latest = trend.at(-1)?.score ?? null;
  const best = trend.length ? Math.max(...trend.map((p) => p.score)) : null;

  return (
    <div className="space-y-6">
      <PageHeader title={`Welcome back, ${user.username}`} description="Your progress across practice interviews." actions={start} />

      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label="Interviews evaluated" value={String(traits.interviews_evaluated)} />
        <Stat label="Latest score" value={latest === null ? "–" : `${latest.toFixed(1)} / 10`} />
        <Stat label="Best score" value={best === null ? "–" : `${best.toFixed(1)} / 10`} />
      </dl>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Score trend" description="Overall score of each evaluated interview, oldest to newest." />
          {trend.length >= 2 ? (
            <ScoreTrendChart points={trend} />
          ) : (
            <p className="py-8 text-center text-sm text-ink-muted dark:text-ink-dark-muted">
              {trend.length === 1
                ? "One interview scored so far — finish another to see your trend."
                : "Finish an interview to see your scores here."}
            </p>
          )}
        </Card>
        <Card>
          <CardHeader title="By criterion" description="Average over every scored answer." />
          {criteria ? (
            <CriteriaBars values={criteria} />
          ) : (
            <p className="text-sm text-ink-muted dark:text-ink-dark-muted">No scored answers yet.</p>
          )}
        </Card>
      </div>

      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader title="Recurring strengths" description="How many interviews noted each." />
          <TraitList
            items={traits.strengths.slice(0, 5)}
            tone="strength"
            empty={
              traits.interviews_evaluated > 0
                ? "No strengths noted yet: full answers with a concrete example are what earn them."
                : "Your strengths appear once an interview is evaluated."
            }
          />
        </Card>
        <Card>
          <CardHeader title="Recurring weaknesses" description="Your coaching focuses on these." />
          <TraitList items={traits.weaknesses.slice(0, 5)} tone="weakness" empty="Nothing recurring yet." />
        </Card>
      </div>

      <Card>
        <CardHeader
          title="Recent interviews"
          action={
            <Link href="/interview" className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-300">
              See all
            </Link>
          }
        />
        <ul className="divide-y divide-ink-faint/15 dark:divide-white/10">
          {recent.map((item) => (
            <li key={item.id} className="flex items-center justify-between gap-4 py-3">
              <div className="min-w-0 [overflow-wrap:anywhere]">
                <Link
                  href={item.status === "evaluated" ? `/interview/${item.id}/report` : `/interview/${item.id}`}
                  className="font-medium hover:underline"
                >
                  {item.role}
                </Link>
                <p className="text-sm text-ink-muted dark:text-ink-dark-muted">
                  {formatDate(item.created_at)} · {TYPE_LABELS[item.type]} · {STATUS_LABELS[item.status]}
                </p>
              </div>
              <span className="text-lg font-semibold tabular-nums">
                {item.overall_score === null ? "–" : item.overall_score.toFixed(1)}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Card className="py-4">
      <dt className="text-sm text-ink-muted dark:text-ink-dark-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums">{value}</dd>
    </Card>
  );
}

function Welcome({ name }: { name: string }) {
  const steps = [
    { title: "Set up", text: "Pick a role, level and tech stack — or practise for a job you saved." },
    { title: "Answer", text: "One question at a time, spoken or typed. Everything saves as you go." },
    { title: "Improve", text: "Scores on clarity, structure, depth and examples, with quotes from your answers and a plan." },
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={`Welcome, ${name}`} description="Your dashboard fills up as you practise." />
      <Card className="p-8 text-center sm:p-10">
        <h2 className="text-xl font-semibold">Start your first practice interview</h2>
        <p className="mx-auto mt-2 max-w-lg text-ink-muted dark:text-ink-dark-muted">
          It takes about fifteen minutes for five questions. You&apos;ll get feedback on every answer.
        </p>
        <ol className="mx-auto mt-8 grid max-w-3xl gap-4 text-left sm:grid-cols-3">
          {steps.map((s, i) => (
            <li key={s.title} className="rounded-md bg-surface-muted p-4 dark:bg-surface-dark">
              <span className="flex size-7 items-center justify-center rounded-full bg-brand-600 text-sm font-semibold text-white">
                {i + 1}
              </span>
              <p className="mt-3 font-semibold">{s.title}</p>
              <p className="mt-1 text-sm text-ink-muted dark:text-ink-dark-muted">{s.text}</p>
            </li>
          ))}
        </ol>
        <div className="mt-8 flex flex-wrap justify-center gap-3">
          <LinkButton href="/interview/new" size="lg">
            Start an interview
          </LinkButton>
          <LinkButton href="/profile" size="lg" variant="secondary">
            Add your CV first
          </LinkButton>
        </div>
      </Card>
      <Card className="flex flex-wrap items-center justify-between gap-4">
        <div className="min-w-0">
          <h2 className="font-semibold">Applying for a job?</h2>
          <p className="mt-1 text-sm text-ink-muted dark:text-ink-dark-muted">
            Paste the posting and get a resume, a cover letter and messages tailored to it from your profile.
          </p>
        </div>
        <LinkButton href="/career/new" variant="secondary">
          Tailor an application
        </LinkButton>
      </Card>
    </div>
  );
}
