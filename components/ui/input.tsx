import type { InputHTMLAttributes, Ref } from "react";
import { cn } from "@/components/ui/cn";

export const fieldControlClasses =
  "w-full rounded-md border border-ink-faint/40 bg-surface px-3 py-2 text-sm text-ink placeholder:text-ink-faint focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30 aria-[invalid=true]:border-danger-500 disabled:opacity-60 dark:border-ink-dark-muted/30 dark:bg-surface-dark-muted dark:text-ink-dark";

export function Input({ className, ref, ...rest }: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return <input ref={ref} className={cn(fieldControlClasses, "h-10", className)} {...rest} />;
}
