import { afterAll, describe, expect, it } from "vitest";
import { runEvaluationAgent } from "@/agents/evaluation";
import { runLetterAgent } from "@/agents/letter";
import { runMessagingAgent } from "@/agents/messaging";
import { parseCvOffline } from "@/agents/offline/cv";
import { parseJobOffline } from "@/agents/offline/job";
import { runResumeAgent } from "@/agents/resume";
import { markdownToText, normalizeText } from "@/lib/documents/text";
import { generated, NAMED, type Case } from "@/tests/security/corpus";

// Every offline parser against hostile text, in this thread, timed: none may take 2 s on any input up to the size
// limits. (In the app they run in the worker pool, which also has a hard time limit; this checks the patterns
// themselves. tests/security/pathological-server.test.ts checks the event loop while they run.)

const LIMIT_MS = 2_000;
const CASES: Case[] = [...NAMED, ...generated(48_000)];
const worst = { ms: 0, what: "" };

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
// The hostile text sits inside an ordinary document, so every section's rules get to see it.
const cv = (t: string) =>
  `Jane Roe\n${t.slice(0, 48_000)}\njane@example.com | Berlin, Germany\nSUMMARY\nBuilt things.\nEXPERIENCE\nEngineer, Acme, 2020 - Present\nSKILLS\nPython`;
const posting = (t: string) => `Senior Engineer at Acme\nLocation: Berlin\nAbout the role\n${t}\nRequirements:\n- 5+ years of Python`;

const PARSERS: Record<string, (text: string) => unknown> = {
  "markdown file": (t) => normalizeText(markdownToText(t)),
  "cv parser": (t) => parseCvOffline(cv(t)),
  "job parser (text)": (t) => parseJobOffline({ text: posting(t) }),
  "job parser (html)": (t) =>
    parseJobOffline({ html: `<html><body><main><h1>Engineer</h1><p>${escapeHtml(posting(t))}</p></main></body></html>` }),
  evaluation: (t) =>
    runEvaluationAgent({
      question: "Tell me about a time you led a team through a hard deadline.",
      key_points: ["situation", "actions you took", "result with numbers"],
      answer: t.slice(0, 20_000),
      role: "Backend Engineer",
      level: "senior",
      type: "behavioral",
    }),
  tailoring: async (t) => {
    const profile = parseCvOffline(cv(t));
    const job = parseJobOffline({ text: posting(t) });
    await runResumeAgent({ profile, job });
    await runLetterAgent({ profile, job, tone: "professional" });
    await runMessagingAgent({ profile, job });
  },
};

afterAll(() => console.log(`pathological parsers: worst ${worst.ms.toFixed(0)} ms (${worst.what}) over ${CASES.length} inputs`));

describe.each(Object.entries(PARSERS))("%s on hostile input", (parser, run) => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s answers within 2 s", async (_name, c) => {
    const started = performance.now();
    try {
      await run(c.text);
    } catch (error) {
      // Refusing the input is a fine answer (an AppError with a 4xx status); anything else is a bug.
      expect((error as { status?: number }).status, String(error)).toBeLessThan(500);
    }
    const ms = performance.now() - started;
    if (ms > worst.ms) Object.assign(worst, { ms, what: `${parser}: ${c.name}` });
    expect(ms, `${parser} took ${ms.toFixed(0)} ms on "${c.name}"`).toBeLessThan(LIMIT_MS);
  });
});
