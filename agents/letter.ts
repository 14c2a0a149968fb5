import { z } from "zod";
import type { TailoredResume } from "@/core/schemas/career";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import { currentEngine, type Engine } from "./engine";
import { AiError } from "./errors";
import { generateStructured, generateTextStream } from "./gateway";
import { groundProse, type GroundingContext } from "./grounding";
import { buildLetterOffline, type Tone } from "./offline/letter";
import { cleanLetter, LetterCleaner } from "./text/letter-clean";
import { countWords, LETTER_MAX_WORDS, LETTER_MIN_WORDS, trimToWords } from "./text/letter-limits";
import { untrustedBlock } from "./prompt";
import { observeAgent, observeAgentStream } from "./observe";

// letter agent: profile + job (+ tailored resume) + tone → a cover letter of 250–400 words grounded in the profile.
// Gemini: structured reply, then every sentence stating something the profile does not (numbers, skills,
// employers) is dropped, and the length is checked in code. Streaming yields sentence by sentence under the same rules.

export type LetterAgentInput = { profile: ProfileFields; job: JobData; tailored_resume?: TailoredResume | null; tone: Tone };
export type LetterAgentResult = { cover_letter: string; warnings: string[]; engine: Engine; model: string | null };

export const letterModelSchema = z.object({
  cover_letter: z
    .string()
    .describe("The complete cover letter: greeting, 3-4 paragraphs, sign-off with the candidate's name. 280-380 words."),
});

function system(tone: Tone): string {
  return (
    `You write cover letters for job applications in a ${tone === "friendly" ? "warm, friendly but still professional" : "professional, confident"} tone. ` +
    `Write ${LETTER_MIN_WORDS + 30}-${LETTER_MAX_WORDS - 20} words. Use ONLY facts from the candidate profile: never invent employers, titles, ` +
    "dates, numbers, metrics, skills or achievements. Do not claim skills the profile lacks, even if the job asks for them. Plain text, no markdown."
  );
}

function prompt(input: LetterAgentInput): string {
  const profile = JSON.stringify({
    name: input.profile.name,
    headline: input.profile.headline,
    summary: input.profile.summary,
    experience: input.profile.experience.slice(0, 8),
    projects: input.profile.projects.slice(0, 6),
    education: input.profile.education,
    skills: input.profile.skills,
  });
  const job = JSON.stringify({
    job_title: input.job.job_title,
    company: input.job.company,
    summary: input.job.summary,
    responsibilities: input.job.responsibilities.slice(0, 20),
    requirements: input.job.requirements.slice(0, 20),
    hard_skills: input.job.hard_skills.slice(0, 40),
  });
  const tailored = input.tailored_resume
    ? `\n\n${untrustedBlock("TAILORED_RESUME", JSON.stringify({ headline: input.tailored_resume.headline, summary: input.tailored_resume.summary, matched: input.tailored_resume.match.matched }))}`
    : "";
  return `Write the cover letter for this candidate and job.\n\n${untrustedBlock("CANDIDATE_PROFILE", profile.slice(0, 30_000))}\n\n${untrustedBlock("JOB", job.slice(0, 15_000))}${tailored}`;
}

function ctxFor(input: LetterAgentInput): GroundingContext {
  return {
    profile: input.profile,
    allowedNames: [input.job.company, input.job.job_title].filter(Boolean),
    jobText: [input.job.description, ...input.job.requirements, ...input.job.responsibilities].join("\n"),
  };
}

/**
 * Cleans (no letterhead, contact details, placeholders, markdown or over-long sentences: text/letter-clean.ts),
 * grounds and length-checks a model's letter (removals added to `warnings`); null when what is left is too short.
 */
export function finishLetter(text: string, input: LetterAgentInput, warnings: string[] = []): string | null {
  const clean = cleanLetter(text, { company: input.job.company });
  const grounded = groundProse(clean, ctxFor(input), "cover letter", warnings);
  const fitted = trimToWords(grounded, LETTER_MAX_WORDS);
  return countWords(fitted) >= LETTER_MIN_WORDS ? fitted : null;
}

// The second attempt after grounding left too little.
const TOO_SHORT_PROMPT = (input: LetterAgentInput) =>
  `${prompt(input)}\n\nThe previous draft was too short once unsupported claims were removed. Write ${LETTER_MIN_WORDS + 40}-${LETTER_MAX_WORDS - 20} words, using only the profile's facts.`;

const NO_GROUNDED_LETTER =
  "Could not write a grounded cover letter: too little of the AI model's draft was supported by your profile. Please try again.";

export const runLetterAgent = observeAgent("letter", letterAgent);

async function letterAgent(input: LetterAgentInput): Promise<LetterAgentResult> {
  if (currentEngine() === "offline") return { cover_letter: buildLetterOffline(input), warnings: [], engine: "offline", model: null };
  const first = await generateStructured({
    schema: letterModelSchema,
    system: system(input.tone),
    prompt: prompt(input),
    maxOutputTokens: 2048,
  });
  const warnings: string[] = [];
  const letter = finishLetter(first.data.cover_letter, input, warnings);
  if (letter) return { cover_letter: letter, warnings, engine: "gemini", model: first.model };
  // One more attempt with the length stated again; then an error (never padding with made-up text).
  const second = await generateStructured({
    schema: letterModelSchema,
    system: system(input.tone),
    prompt: TOO_SHORT_PROMPT(input),
    maxOutputTokens: 2048,
  });
  const retryWarnings: string[] = [];
  const retry = finishLetter(second.data.cover_letter, input, retryWarnings);
  if (!retry) throw new AiError("invalid_output", NO_GROUNDED_LETTER);
  return { cover_letter: retry, warnings: retryWarnings, engine: "gemini", model: second.model };
}

/**
 * Streams the letter. Offline: the finished letter in paragraph chunks (`writeOffline` writes it: here by default;
 * lib/workers passes one that writes it in a worker thread, as it takes seconds for the largest profile). Gemini:
 * each sentence is grounded before it is passed on (nothing unsupported is shown, even for a moment), stopping at
 * LETTER_MAX_WORDS; what was removed goes to `onWarning`. Under the same minimum as runLetterAgent: nothing is sent
 * (text or warnings) until the grounded text has LETTER_MIN_WORDS words, so a draft that grounding empties never
 * reaches the user as "Dear Hiring Manager, … Kind regards"; a draft that ends shorter is retried once with the
 * length stated again, then the stream fails before its first byte (a JSON 502 from the route) saying no grounded
 * letter could be written.
 */
export const streamLetterAgent = observeAgentStream("letter", streamLetter);

async function* streamLetter(
  input: LetterAgentInput,
  onWarning: (warning: string) => void = () => {},
  writeOffline: (input: LetterAgentInput) => Promise<string> = async (i) => buildLetterOffline(i),
): AsyncGenerator<string, void, undefined> {
  if (currentEngine() === "offline") {
    const letter = await writeOffline(input);
    const parts = letter.split(/(\n\n)/);
    for (let i = 0; i < parts.length; i += 2) yield parts[i] + (parts[i + 1] ?? "");
    return;
  }
  for (const promptText of [prompt(input), TOO_SHORT_PROMPT(input)]) {
    let held = "";
    const heldWarnings: string[] = [];
    let released = false;
    const warn = (w: string) => (released ? onWarning(w) : heldWarnings.push(w));
    for await (const piece of groundedPieces(input, promptText, warn)) {
      if (released) {
        yield piece;
        continue;
      }
      held += piece;
      if (countWords(held) >= LETTER_MIN_WORDS) {
        released = true;
        heldWarnings.forEach(onWarning);
        yield held;
      }
    }
    if (released) return;
  }
  throw new AiError("invalid_output", NO_GROUNDED_LETTER);
}

// The model's text as grounded sentences (and paragraph breaks); stops at the word limit.
async function* groundedPieces(
  input: LetterAgentInput,
  promptText: string,
  onWarning: (warning: string) => void,
): AsyncGenerator<string, void, undefined> {
  const ctx = ctxFor(input);
  const cleaner = new LetterCleaner({ company: input.job.company });
  let buffer = "";
  let words = 0;
  const emit = (received: string): string | null => {
    const raw = cleaner.push(received);
    if (!raw.trim()) return raw;
    const warnings: string[] = [];
    // The cleaner passes a paragraph break on in front of the next line it keeps: it stays, even if the line goes.
    const leading = raw.match(/^\s*/)?.[0] ?? "";
    const trailing = raw.match(/(?<!\s)\s*$/)?.[0] ?? "";
    const grounded = groundProse(raw.trim(), ctx, "cover letter", warnings);
    warnings.forEach(onWarning);
    if (!grounded) return leading;
    const piece = leading + grounded + trailing;
    const w = countWords(piece);
    if (words + w > LETTER_MAX_WORDS) return null;
    words += w;
    return piece;
  };
  for await (const chunk of generateTextStream({ system: system(input.tone), prompt: promptText, maxOutputTokens: 2048 })) {
    buffer += chunk;
    // Complete sentences (and paragraph breaks) are checked and passed on; the tail waits for more text.
    let m: RegExpExecArray | null;
    while ((m = /^[\s\S]*?(?:[.!?]["”’)]?(?=\s)|\n\n)\s*/.exec(buffer)) && m[0].length < buffer.length) {
      const piece = m[0];
      buffer = buffer.slice(piece.length);
      const out = emit(piece);
      if (out === null) return; // word limit reached: stop (the gateway aborts the request)
      if (out) yield out;
    }
  }
  if (buffer) {
    const out = emit(buffer);
    if (out) yield out;
  }
}
