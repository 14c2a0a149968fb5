import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-600 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">We couldn&apos;t find that page</h1>
      <p className="mt-3 text-ink-muted dark:text-ink-dark-muted">
        The link may be old, or the item may have been deleted. Nothing you saved elsewhere is affected.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <LinkButton href="/">Go home</LinkButton>
        <LinkButton href="/dashboard" variant="secondary">
          Open the dashboard
        </LinkButton>
      </div>
    </div>
  );
}
