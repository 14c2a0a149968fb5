import type { LetterView, ResumeView } from "@/lib/career/resume-view";

// Print layouts of the resume and the cover letter: plain black on white, one column, page-break friendly.

export function PrintResume({ view }: { view: ResumeView }) {
  return (
    <div className="space-y-5 text-sm leading-relaxed">
      <header className="border-b border-black/20 pb-3">
        <h1 className="text-3xl font-bold">{view.name}</h1>
        {view.headline && <p className="mt-1 text-base font-medium">{view.headline}</p>}
        {view.contact.length > 0 && <p className="mt-1 text-xs text-black/70">{view.contact.join(" · ")}</p>}
      </header>
      {view.summary && <Section title="Summary">{view.summary}</Section>}
      {view.skills.length > 0 && <Section title="Skills">{view.skills.join(", ")}</Section>}
      {view.experience.length > 0 && (
        <Section title="Experience">
          <div className="space-y-3">
            {view.experience.map((e, i) => (
              <div key={i} className="print-break">
                <div className="flex flex-wrap justify-between gap-2">
                  <h3 className="font-semibold">{e.heading}</h3>
                  <span className="text-xs text-black/70">{e.dates}</span>
                </div>
                {e.description && <p>{e.description}</p>}
                {e.highlights.length > 0 && (
                  <ul className="ml-5 list-disc">
                    {e.highlights.map((h, j) => (
                      <li key={j}>{h}</li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </div>
        </Section>
      )}
      {view.projects.length > 0 && (
        <Section title="Projects">
          <div className="space-y-2">
            {view.projects.map((p, i) => (
              <div key={i} className="print-break">
                <h3 className="font-semibold">{p.name}</h3>
                {p.description && <p>{p.description}</p>}
                {p.technologies.length > 0 && <p className="text-xs text-black/70">{p.technologies.join(", ")}</p>}
              </div>
            ))}
          </div>
        </Section>
      )}
      {view.education.length > 0 && (
        <Section title="Education">
          <ul className="ml-5 list-disc">
            {view.education.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

export function PrintLetter({ view }: { view: LetterView }) {
  return (
    <div className="space-y-4 font-serif text-[0.95rem] leading-relaxed">
      {view.name && (
        <header className="mb-6">
          <p className="text-xl font-bold">{view.name}</p>
          {view.contact.length > 0 && <p className="text-xs text-black/70">{view.contact.join(" · ")}</p>}
        </header>
      )}
      {view.body
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p.trim()}
          </p>
        ))}
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="print-break">
      <h2 className="mb-1 text-xs font-bold uppercase tracking-wider text-black/70">{title}</h2>
      <div>{children}</div>
    </section>
  );
}
