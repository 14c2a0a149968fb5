import type { InterviewType, Level } from "@/core/schemas/interview";
import type { JobData } from "@/core/schemas/job";
import type { ProfileFields } from "@/core/schemas/profile";

// What the questions agent asks for and what both engines hand back, one question at a time.

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

export type GeneratedQuestion = { text: string; category: string; key_points: string[]; reference_answer?: string };
