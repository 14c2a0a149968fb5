import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger";

/** Colours per tone, shared with the tag chips of TagInput. */
export const BADGE_TONES: Record<BadgeTone, string> = {
  neutral: "bg-ink/5 text-ink-muted dark:bg-white/10 dark:text-ink-dark-muted",
  brand: "bg-brand-100 text-brand-800 dark:bg-brand-900 dark:text-brand-100",
  success: "bg-accent-400/15 text-accent-600 dark:text-accent-400",
  warning: "bg-warn-400/20 text-warn-600 dark:text-warn-400",
  danger: "bg-danger-400/15 text-danger-600 dark:text-danger-400",
};

export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span className={cn("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium", BADGE_TONES[tone], className)}>
      {children}
    </span>
  );
}
