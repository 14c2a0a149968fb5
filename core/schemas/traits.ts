import { z } from "zod";

// GET /api/profile/strengths: what the user's evaluated interviews say, as plain strings (the original API's shape)
// with the counts beside them.

export const traitCountSchema = z.object({ text: z.string(), count: z.number().int().min(1) });

export const averageScoresSchema = z
  .object({
    /** Null also when every evaluated answer predates the content criterion. */
    content: z.number().nullable(),
    clarity: z.number().nullable(),
    structure: z.number().nullable(),
    depth: z.number().nullable(),
    examples: z.number().nullable(),
  })
  .meta({ description: "Mean of each criterion over every answer evaluated ok, one decimal; null when there is none." });

export const traitSummarySchema = z.object({
  strengths: z.array(traitCountSchema),
  weaknesses: z.array(traitCountSchema),
  average_scores: averageScoresSchema,
  interviews_evaluated: z.number().int().min(0),
});

export type TraitCount = z.infer<typeof traitCountSchema>;
export type AverageScores = z.infer<typeof averageScoresSchema>;
export type TraitSummary = z.infer<typeof traitSummarySchema>;

export const traitsReplySchema = traitSummarySchema
  .extend({
    strengths: z.array(z.string()).meta({ description: "Most frequent first." }),
    weaknesses: z.array(z.string()).meta({ description: "Most frequent first." }),
    strength_counts: z.array(traitCountSchema).meta({ description: "The strengths with the number of interviews noting each." }),
    weakness_counts: z.array(traitCountSchema).meta({ description: "The weaknesses with the number of interviews noting each." }),
  })
  .meta({ id: "Traits" });

export function toTraitsReply(summary: TraitSummary): z.infer<typeof traitsReplySchema> {
  return {
    ...summary,
    strengths: summary.strengths.map((t) => t.text),
    weaknesses: summary.weaknesses.map((t) => t.text),
    strength_counts: summary.strengths,
    weakness_counts: summary.weaknesses,
  };
}
