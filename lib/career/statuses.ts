import type { ApplicationStatus } from "@/core/schemas/career";

// The application statuses with their labels, for server pages and client components alike.
export const STATUSES: Array<{ value: ApplicationStatus; label: string }> = [
  { value: "draft", label: "Draft" },
  { value: "applied", label: "Applied" },
  { value: "interviewing", label: "Interviewing" },
  { value: "offer", label: "Offer" },
  { value: "rejected", label: "Rejected" },
];
