import type { JobData } from "@/core/schemas/job";
import { canonicalSkill, findSkills, skillKey } from "./text/skills";

// How much each of a posting's skills counts toward the match score, from where the posting names it. The score is
// the weight of the matched skills out of the weight of all of them, so every point of it can be traced to a
// keyword (issue 13: "the match score is explainable").

export type Importance = "required" | "duty" | "mentioned" | "nice_to_have" | "area";

export const IMPORTANCE_WEIGHT: Record<Importance, number> = {
  required: 3, // in the requirements or qualifications
  duty: 2, // in what the person will do
  mentioned: 2, // named elsewhere in the posting (or the posting has no lists)
  nice_to_have: 1, // only among the bonus points
  area: 1, // a broad area ("Web Development", "Databases") says less than a named technology
};

// Broad areas: real, but a posting inferred them from its wording more than it asked for them. (match.ts also
// lists them last when it names skills to people.)
export const AREAS: ReadonlySet<string> = new Set([
  "Full-stack Development",
  "Front-end Development",
  "Back-end Development",
  "Web Development",
  "Mobile Development",
  "Databases",
  "APIs",
  "Cloud Computing",
  "Software Testing",
  "Debugging",
  "Scalability",
  "Automation",
  "Optimization",
  "Technical Documentation",
  "Version Control",
  "Code Review",
  "Infrastructure",
  "Networking",
  "Cybersecurity",
  "Analytics",
]);

export type WeightSource = Partial<Pick<JobData, "requirements" | "qualifications" | "responsibilities" | "nice_to_have">>;

/** Canonical keys named in each list of the posting (dictionary hits, plus literal names for skills it lacks). */
function keysIn(lines: string[] | undefined): { keys: Set<string>; text: string } {
  const text = (lines ?? []).join("\n");
  return { keys: new Set(findSkills(text).hard.map(skillKey)), text: text.toLowerCase() };
}

/** A function from a canonical skill to its importance in this posting. */
export function importanceIn(job: WeightSource): (skill: string) => Importance {
  const required = keysIn([...(job.requirements ?? []), ...(job.qualifications ?? [])]);
  const duties = keysIn(job.responsibilities);
  const bonus = keysIn(job.nice_to_have);
  const named = (list: { keys: Set<string>; text: string }, skill: string) =>
    list.keys.has(skillKey(skill)) || (!canonicalSkill(skill) && skill.length > 1 && list.text.includes(skill.toLowerCase()));
  return (skill) => {
    if (AREAS.has(skill)) return "area";
    if (named(required, skill)) return "required";
    if (named(duties, skill)) return "duty";
    if (named(bonus, skill)) return "nice_to_have";
    return "mentioned";
  };
}
