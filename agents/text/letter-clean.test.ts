import { describe, expect, it } from "vitest";
import { cleanLetter, LetterCleaner, splitLong } from "./letter-clean";
import { countWords } from "./letter-limits";

// What models put around and inside a letter that a recruiter should not get (issue 13): a letterhead with the
// candidate's address and contacts, "[Company Name]" placeholders, markdown, a contact block after the name, links,
// and sentences over 40 words.

const MODEL_LETTER = `Avery Stone
12 Harbour Road, Leeds LS1 4AB
avery.stone@example.com | +44 7700 900123 | linkedin.com/in/averystone
8 December 2026

Hiring Manager
[Company Name]

**Subject: Application for Senior Backend Engineer**

Dear Hiring Manager,

I am writing to apply for the Senior Backend Engineer role at [Company Name]. At Northwind Labs I rebuilt the billing pipeline in Python and cut the nightly run from four hours to forty minutes; the same work also made refunds traceable, which our finance team had asked for over two years and which shortened their monthly close by three days, and I documented every step of it for the on-call rotation.

- I led a team of 4 engineers building the payments API in Python and FastAPI.
- You can see my open-source work at https://github.com/averystone.

I would welcome the chance to talk about the role.

Kind regards,
Avery Stone
avery.stone@example.com
+44 7700 900123`;

describe("cleanLetter", () => {
  const out = cleanLetter(MODEL_LETTER, { company: "Lumen Data" });

  it("starts at the greeting and ends at the name: no letterhead, subject line or contact block", () => {
    expect(out.startsWith("Dear Hiring Manager,")).toBe(true);
    expect(out.endsWith("Kind regards,\nAvery Stone")).toBe(true);
    expect(out).not.toMatch(/Harbour Road|8 December|Subject/);
  });

  it("has no links, e-mail addresses, phone numbers, placeholders or markdown", () => {
    expect(out).not.toMatch(/@|https?:|github\.com|linkedin\.com|7700|\[|\*\*|^- /m);
    expect(out).toContain("the Senior Backend Engineer role at Lumen Data.");
  });

  it("keeps list items as sentences and drops only the sentence with the link", () => {
    expect(out).toContain("I led a team of 4 engineers building the payments API in Python and FastAPI.");
    expect(out).not.toContain("open-source work");
    // The dropped line leaves its paragraph break behind.
    expect(out).toContain("FastAPI.\n\nI would welcome the chance");
  });

  it("splits a sentence over 40 words at a clause break, and every sentence is within 40 words", () => {
    expect(out).toContain("cut the nightly run from four hours to forty minutes.");
    expect(out).toContain("The same work also made refunds traceable");
    for (const s of out.split(/(?<=[.!?])\s+/)) expect(countWords(s)).toBeLessThanOrEqual(40);
  });

  it("drops a long sentence that has no clause break where both halves read alone", () => {
    const long = `I ${"really ".repeat(45)}enjoyed it.`;
    expect(splitLong(long)).toBeNull();
    expect(cleanLetter(`Dear team,\n\nI built things at Northwind Labs for years. ${long}\n\nBest,\nAvery`)).not.toContain("really");
  });

  it("a placeholder greeting becomes a plain one; a bracketed link goes, its sentence stays", () => {
    const t = cleanLetter(
      "Dear [Hiring Manager Name],\n\nI built pgwatch-lite (github.com/avery/pgwatch), a Postgres dashboard.\n\nBest,\nAvery",
    );
    expect(t).toBe("Dear Hiring Manager,\n\nI built pgwatch-lite, a Postgres dashboard.\n\nBest,\nAvery");
  });

  it("a closing sentence of thanks is not the sign-off: the name after the real sign-off stays", () => {
    const t = cleanLetter(
      "Dear team,\n\nI built the billing service at Northwind Labs.\n\nThank you for your consideration.\n\nSincerely,\nAvery Stone\navery@example.com",
    );
    expect(t).toBe(
      "Dear team,\n\nI built the billing service at Northwind Labs.\n\nThank you for your consideration.\n\nSincerely,\nAvery Stone",
    );
    const note = cleanLetter("Thank you for connecting!\nI am applying for the data role at Lumen Data and would value a short chat.", {
      letterhead: false,
    });
    expect(note).toContain("I am applying for the data role");
  });

  it("messages (no letterhead): a short first line is kept", () => {
    expect(cleanLetter("Hi Sam,\n\nQuick note about the role.", { letterhead: false })).toBe("Hi Sam,\n\nQuick note about the role.");
    expect(cleanLetter("Quick note about the role.", { letterhead: false })).toBe("Quick note about the role.");
  });
});

describe("LetterCleaner on a stream", () => {
  it("gives the same text sentence by sentence as cleanLetter gives for the whole", () => {
    const cleaner = new LetterCleaner({ company: "Lumen Data" });
    // Pieces as the letter stream passes them on: up to a sentence end or a paragraph break.
    const pieces = MODEL_LETTER.match(/[\s\S]*?(?:[.!?](?=\s)|\n\n)\s*|[\s\S]+$/g)!;
    expect(pieces.length).toBeGreaterThanOrEqual(10);
    const text = pieces.map((p) => cleaner.push(p)).join("");
    expect(text.replace(/\n{3,}/g, "\n\n").trim()).toBe(cleanLetter(MODEL_LETTER, { company: "Lumen Data" }));
  });
});
