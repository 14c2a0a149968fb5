import "server-only";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { LetterView, ResumeView } from "@/lib/career/resume-view";

// Word documents of the tailored resume and the cover letter (the `docx` package; plain, ATS-friendly layout).

export async function resumeDocx(v: ResumeView): Promise<Buffer> {
  const children: Paragraph[] = [new Paragraph({ text: v.name, heading: HeadingLevel.TITLE })];
  if (v.headline) children.push(new Paragraph({ children: [new TextRun({ text: v.headline, bold: true })] }));
  if (v.contact.length) children.push(new Paragraph({ text: v.contact.join(" · ") }));
  if (v.summary) children.push(heading("Summary"), ...paragraphs(v.summary));
  if (v.skills.length) children.push(heading("Skills"), new Paragraph({ text: v.skills.join(", ") }));
  if (v.experience.length) {
    children.push(heading("Experience"));
    for (const e of v.experience) {
      children.push(new Paragraph({ text: e.heading, heading: HeadingLevel.HEADING_3 }));
      if (e.dates) children.push(new Paragraph({ children: [new TextRun({ text: e.dates, italics: true })] }));
      if (e.description) children.push(...paragraphs(e.description));
      for (const h of e.highlights) children.push(new Paragraph({ text: h, bullet: { level: 0 } }));
    }
  }
  if (v.projects.length) {
    children.push(heading("Projects"));
    for (const p of v.projects) {
      children.push(new Paragraph({ text: p.name, heading: HeadingLevel.HEADING_3 }));
      if (p.description) children.push(...paragraphs(p.description));
      if (p.technologies.length) children.push(new Paragraph({ text: `Technologies: ${p.technologies.join(", ")}` }));
    }
  }
  if (v.education.length) {
    children.push(heading("Education"));
    for (const e of v.education) children.push(new Paragraph({ text: e, bullet: { level: 0 } }));
  }
  return pack(children, `${v.name} — resume`);
}

export async function letterDocx(v: LetterView): Promise<Buffer> {
  const children: Paragraph[] = [];
  if (v.name) children.push(new Paragraph({ text: v.name, heading: HeadingLevel.HEADING_1 }));
  if (v.contact.length) children.push(new Paragraph({ text: v.contact.join(" · ") }));
  children.push(new Paragraph({ text: "" }), ...paragraphs(v.body));
  return pack(children, `Cover letter — ${v.job_title}`);
}

function heading(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240 } });
}

function paragraphs(text: string): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map(
      (block) =>
        new Paragraph({
          children: block.split("\n").map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
          spacing: { after: 160 },
        }),
    );
}

async function pack(children: Paragraph[], title: string): Promise<Buffer> {
  const doc = new Document({ title, creator: "InterVu", sections: [{ children }] });
  return Packer.toBuffer(doc);
}
