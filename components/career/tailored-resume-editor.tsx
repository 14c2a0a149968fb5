"use client";

import { useId } from "react";
import { Badge } from "@/components/ui/badge";
import { describedBy, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { TagInput } from "@/components/ui/tag-input";
import { Textarea } from "@/components/ui/textarea";
import { GroundingWarnings } from "@/components/career/grounding-warnings";
import { MatchSummary } from "@/components/career/match-summary";
import { diffResume, type HighlightChange, type ProfileSnapshot } from "@/lib/career/resume-diff";
import type { TailoredResume } from "@/core/schemas/career";

const CHANGE_TONE: Record<HighlightChange, "neutral" | "brand" | "warning"> = {
  kept: "neutral",
  "re-ordered": "brand",
  "re-worded": "warning",
};

/** The tailored resume: match, what changed from the profile, warnings, and every text editable. */
export function TailoredResumeEditor({
  resume,
  profile,
  onChange,
}: {
  resume: TailoredResume;
  profile: ProfileSnapshot | null;
  onChange: (next: TailoredResume) => void;
}) {
  const id = useId();
  const diff = profile ? diffResume(resume, profile) : null;
  const matched = new Set(resume.match.matched.map((m) => m.toLowerCase()));
  const setExperience = (index: number, highlights: string[]) =>
    onChange({ ...resume, experience: resume.experience.map((e, i) => (i === index ? { ...e, highlights } : e)) });
  const setProject = (index: number, description: string) =>
    onChange({ ...resume, projects: resume.projects.map((p, i) => (i === index ? { ...p, description } : p)) });

  return (
    <div className="space-y-6">
      <MatchSummary match={resume.match} />
      <GroundingWarnings warnings={resume.warnings} what="resume" />
      <Field id={`${id}-headline`} label={<ChangedLabel text="Headline" changed={diff?.headlineChanged} />}>
        <Input
          id={`${id}-headline`}
          value={resume.headline}
          onChange={(e) => onChange({ ...resume, headline: e.target.value })}
          maxLength={300}
        />
      </Field>
      <Field id={`${id}-summary`} label={<ChangedLabel text="Summary" changed={diff?.summaryChanged} />}>
        <Textarea
          id={`${id}-summary`}
          rows={4}
          value={resume.summary}
          onChange={(e) => onChange({ ...resume, summary: e.target.value })}
          maxLength={5000}
        />
      </Field>

      <section aria-label="Experience" className="space-y-4">
        <h3 className="text-sm font-semibold">Experience</h3>
        {resume.experience.length === 0 && (
          <p className="text-sm text-ink-muted dark:text-ink-dark-muted">No experience in your profile.</p>
        )}
        {resume.experience.map((e, index) => {
          const d = diff?.experience[index];
          return (
            <div key={`${e.company}-${e.title}-${index}`} className="rounded-md border border-ink-faint/20 p-3 dark:border-white/10">
              <div className="flex flex-wrap items-center gap-2">
                <p className="font-medium">
                  {e.title}
                  {e.company && <span className="text-ink-muted dark:text-ink-dark-muted"> · {e.company}</span>}
                </p>
                <span className="text-xs text-ink-muted dark:text-ink-dark-muted">
                  {[e.start_date, e.end_date].filter(Boolean).join(" – ")}
                </span>
                {d?.moved && <Badge tone="brand">moved up for this job</Badge>}
                {d && d.omitted > 0 && (
                  <Badge>
                    {d.omitted} highlight{d.omitted > 1 ? "s" : ""} left out
                  </Badge>
                )}
              </div>
              <ol className="mt-2 space-y-2">
                {e.highlights.map((h, i) => (
                  <li key={i} className="flex items-start gap-2">
                    {d && (
                      <Badge tone={CHANGE_TONE[d.highlights[i] ?? "kept"]} className="mt-2 w-24 shrink-0 justify-center">
                        {d.highlights[i] ?? "kept"}
                      </Badge>
                    )}
                    <Textarea
                      aria-label={`Highlight ${i + 1} at ${e.company || e.title}`}
                      rows={2}
                      className="!min-h-0"
                      value={h}
                      onChange={(ev) =>
                        setExperience(
                          index,
                          e.highlights.map((x, j) => (j === i ? ev.target.value : x)),
                        )
                      }
                      maxLength={1000}
                    />
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </section>

      {resume.projects.length > 0 && (
        <section aria-label="Projects" className="space-y-3">
          <h3 className="text-sm font-semibold">Projects</h3>
          {resume.projects.map((p, index) => (
            <Field
              key={`${p.name}-${index}`}
              id={`${id}-project-${index}`}
              label={`${p.name}${p.technologies.length ? ` (${p.technologies.join(", ")})` : ""}`}
            >
              <Textarea
                id={`${id}-project-${index}`}
                rows={2}
                value={p.description}
                onChange={(e) => setProject(index, e.target.value)}
                maxLength={5000}
              />
            </Field>
          ))}
        </section>
      )}

      <div className="space-y-2">
        <Field id={`${id}-skills`} label="Skills" hint="Green: asked for by the job.">
          <TagInput
            id={`${id}-skills`}
            value={resume.skills}
            onChange={(skills) => onChange({ ...resume, skills })}
            tone={(s) => (matched.has(s.toLowerCase()) ? "success" : "neutral")}
            placeholder="Add a skill and press Enter"
            maxTags={200}
            maxLength={100}
            describedBy={describedBy(`${id}-skills`, true)}
          />
        </Field>
        {diff && diff.skillsFromElsewhere.length > 0 && (
          <p className="text-xs text-ink-muted dark:text-ink-dark-muted">
            Brought in from your experience and projects: {diff.skillsFromElsewhere.join(", ")}.
          </p>
        )}
        {diff && diff.skillsLeftOut.length > 0 && (
          <p className="text-xs text-ink-muted dark:text-ink-dark-muted">Left out (less relevant here): {diff.skillsLeftOut.join(", ")}.</p>
        )}
      </div>
    </div>
  );
}

function ChangedLabel({ text, changed }: { text: string; changed?: boolean }) {
  return (
    <span className="flex items-center gap-2">
      {text}
      {changed && <Badge tone="warning">re-worded for this job</Badge>}
    </span>
  );
}
