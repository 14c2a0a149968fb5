"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A modal built on a native <dialog> opened with showModal(): focus moves into it and is trapped,
 * Escape calls onCancel, the page behind is inert. Labelled by its title (and described by its body).
 */
export function Dialog({
  open,
  title,
  children,
  actions,
  onCancel,
  size = "sm",
  bodyClassName = "mt-2",
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  actions: ReactNode;
  onCancel: () => void;
  /** sm: 28rem wide, md: 32rem. */
  size?: "sm" | "md";
  /** Spacing classes for the body (default "mt-2"). */
  bodyClassName?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const bodyId = `${id}-body`;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className={cn(
        "m-auto rounded-lg border border-ink-faint/20 bg-surface p-6 text-ink shadow-pop backdrop:bg-ink/40 dark:border-white/10 dark:bg-surface-dark-muted dark:text-ink-dark",
        size === "md" ? "w-[min(32rem,calc(100vw-2rem))]" : "w-[min(28rem,calc(100vw-2rem))]",
      )}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      <div id={bodyId} className={cn(bodyClassName, "text-sm text-ink-muted dark:text-ink-dark-muted")}>
        {children}
      </div>
      <div className="mt-6 flex flex-wrap justify-end gap-2">{actions}</div>
    </dialog>
  );
}
