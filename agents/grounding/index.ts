// Grounding: what a model writes (a tailored resume, a letter, messages, a profile read from a CV) may only state
// what its source states. Shared by both engines; see claims.ts for the checks.
export { unsupportedClaims, type GroundingContext } from "./claims";
export { groundProse, groundSentence } from "./prose";
export { cvNamesSkill, groundTailoredResume } from "./resume";
