import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type Tone = "info" | "success" | "warning" | "error";

const TONES: Record<Tone, string> = {
  info: "border-brand-200 bg-brand-50 text-brand-900 dark:border-brand-800 dark:bg-brand-950 dark:text-brand-100",
  success: "border-accent-400/40 bg-accent-400/10 text-ink dark:text-ink-dark",
  warning: "border-warn-400/50 bg-warn-400/10 text-ink dark:text-ink-dark",
  error: "border-danger-400/50 bg-danger-400/10 text-danger-600 dark:text-danger-400",
};

export function Alert({
  tone = "info",
  title,
  children,
  action,
  className,
}: {
  tone?: Tone;
  title?: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("flex flex-wrap items-start justify-between gap-3 rounded-md border px-4 py-3 text-sm", TONES[tone], className)}
    >
      <div className="space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div>{children}</div>}
      </div>
      {action}
    </div>
  );
}
