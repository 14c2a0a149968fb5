// Grounding: what a model writes (a tailored resume, a letter, messages, a profile read from a CV) may only state
// what its source states. Shared by both engines; see claims.ts for the checks.
export { normalizeOrg, sameOrg, unsupportedClaims, type Claim, type GroundingContext, type Scope } from "./claims";
export { describeClaims, groundProse, groundSentence } from "./prose";
export { cvNamesSkill, groundTailoredResume, type GroundedResume, type ModelExperience, type ModelProject } from "./resume";
