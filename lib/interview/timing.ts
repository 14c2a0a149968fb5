import type { InterviewType, Level } from "@/core/schemas/interview";

// A suggested time per question. It is a guide shown next to the timer; nothing ever cuts the user off.

const BASE_SECONDS: Record<InterviewType, number> = { technical: 150, behavioral: 180, mixed: 165 };
const LEVEL_EXTRA: Record<Level, number> = { junior: 0, mid: 0, senior: 30, lead: 60 };

export function suggestedSeconds({ type, level, category }: { type: InterviewType; level: Level; category?: string | null }): number {
  const c = (category ?? "").toLowerCase();
  let base = BASE_SECONDS[type];
  if (/design|architecture|system/.test(c)) base = 300;
  else if (/behav|situation|leadership|teamwork|conflict/.test(c)) base = 180;
  else if (/intro|motivation|warm/.test(c)) base = 90;
  return base + LEVEL_EXTRA[level];
}

export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
