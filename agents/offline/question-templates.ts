import type { Level } from "@/core/schemas/interview";
import type { ProfileFields } from "@/core/schemas/profile";
import { displayTech } from "../text/tech-names";
import { normaliseSpace } from "../text/words";
import type { GeneratedQuestion } from "./question-types";

// Questions the offline engine writes rather than picks: about a technology the bank has no question for, about the
// candidate's own recent work, and general fillers used only when the bank runs dry.

export function skillTemplate(tech: string, level: Level, n: number): GeneratedQuestion | null {
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

export function profileQuestion(profile: ProfileLike, kind: "technical" | "behavioral"): GeneratedQuestion | null {
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

export const BEHAVIORAL_FILLERS: GeneratedQuestion[] = [
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

export const TECHNICAL_FILLERS: GeneratedQuestion[] = [
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
