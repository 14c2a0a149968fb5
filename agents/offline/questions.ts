import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";
import type { InterviewType, Level } from "@/core/schemas/interview";
import { QUESTION_BANK, type BankQuestion } from "./question-bank";
import { canonicalSkill, isGenericSkill } from "../text/skills";
import { canonicalTech, displayTech, techsInText } from "../text/tech-names";
import { questionKey } from "../text/similarity";
import { normaliseSpace } from "../text/words";
import { hashString, seededRandom, seededShuffle } from "./random";

// Offline question generation: picks from the project's question bank by type, level and technologies (the tech stack,
// the job's hard skills and skills named in the role), adds questions built from the profile and the job, avoids the
// user's recent questions, and returns exactly `amount` distinct questions. Deterministic: the same input gives the
// same questions (seeded shuffle).

export type QuestionsInput = {
  role: string;
  level: Level;
  type: InterviewType;
  techstack: string[];
  amount: number;
  profile?: Partial<ProfileFields> | null;
  job?: Partial<JobData> | null;
  avoid?: string[];
};

export type GeneratedQuestion = { text: string; category: string; key_points: string[] };

const LEVELS: Level[] = ["junior", "mid", "senior", "lead"];

export function offlineQuestions(input: QuestionsInput, bank: readonly BankQuestion[] = QUESTION_BANK): GeneratedQuestion[] {
  const amount = clampAmount(input.amount);
  const level: Level = LEVELS.includes(input.level) ? input.level : "mid";
  const type: InterviewType = input.type === "technical" || input.type === "behavioral" ? input.type : "mixed";
  const stack = uniq((input.techstack ?? []).map(canonicalTech).filter(Boolean));
  const jobTechs = uniq(
    (input.job?.hard_skills ?? [])
      .filter((s) => !isGenericSkill(canonicalSkill(s) ?? s))
      .map(canonicalTech)
      .filter(Boolean),
  ).slice(0, 12);
  // Technologies named in the role count only when the bank has questions for them ("Data Engineer" is not a tool).
  const bankTags = new Set(bank.flatMap((q) => q.tech.map(canonicalTech)));
  const roleTechs = techsInText(input.role ?? "").filter((t) => bankTags.has(t));
  const avoidKeys = new Set((input.avoid ?? []).map(questionKey).filter(Boolean));

  const seed = hashString(
    JSON.stringify([
      normaliseSpace(input.role ?? "").toLowerCase(),
      level,
      type,
      [...stack].sort(),
      amount,
      input.job?.job_title ?? "",
      input.job?.company ?? "",
      jobTechs,
      input.profile?.experience?.[0]?.title ?? "",
      [...avoidKeys].sort(),
    ]),
  );
  const rand = seededRandom(seed);

  const picked: GeneratedQuestion[] = [];
  const usedKeys = new Set<string>();
  const usedIds = new Set<string>();
  const take = (q: GeneratedQuestion, id?: string): boolean => {
    const key = questionKey(q.text);
    if (!key || usedKeys.has(key) || avoidKeys.has(key) || picked.length >= amount) return false;
    usedKeys.add(key);
    if (id) usedIds.add(id);
    picked.push(q);
    return true;
  };
  const fresh = (q: BankQuestion) => !usedIds.has(q.id) && !avoidKeys.has(questionKey(q.text)) && !usedKeys.has(questionKey(q.text));
  const fromBank = (q: BankQuestion, text = q.text): GeneratedQuestion => ({ text, category: q.category, key_points: [...q.key_points] });

  // Slots.
  let nTech = type === "technical" ? amount : type === "behavioral" ? 0 : Math.ceil(amount / 2);
  let nBeh = amount - nTech;

  // 1. A warm-up question from the profile (most recent role or project).
  const profileQ = amount >= 2 ? profileQuestion(input.profile, type === "behavioral" ? "behavioral" : "technical") : null;
  const opening: GeneratedQuestion[] = [];
  if (profileQ && !avoidKeys.has(questionKey(profileQ.text))) {
    opening.push(profileQ);
    if (profileQ.category === "behavioral" && nBeh > 0) nBeh--;
    else nTech--;
  }
  for (const q of opening) take(q);

  // 2. Technical part.
  if (nTech > 0) {
    const techs = orderTechs(stack, jobTechs, roleTechs);
    const jobSet = new Set(jobTechs);
    let nDesign = 0;
    if (level === "senior" || level === "lead") nDesign = nTech >= 4 ? Math.max(1, Math.round(nTech * 0.2)) : nTech >= 3 ? 1 : 0;
    else if (level === "mid") nDesign = nTech >= 6 ? 1 : 0;
    let nGeneral = techs.length === 0 ? Math.ceil((nTech - nDesign) / 2) : nTech >= 5 ? Math.max(1, Math.round(nTech * 0.15)) : 0;
    if (techs.length === 0 && nDesign === 0 && level !== "junior") nDesign = Math.min(nTech - nGeneral, Math.floor(nTech / 3));
    let nSkill = nTech - nDesign - nGeneral;

    // Per-technology pools. A question's topic is the technology it is about; its other tags are parents it builds on
    // (an Angular question is tagged "typescript" too, a Next.js one "react"). For technology t, in order:
    //   1. questions whose topic IS t;  2. questions whose topic is another requested technology;
    //   3. questions that only share t as a parent tag (Next.js for a React stack);
    // each at the level first, then the nearest levels. Questions about a RIVAL of a requested technology (Angular or
    // Vue for a React stack, MySQL for PostgreSQL, Flask for Django) are left out here and used only when everything
    // else, templates included, has run out (step 4).
    const techSet = new Set(techs);
    const poolFor = new Map<string, BankQuestion[]>();
    for (const t of techs) {
      const tagged = bank.filter(
        (q) => q.category !== "behavioral" && q.tech.some((tag) => canonicalTech(tag) === t || tag.toLowerCase() === t),
      );
      // For a job's skills, questions that name the skill come first.
      const named = (q: BankQuestion) => (jobSet.has(t) && mentions(q.text, t) ? 0 : 1);
      const tiers: BankQuestion[][] = [[], [], []];
      for (const q of tagged) {
        const topic = topicTech(q);
        if (topic === t) tiers[0].push(q);
        else if (techSet.has(topic)) tiers[1].push(q);
        else if (!isRival(topic, techSet)) tiers[2].push(q);
      }
      const ranked = tiers.flatMap((tier) => {
        const atLevel = seededShuffle(
          tier.filter((q) => q.levels.includes(level)),
          rand,
        ).sort((a, b) => named(a) - named(b));
        const other = seededShuffle(
          tier.filter((q) => !q.levels.includes(level)),
          rand,
        ).sort((a, b) => levelDistance(a, level) - levelDistance(b, level));
        return [...atLevel, ...other];
      });
      poolFor.set(t, ranked);
    }
    const templateCount = new Map<string, number>();
    let guard = 0;
    while (nSkill > 0 && techs.length > 0 && guard++ < 200) {
      let progressed = false;
      for (const t of techs) {
        if (nSkill <= 0) break;
        const pool = poolFor.get(t) ?? [];
        let added = false;
        while (pool.length && !added) {
          const q = pool.shift()!;
          if (!fresh(q)) continue;
          const text = jobSet.has(t) && !mentions(q.text, t) ? `${displayTech(t)}: ${q.text}` : q.text;
          added = take({ ...fromBank(q, text), category: "technical" }, q.id);
        }
        if (!added) {
          // No (more) bank questions for this technology: template questions that name it.
          const n = templateCount.get(t) ?? 0;
          const tpl = skillTemplate(t, level, n);
          templateCount.set(t, n + 1);
          if (tpl) added = take(tpl);
        }
        if (added) {
          nSkill--;
          progressed = true;
        }
      }
      if (!progressed) break;
    }
    nGeneral += Math.max(0, nSkill);
    let gotGeneral = 0;
    for (const q of pickFrom(bank, (q) => q.category === "general", level, nGeneral, rand, fresh))
      if (take(fromBank(q), q.id)) gotGeneral++;
    nDesign += nGeneral - gotGeneral;
    const designTaken = pickFrom(bank, (q) => q.category === "system-design", level, nDesign, rand, fresh);
    for (const q of designTaken) take(fromBank(q), q.id);
  }

  // 3. Behavioural part: spread across topics, topics matching the job's soft skills first, plus "why this role".
  if (nBeh > 0) {
    const job = input.job;
    if (job && (job.job_title || job.company) && nBeh >= 2) {
      const title = normaliseSpace(job.job_title || input.role || "this");
      const company = normaliseSpace(job.company || "");
      if (
        take({
          text: `Why are you interested in the ${title} role${company ? ` at ${company}` : ""}, and which parts of your experience prepare you for it?`,
          category: "behavioral",
          key_points: [
            `Shows they know what ${company || "the company"} does and what this role involves`,
            "Links two or three concrete parts of their experience to the role's main requirements",
            "Gives a genuine motivation beyond salary or title",
            "Mentions what they want to learn or contribute in the first months",
          ],
        })
      )
        nBeh--;
    }
    const softWanted = (job?.soft_skills ?? []).map((s) => s.toLowerCase());
    const behavioural = bank.filter((q) => q.category === "behavioral");
    const byTopic = new Map<string, BankQuestion[]>();
    for (const q of seededShuffle(
      behavioural.filter((q) => q.levels.includes(level)),
      rand,
    )) {
      const list = byTopic.get(q.topic) ?? [];
      list.push(q);
      byTopic.set(q.topic, list);
    }
    const topics = seededShuffle([...byTopic.keys()], rand).sort(
      (a, b) => Number(!softWanted.some((s) => topicMatches(a, s))) - Number(!softWanted.some((s) => topicMatches(b, s))),
    );
    let guard = 0;
    while (nBeh > 0 && topics.length && guard++ < 100) {
      let progressed = false;
      for (const topic of topics) {
        if (nBeh <= 0) break;
        const list = byTopic.get(topic)!;
        while (list.length) {
          const q = list.shift()!;
          if (fresh(q) && take(fromBank(q), q.id)) {
            nBeh--;
            progressed = true;
            break;
          }
        }
      }
      if (!progressed) break;
    }
    // Other levels, then templates.
    for (const q of pickFrom(bank, (q) => q.category === "behavioral", null, nBeh, rand, fresh)) if (take(fromBank(q), q.id)) nBeh--;
  }

  // 4. Still short (tiny bank slice or a long avoid list): generic templates, then anything from the bank,
  //    and as a last resort questions from the avoid list (better a repeat than fewer questions than asked).
  if (picked.length < amount) {
    const fillers =
      type === "behavioral" ? BEHAVIORAL_FILLERS : type === "technical" ? TECHNICAL_FILLERS : [...TECHNICAL_FILLERS, ...BEHAVIORAL_FILLERS];
    for (const q of seededShuffle(fillers, rand)) take(q);
  }
  if (picked.length < amount) {
    const cats = type === "behavioral" ? ["behavioral"] : type === "technical" ? ["technical", "general", "system-design"] : null;
    // Questions about a rival of a requested technology go last (only when nothing else is left).
    const requested = new Set([...stack, ...jobTechs, ...roleTechs]);
    const rival = (q: BankQuestion) => Number(q.category === "technical" && isRival(topicTech(q), requested));
    for (const q of seededShuffle(bank, rand).sort((a, b) => rival(a) - rival(b))) {
      if (picked.length >= amount) break;
      if (cats && !cats.includes(q.category)) continue;
      if (fresh(q)) take(fromBank(q), q.id);
    }
  }
  if (picked.length < amount) {
    avoidKeys.clear();
    for (const q of seededShuffle([...bank], rand)) {
      if (picked.length >= amount) break;
      if (!usedIds.has(q.id)) take(fromBank(q), q.id);
    }
  }

  return order(picked, opening.length, type, rand);
}

// ---------------------------------------------------------------------------------------------------------------

function clampAmount(n: number): number {
  const v = Math.floor(Number(n));
  return Number.isFinite(v) ? Math.min(20, Math.max(1, v)) : 5;
}

function uniq<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function orderTechs(stack: string[], job: string[], role: string[]): string[] {
  const both = stack.filter((t) => job.includes(t));
  const jobOnly = job.filter((t) => !both.includes(t));
  const stackOnly = stack.filter((t) => !both.includes(t));
  const mixed: string[] = [];
  for (let i = 0; i < Math.max(jobOnly.length, stackOnly.length); i++) {
    if (i < jobOnly.length) mixed.push(jobOnly[i]);
    if (i < stackOnly.length) mixed.push(stackOnly[i]);
  }
  return uniq([...both, ...mixed, ...role]).slice(0, 12);
}

/** The technology a bank question is about: its topic, through the skills dictionary ("vue" → "vue.js"). */
function topicTech(q: BankQuestion): string {
  return canonicalTech(q.topic);
}

/**
 * Rival technologies, as groups of families: a question about a member of one family is off-topic for a stack that
 * names a member of another family of the same group and nothing of its own family. A family holds a technology and
 * what is built on it (Next.js is React: fine for a React stack, rival for an Angular one). Names are canonicalised
 * through the skills dictionary when the module loads.
 */
const RIVAL_GROUPS: string[][][] = [
  [["react", "next.js", "react native", "gatsby", "remix"], ["angular", "angularjs"], ["vue.js", "nuxt.js"], ["svelte"], ["ember.js"]],
  [["django"], ["flask"], ["fastapi"]],
  [["spring"], ["quarkus"], ["micronaut"]],
  [["express.js", "nestjs"], ["koa"], ["fastify"]],
  [["ruby on rails"], ["sinatra"]],
  [["laravel"], ["symfony"]],
  [["postgresql"], ["mysql", "mariadb"], ["microsoft sql server"], ["oracle database"], ["sqlite"]],
  [["mongodb"], ["apache cassandra"], ["dynamodb"], ["couchbase"]],
  [["flutter", "dart"], ["react native"], ["xamarin"]],
  [["aws"], ["microsoft azure"], ["google cloud platform"]],
  [["apache kafka"], ["rabbitmq"]],
].map((group) => group.map((family) => family.map((name) => canonicalTech(name))));

/** True when `topic` is a rival of the requested technologies (see RIVAL_GROUPS); never for a requested one. */
export function isRival(topic: string, requested: ReadonlySet<string>): boolean {
  if (!topic || requested.has(topic)) return false;
  for (const group of RIVAL_GROUPS) {
    const own = group.find((family) => family.includes(topic));
    if (!own || own.some((t) => requested.has(t))) continue;
    if (group.some((family) => family !== own && family.some((t) => requested.has(t)))) return true;
  }
  return false;
}

function levelDistance(q: BankQuestion, level: Level): number {
  const i = LEVELS.indexOf(level);
  return Math.min(...q.levels.map((l) => Math.abs(LEVELS.indexOf(l) - i)));
}

function mentions(text: string, tech: string): boolean {
  const lower = text.toLowerCase();
  if (lower.includes(tech)) return true;
  return techsInText(text).includes(tech);
}

function topicMatches(topic: string, soft: string): boolean {
  const a = topic.toLowerCase();
  const b = soft.toLowerCase();
  return a.includes(b) || b.includes(a) || (a.slice(0, 5) === b.slice(0, 5) && a.length >= 5);
}

function pickFrom(
  bank: readonly BankQuestion[],
  filter: (q: BankQuestion) => boolean,
  level: Level | null,
  n: number,
  rand: () => number,
  fresh: (q: BankQuestion) => boolean,
): BankQuestion[] {
  if (n <= 0) return [];
  const all = bank.filter(filter);
  const atLevel = level
    ? seededShuffle(
        all.filter((q) => q.levels.includes(level)),
        rand,
      )
    : [];
  const rest = seededShuffle(
    all.filter((q) => !atLevel.includes(q)),
    rand,
  ).sort((a, b) => (level ? levelDistance(a, level) - levelDistance(b, level) : 0));
  const seenTopics = new Set<string>();
  const out: BankQuestion[] = [];
  // Prefer distinct topics first.
  for (const q of [...atLevel, ...rest]) {
    if (out.length >= n) break;
    if (!fresh(q) || seenTopics.has(q.topic)) continue;
    seenTopics.add(q.topic);
    out.push(q);
  }
  for (const q of [...atLevel, ...rest]) {
    if (out.length >= n) break;
    if (!fresh(q) || out.includes(q)) continue;
    out.push(q);
  }
  return out;
}

function skillTemplate(tech: string, level: Level, n: number): GeneratedQuestion | null {
  const name = displayTech(tech);
  const senior = level === "senior" || level === "lead";
  const templates: GeneratedQuestion[] = [
    {
      text: `Tell me about a project where you worked with ${name}: what problem were you solving, what did you do yourself, and what would you do differently now?`,
      category: "technical",
      key_points: [
        `Names a specific project and the role ${name} played in it`,
        `Explains why ${name} was the right choice there, or what the alternatives were`,
        "Describes their own contribution and a concrete technical decision",
        "Mentions a problem or limitation they hit and how they handled it",
        "Gives an outcome (performance, reliability, delivery) and a lesson learned",
      ],
    },
    {
      text: senior
        ? `What are the main trade-offs and pitfalls of ${name} that you have run into, and how did you deal with them?`
        : `What are the core concepts of ${name} that someone new to it should understand first?`,
      category: "technical",
      key_points: senior
        ? [
            `Identifies where ${name} fits well and where it does not`,
            "Describes concrete pitfalls, failure modes or scaling limits",
            "Explains the monitoring, testing or design choices that mitigate them",
            "Compares with at least one alternative",
          ]
        : [
            `Explains the main building blocks of ${name} accurately`,
            "Uses a small concrete example",
            "Mentions a common mistake beginners make",
            "Knows where to look in the documentation or tooling",
          ],
    },
    {
      text: `Describe a difficult problem you ran into with ${name}. How did you find the cause and fix it?`,
      category: "technical",
      key_points: [
        "Describes the symptom and its impact",
        "Shows a systematic investigation (reproduce, measure, narrow down)",
        `Uses ${name}-specific tools, logs or knowledge`,
        "Explains the fix and how they verified it",
        "Mentions what was done to prevent it happening again",
      ],
    },
    {
      text: `How do you keep work built on ${name} reliable and maintainable over time: testing, reviews and upgrades?`,
      category: "technical",
      key_points: [
        "Chooses appropriate test levels (unit, integration, end-to-end)",
        `Handles ${name}-specific concerns such as configuration, versions or external state`,
        "Keeps the code readable and upgrades manageable",
        "Uses CI and code review to keep quality up",
      ],
    },
    {
      text: `If you joined a team whose ${name} practices had become messy, how would you improve them without stopping feature work?`,
      category: "technical",
      key_points: [
        "Starts by measuring or listing the concrete problems",
        "Prioritises changes by impact and risk",
        "Improves incrementally with tests as a safety net",
        "Communicates the plan and agrees standards with the team",
      ],
    },
  ];
  return templates[n] ?? null;
}

type ProfileLike = Partial<ProfileFields> | null | undefined;

function profileQuestion(profile: ProfileLike, kind: "technical" | "behavioral"): GeneratedQuestion | null {
  if (!profile) return null;
  const experiences = (profile.experience ?? []).filter((e) => e && (e.title || e.company));
  const current = experiences.find((e) => /present|current|now|today/i.test(e.end_date ?? "")) ?? experiences[0];
  if (current) {
    const title = normaliseSpace(current.title || "your role");
    const company = normaliseSpace(current.company || "");
    const where = company ? `${title} at ${company}` : title;
    if (kind === "behavioral") {
      return {
        text: `Tell me about an achievement from your time as ${where} that you are proud of. What was your part in it?`,
        category: "behavioral",
        key_points: [
          `Sets the scene: the team, goal and constraints${company ? ` at ${company}` : ""}`,
          "Separates their own actions from the team's",
          "Quantifies the result (time, money, users, quality)",
          "Explains why it mattered and what they learned",
        ],
      };
    }
    return {
      text: `In your role as ${where}, what was the most technically challenging problem you worked on, and how did you solve it?`,
      category: "technical",
      key_points: [
        "Context: the system, team and constraints",
        "The specific technical problem and why it was hard",
        "Their own decisions and the alternatives they considered",
        "A measurable result (performance, reliability, delivery time)",
        "What they would do differently now",
      ],
    };
  }
  const project = (profile.projects ?? []).find((p) => p && p.name);
  if (project) {
    const tech = (project.technologies ?? []).slice(0, 3).join(", ");
    return {
      text: `Walk me through your project "${normaliseSpace(project.name)}": what did you build${tech ? ` with ${tech}` : ""}, what was hardest, and what would you change?`,
      category: kind,
      key_points: [
        "Explains the goal and who it was for",
        "Describes the architecture and why those technologies were chosen",
        "Names the hardest problem and how it was solved",
        "Reflects honestly on what they would change",
      ],
    };
  }
  return null;
}

const BEHAVIORAL_FILLERS: GeneratedQuestion[] = [
  ["Tell me about a time you had to learn something new quickly to deliver a piece of work.", "learning"],
  ["Describe a situation where you disagreed with a decision. What did you do?", "conflict"],
  ["Tell me about a mistake you made at work and how you handled it.", "ownership"],
  ["Describe a time you had to balance several urgent priorities at once.", "prioritisation"],
  ["Tell me about feedback you received that changed how you work.", "growth"],
  ["Describe a time you went beyond what was asked of you.", "initiative"],
  ["Tell me about a project that did not go as planned. What did you learn?", "resilience"],
  ["Describe how you explained a complex idea to someone without your background.", "communication"],
].map(([text]) => ({
  text,
  category: "behavioral",
  key_points: [
    "Situation: a specific, real example with enough context",
    "Task: what they personally were responsible for",
    "Action: concrete steps they took, in the first person",
    "Result: a measurable or observable outcome and what they learned",
  ],
}));

const TECHNICAL_FILLERS: GeneratedQuestion[] = [
  "How do you decide when a piece of code needs refactoring, and how do you do it safely?",
  "Describe how you approach debugging a problem you cannot reproduce locally.",
  "How do you review someone else's code, and what do you look for first?",
  "What does a good automated test suite look like for a project you have worked on?",
  "How do you make a system observable enough to diagnose production issues?",
  "Explain a technical decision you made where you had to trade off speed of delivery against quality.",
  "How do you keep dependencies and libraries up to date without breaking things?",
  "How would you design an API that other teams will depend on?",
].map((text) => ({
  text,
  category: "general",
  key_points: [
    "Gives a clear principle or method rather than a vague answer",
    "Supports it with a concrete example from their work",
    "Discusses trade-offs and when the approach does not apply",
    "Mentions how the outcome was verified",
  ],
}));

/** Opening questions first; then technical and behavioural interleaved (mixed), system design towards the end. */
function order(picked: GeneratedQuestion[], openingCount: number, type: InterviewType, rand: () => number): GeneratedQuestion[] {
  const opening = picked.slice(0, openingCount);
  const rest = picked.slice(openingCount);
  const design = rest.filter((q) => q.category === "system-design");
  const beh = rest.filter((q) => q.category === "behavioral");
  const tech = rest.filter((q) => q.category !== "system-design" && q.category !== "behavioral");
  void rand;
  const out = [...opening];
  if (type === "mixed") {
    for (let i = 0; i < Math.max(tech.length, beh.length); i++) {
      if (i < tech.length) out.push(tech[i]);
      if (i < beh.length) out.push(beh[i]);
    }
  } else {
    out.push(...tech, ...beh);
  }
  out.push(...design);
  return out;
}
