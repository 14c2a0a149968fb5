import type { ReactNode } from "react";

/** A page's title block. `back` is a small link above the title to the page one level up (like "Interviews / Practice"). */
export function PageHeader({
  title,
  description,
  actions,
  back,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  back?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      {/* min-w-0 and overflow-wrap: a long username or job title wraps instead of widening the page on a phone. */}
      <div className="min-w-0 [overflow-wrap:anywhere]">
        {back && <p className="mb-1 text-sm text-ink-muted dark:text-ink-dark-muted">{back}</p>}
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
        {description && <p className="mt-1 max-w-2xl text-ink-muted dark:text-ink-dark-muted">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
