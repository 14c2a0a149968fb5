import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button, LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { StatusSelect } from "@/components/career/status-select";
import { STATUSES } from "@/lib/career/statuses";
import { requirePageUser } from "@/lib/auth/current-user";
import { listApplicationOverview } from "@/lib/career/applications";
import { listApplicationsQuerySchema } from "@/lib/career/career.validation";

export const metadata: Metadata = { title: "Applications" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ApplicationsPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePageUser("/career");
  const raw = await searchParams;
  const parsed = listApplicationsQuerySchema.safeParse({
    status: one(raw.status) || undefined,
    company: one(raw.company) || undefined,
    cursor: one(raw.cursor) || undefined,
  });
  const query = parsed.success ? parsed.data : listApplicationsQuerySchema.parse({});
  const page = await listApplicationOverview({ userId: user.id, query });
  const filtered = !!(query.status || query.company);
  // A brand-new user has nothing to filter: the empty state alone says what to do.
  const showFilters = filtered || page.items.length > 0 || !!query.cursor;

  return (
    <>
      <PageHeader
        title="Applications"
        description="Every job you have tailored documents for, newest first."
        actions={<LinkButton href="/career/new">New application</LinkButton>}
      />
      {showFilters && (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label="Filter applications">
          <div className="space-y-1.5">
            <Label htmlFor="filter-company">Company</Label>
            <Input id="filter-company" name="company" defaultValue={query.company ?? ""} placeholder="Any company" className="w-56" />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="filter-status">Status</Label>
            <Select id="filter-status" name="status" defaultValue={query.status ?? ""} className="w-44">
              <option value="">Any status</option>
              {STATUSES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="secondary">
            Filter
          </Button>
          {filtered && (
            <Link href="/career" className="pb-2 text-sm text-brand-700 underline dark:text-brand-300">
              Clear filters
            </Link>
          )}
        </form>
      )}

      {page.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No applications match these filters"
            action={
              <LinkButton href="/career" variant="secondary">
                Show all
              </LinkButton>
            }
          />
        ) : (
          <EmptyState title="No applications yet" action={<LinkButton href="/career/new">Analyse your first job</LinkButton>}>
            Paste a job posting and get a tailored resume, a cover letter and messages in one go.
          </EmptyState>
        )
      ) : (
        <ul className="space-y-3" aria-label="Applications">
          {page.items.map((app) => (
            <li key={app.id}>
              <Card className="flex flex-wrap items-center justify-between gap-4 p-4">
                <div className="min-w-0 [overflow-wrap:anywhere]">
                  <Link href={`/career/${app.id}`} className="font-semibold text-brand-700 hover:underline dark:text-brand-300">
                    {app.job_title || "Untitled job"}
                  </Link>
                  <p className="text-sm text-ink-muted dark:text-ink-dark-muted">
                    {[app.company, app.location].filter(Boolean).join(" · ") || "Company not given"}
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-ink-muted dark:text-ink-dark-muted">
                    <span>Saved {formatDate(app.created_at)}</span>
                    {app.match_score !== null && <Badge tone="brand">match {Math.round(app.match_score)}</Badge>}
                  </p>
                </div>
                <StatusSelect
                  id={app.id}
                  status={app.status}
                  label={`Status of ${app.job_title || "application"}${app.company ? ` at ${app.company}` : ""}`}
                />
              </Card>
            </li>
          ))}
        </ul>
      )}
      {page.next_cursor && (
        <div className="mt-6 flex justify-center">
          <LinkButton
            variant="secondary"
            href={`/career?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), ...(query.company ? { company: query.company } : {}), cursor: page.next_cursor })}`}
          >
            Older applications
          </LinkButton>
        </div>
      )}
    </>
  );
}

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
}
