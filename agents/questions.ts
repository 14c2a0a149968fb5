import { z } from "zod";
import { levelSchema, interviewTypeSchema, type QuestionNote } from "@/core/schemas/interview";
import { currentEngine, type Engine } from "./engine";
import { generateStructured } from "./gateway";
import { untrustedBlock } from "./prompt";
import { offlineQuestions } from "./offline/questions";
import type { GeneratedQuestion, QuestionsInput } from "./offline/question-types";
import { questionKey } from "./text/similarity";
import { QUESTION_BANK } from "./offline/question-bank";
import { FAMILY_LABELS, roleFamilies, type RoleFamily } from "./text/role-family";
import { canonicalTech, displayTech, techsInText } from "./text/tech-names";
import { normaliseSpace } from "./text/words";
import { observeAgent } from "./observe";

// The questions agent: role, level, type, tech stack, amount (1–20), optional profile and job → `amount` distinct
// questions with a category and key points each. Both engines return the same shape; the avoid list (the user's
// recent questions) is honoured in code for both.

export type { QuestionsInput } from "./offline/question-types";

export const questionsInputSchema = z.object({
  role: z.string().max(200),
  level: levelSchema,
  type: interviewTypeSchema,
  techstack: z.array(z.string().max(100)).max(50),
  amount: z.number().int().min(1).max(20),
  profile: z.any().optional(),
  job: z.any().optional(),
  avoid: z.array(z.string()).optional(),
});

export type QuestionsResult = { questions: string[]; question_notes: QuestionNote[]; engine: Engine; model: string | null };

const CATEGORIES = ["technical", "behavioral", "system-design", "general", "role-specific", "situational"] as const;

/** What the model must return (validated by the gateway; trimmed and de-duplicated here). */
export const questionsModelSchema = z.object({
  questions: z
    .array(
      z.object({
        question: z.string().min(8).max(600),
        category: z.enum(CATEGORIES),
        key_points: z.array(z.string().min(2).max(300)).min(1).max(8),
        reference_answer: z.string().max(1500).optional(),
      }),
    )
    .min(1)
    .max(30),
});

export const runQuestionsAgent = observeAgent("questions", questionsAgent);

async function questionsAgent(input: QuestionsInput): Promise<QuestionsResult> {
  const amount = Math.min(20, Math.max(1, Math.floor(Number(input.amount) || 5)));
  const normalized: QuestionsInput = { ...input, amount, techstack: input.techstack ?? [], avoid: input.avoid ?? [] };
  if (currentEngine() === "offline") {
    return { ...toResult(offlineQuestions(normalized)), engine: "offline", model: null };
  }
  return runGemini(normalized);
}

function toResult(list: GeneratedQuestion[]): { questions: string[]; question_notes: QuestionNote[] } {
  return {
    questions: list.map((q) => q.text),
    question_notes: list.map((q) => ({
      category: q.category.slice(0, 100),
      key_points: q.key_points.slice(0, 20).map((k) => k.slice(0, 500)),
      ...(q.reference_answer ? { reference_answer: q.reference_answer.slice(0, 3000) } : {}),
    })),
  };
}

const SYSTEM = [
  "You are an experienced technical interviewer preparing a mock job interview.",
  "Write clear, realistic interview questions, each answerable aloud in two to four minutes, and for each one the key points a strong answer covers.",
  "Questions must be distinct from one another and from the questions listed as already asked.",
  "Match the seniority: junior questions test fundamentals; senior and lead questions test design, trade-offs, leadership and impact.",
  "Technical questions name the technology they are about. Behavioural questions ask for a specific past situation.",
  "Use the candidate profile and the job posting only as context for choosing topics; do not copy personal data into questions beyond a job title, company or project name.",
].join(" ");

async function runGemini(input: QuestionsInput): Promise<QuestionsResult> {
  const amount = input.amount;
  const techs = input.techstack.map((t) => displayTech(t)).filter(Boolean);
  const { families } = roleFamilies(input.role ?? "", isSoftwareTech);
  const family = families[0] && families[0] !== "software" ? families[0] : null;
  const mixed = family !== null && families.includes("software");
  const mix = family
    ? input.type === "technical"
      ? `role-specific questions (what a ${FAMILY_LABELS[family]} professional must know and do) and situational questions ("what would you do if…")`
      : input.type === "behavioral"
        ? "behavioural questions about past situations in this kind of work"
        : "a mix: about half role-specific and situational, half behavioural"
    : input.type === "technical"
      ? "technical questions (a few general engineering or, for senior and lead, system-design questions are fine)"
      : input.type === "behavioral"
        ? "behavioural questions about past situations (teamwork, conflict, ownership, leadership, failure, communication)"
        : "a mix: about half technical (including system design for senior and lead) and half behavioural";
  const parts: string[] = [
    `Write exactly ${amount} interview question${amount === 1 ? "" : "s"} for this interview.`,
    `Interview type: ${input.type} — ${mix}.`,
    ...(family
      ? [
          mixed
            ? `This is a ${FAMILY_LABELS[family]} role with a technical side: about a quarter of the role-specific questions may be technical, the rest are about ${FAMILY_LABELS[family]}.`
            : `This is a ${FAMILY_LABELS[family]} role, not a software role: never ask about programming, code, software tools or engineering practices.`,
          'For a question with one expected answer (a fact, a method), also give "reference_answer": what a good answer says, in two or three sentences.',
        ]
      : []),
    `Seniority level: ${input.level}.`,
    `Role (as typed by the candidate):\n${untrustedBlock("role", input.role ?? "")}`,
    techs.length ? `Tech stack to cover:\n${untrustedBlock("techstack", techs.join(", "))}` : "No specific tech stack was given.",
  ];
  const job = input.job;
  if (job) {
    const jobText = [
      job.job_title && `Title: ${job.job_title}`,
      job.company && `Company: ${job.company}`,
      job.seniority && `Seniority: ${job.seniority}`,
      job.hard_skills?.length && `Hard skills: ${job.hard_skills.slice(0, 30).join(", ")}`,
      job.soft_skills?.length && `Soft skills: ${job.soft_skills.slice(0, 15).join(", ")}`,
      job.responsibilities?.length && `Responsibilities:\n- ${job.responsibilities.slice(0, 12).join("\n- ")}`,
      job.requirements?.length && `Requirements:\n- ${job.requirements.slice(0, 12).join("\n- ")}`,
    ]
      .filter(Boolean)
      .join("\n");
    parts.push(
      `The interview is for this job posting; several questions must name the job's hard skills:\n${untrustedBlock("job", jobText.slice(0, 8000))}`,
    );
  }
  const profile = input.profile;
  if (profile) {
    const recent = (profile.experience ?? []).slice(0, 3).map((e) => `${e.title} at ${e.company} (${e.start_date}–${e.end_date})`);
    const projects = (profile.projects ?? []).slice(0, 3).map((p) => `${p.name}: ${(p.technologies ?? []).join(", ")}`);
    const profileText = [
      profile.headline && `Headline: ${profile.headline}`,
      recent.length && `Recent roles:\n- ${recent.join("\n- ")}`,
      projects.length && `Projects:\n- ${projects.join("\n- ")}`,
      profile.skills?.technical?.length && `Skills: ${profile.skills.technical.slice(0, 30).join(", ")}`,
    ]
      .filter(Boolean)
      .join("\n");
    if (profileText)
      parts.push(
        `Candidate profile (use for one question about their recent work):\n${untrustedBlock("profile", profileText.slice(0, 4000))}`,
      );
  }
  const avoid = (input.avoid ?? []).slice(0, 60);
  if (avoid.length)
    parts.push(
      `Questions already asked in recent sessions (do not repeat or paraphrase them):\n${untrustedBlock("asked", avoid.join("\n"))}`,
    );
  parts.push(
    `Return JSON: {"questions": [{"question": string, "category": one of ${CATEGORIES.join(", ")}, "key_points": [3 to 6 short strings]}]} with exactly ${amount} items.`,
  );

  const { data, model } = await generateStructured({
    schema: questionsModelSchema,
    system: SYSTEM,
    prompt: parts.join("\n\n"),
    maxOutputTokens: Math.min(8192, 600 + amount * 350),
    temperature: 0.7,
  });

  // Dedupe (against each other and the avoid list), trim to `amount`.
  const avoidKeys = new Set(avoid.map(questionKey));
  const seen = new Set<string>();
  const list: GeneratedQuestion[] = [];
  // The interview type is enforced in code: no technical questions in a behavioural interview and vice versa; and for
  // a role outside software (not a mixed one), no question about code or software tools, whatever the model wrote.
  const wrongKind = (category: string, text: string) =>
    (input.type === "behavioral" && (category === "technical" || category === "system-design" || category === "role-specific")) ||
    (input.type === "technical" && category === "behavioral") ||
    (family !== null && !mixed && (category === "technical" || category === "system-design" || isSoftwareQuestion(text, family)));
  for (const q of data.questions) {
    if (wrongKind(q.category, q.question)) continue;
    const text = normaliseSpace(q.question);
    const key = questionKey(text);
    if (!key || seen.has(key) || avoidKeys.has(key)) continue;
    seen.add(key);
    const reference = q.reference_answer ? normaliseSpace(q.reference_answer) : "";
    list.push({
      text,
      category: q.category,
      key_points: q.key_points.map(normaliseSpace).filter(Boolean).slice(0, 8),
      ...(reference ? { reference_answer: reference } : {}),
    });
    if (list.length >= amount) break;
  }
  // The model returned too few distinct questions: top up from the offline bank (real questions, never filler).
  if (list.length < amount) {
    const extra = offlineQuestions({ ...input, avoid: [...avoid, ...list.map((q) => q.text)] });
    for (const q of extra) {
      if (list.length >= amount) break;
      const key = questionKey(q.text);
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(q);
    }
  }
  return { ...toResult(list), engine: "gemini", model };
}

/** The technologies the software questions are about: a role naming one of them is a software role. */
const SOFTWARE_TECHS = new Set(QUESTION_BANK.filter((q) => !q.family).flatMap((q) => q.tech.map(canonicalTech)));

function isSoftwareTech(tech: string): boolean {
  return SOFTWARE_TECHS.has(tech);
}

const CODING =
  /\b(?:code|coding|programming|software|debug(?:ging)?|api|apis|unit tests?|mocking|git|deploy(?:ment)?s?|refactor(?:ing)?|frameworks?|ai coding)\b/i;

/** Tools a family uses as its own trade, not as software engineering: SQL is an analyst's everyday tool. */
const FAMILY_TOOLS: Partial<Record<RoleFamily, string[]>> = { "data-analysis": ["sql", "excel", "tableau", "power bi"] };

/**
 * A question about programming or software tools ("How do you use AI coding assistants…", "…mocking…", "…React…"),
 * apart from the tools of the given family's own trade.
 */
export function isSoftwareQuestion(text: string, family?: RoleFamily): boolean {
  const own = new Set((family && FAMILY_TOOLS[family]) ?? []);
  return CODING.test(text) || techsInText(text).some((t) => isSoftwareTech(t) && !own.has(t));
}
