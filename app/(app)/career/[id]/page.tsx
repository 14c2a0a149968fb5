import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { LinkButton, buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ApplicationEditor } from "@/components/career/application-editor";
import { DeleteApplication } from "@/components/career/delete-application";
import { requirePageUser } from "@/lib/auth/current-user";
import { loadApplicationPage } from "@/lib/career/workspace-data";

export const metadata: Metadata = { title: "Application" };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/career/${id}`);
  const data = await loadApplicationPage(user.id, id);
  if (!data) notFound();
  const { app, profile, interviews } = data;
  const title = app.job_data.job_title || "Untitled job";
  const exportHref = (doc: "resume" | "letter", format: "docx" | "md") =>
    `/api/career/applications/${app.id}/export?doc=${doc}&format=${format}`;

  return (
    <>
      <PageHeader
        back={
          <Link href="/career" className="hover:underline">
            <span aria-hidden="true">←</span> All applications
          </Link>
        }
        title={title}
        description={[app.job_data.company, app.job_data.location].filter(Boolean).join(" · ") || undefined}
        actions={
          <>
            <LinkButton href={`/interview/new?application_id=${app.id}`}>Practise for this application</LinkButton>
            <DeleteApplication id={app.id} title={title} />
          </>
        }
      />

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="order-2 lg:order-1">
          <ApplicationEditor initial={app} profile={profile} />
        </div>
        <aside className="order-1 space-y-6 lg:order-2">
          <Card>
            <CardHeader title="Export" description="Your saved version (save changes first)." />
            <div className="space-y-4 text-sm">
              <ExportGroup
                label="Tailored resume"
                available={!!app.tailored_resume}
                links={[
                  { href: `/career/${app.id}/print?doc=resume`, text: "PDF (print view)", download: false },
                  { href: exportHref("resume", "docx"), text: "DOCX", download: true },
                  { href: exportHref("resume", "md"), text: "Markdown", download: true },
                ]}
              />
              <ExportGroup
                label="Cover letter"
                available={!!app.cover_letter?.trim()}
                links={[
                  { href: `/career/${app.id}/print?doc=letter`, text: "PDF (print view)", download: false },
                  { href: exportHref("letter", "docx"), text: "DOCX", download: true },
                ]}
              />
            </div>
          </Card>
          <Card>
            <CardHeader title="Practice interviews" />
            {interviews.length === 0 ? (
              <p className="text-sm text-ink-muted dark:text-ink-dark-muted">
                None yet. Practise with questions made from this job and your profile.
              </p>
            ) : (
              <ul className="space-y-2 text-sm" aria-label="Practice interviews for this application">
                {interviews.map((i) => (
                  <li key={i.id} className="flex items-center justify-between gap-2">
                    <Link href={`/interview/${i.id}`} className="text-brand-700 underline dark:text-brand-300">
                      {i.role || "Interview"} · {new Date(i.created_at).toLocaleDateString("en-GB", { day: "numeric", month: "short" })}
                    </Link>
                    <Badge tone={i.status === "evaluated" ? "success" : "neutral"} className="shrink-0 whitespace-nowrap">
                      {i.status === "evaluated" && i.overall_score !== null
                        ? `${i.overall_score.toFixed(1)}/10`
                        : i.status.replace("_", " ")}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
            <LinkButton href={`/interview/new?application_id=${app.id}`} variant="secondary" size="sm" className="mt-4">
              Practise for this application
            </LinkButton>
          </Card>
        </aside>
      </div>
    </>
  );
}

function ExportGroup({
  label,
  available,
  links,
}: {
  label: string;
  available: boolean;
  links: Array<{ href: string; text: string; download: boolean }>;
}) {
  return (
    <div>
      <p className="mb-2 font-medium">{label}</p>
      {available ? (
        <div className="flex flex-wrap gap-2">
          {links.map((l) =>
            l.download ? (
              <a key={l.href} href={l.href} download className={buttonClasses("secondary", "sm")} aria-label={`${label} as ${l.text}`}>
                {l.text}
              </a>
            ) : (
              <Link key={l.href} href={l.href} className={buttonClasses("secondary", "sm")} aria-label={`${label} as ${l.text}`}>
                {l.text}
              </Link>
            ),
          )}
        </div>
      ) : (
        <p className="text-ink-muted dark:text-ink-dark-muted">Not saved with this application.</p>
      )}
    </div>
  );
}
