import type { InterviewStatus, InterviewType, Level } from "@/core/schemas/interview";

export const LEVEL_LABELS: Record<Level, string> = { junior: "Junior", mid: "Mid-level", senior: "Senior", lead: "Lead" };
export const TYPE_LABELS: Record<InterviewType, string> = { technical: "Technical", behavioral: "Behavioural", mixed: "Mixed" };
export const STATUS_LABELS: Record<InterviewStatus, string> = {
  in_progress: "In progress",
  completed: "Not evaluated",
  evaluated: "Evaluated",
};

/** A stable date for server and client alike (UTC, English), e.g. "29 Nov 2026". */
export function formatDate(iso: string, withTime = false): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const date = d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  if (!withTime) return date;
  return `${date}, ${d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" })} UTC`;
}

const CATEGORY_LABELS: Record<string, string> = {
  technical: "Technical",
  behavioral: "Behavioural",
  behavioural: "Behavioural",
  "system-design": "System design",
  general: "General",
};

export function categoryLabel(category: string): string {
  const key = category.trim().toLowerCase();
  return CATEGORY_LABELS[key] ?? (key ? key.charAt(0).toUpperCase() + key.slice(1).replace(/[-_]/g, " ") : "");
}
