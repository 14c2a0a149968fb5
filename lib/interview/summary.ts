// What lists (history, dashboard) send to the browser: a few plain fields, never the whole document. The store
// derives and keeps them on every write (lib/db/interview-derived.ts), so lists never parse whole documents.
export type { InterviewSummary } from "@/lib/db/interview-derived";
