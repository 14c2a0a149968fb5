import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-ink-faint/20 py-8 text-sm text-ink-muted dark:border-white/10 dark:text-ink-dark-muted">
      <div className="mx-auto flex max-w-content flex-wrap items-center justify-between gap-3 px-4 sm:px-6">
        <p>InterVu — open-source interview and application practice.</p>
        <p>
          Your data stays in your own database. ·{" "}
          <Link href="/docs" className="underline hover:text-ink dark:hover:text-white">
            API documentation
          </Link>
        </p>
      </div>
    </footer>
  );
}
