"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { Spinner } from "@/components/ui/spinner";

const ITEM =
  "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-ink hover:bg-ink/5 focus:bg-ink/5 focus:outline-none dark:text-ink-dark dark:hover:bg-white/5 dark:focus:bg-white/5";

export function UserMenuDropdown({ username }: { username: string }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    // min-w-0 + max-w-48: in a flex row (the header) the menu shrinks and the name truncates instead of
    // pushing the row wider than a phone screen.
    <div ref={root} className="relative min-w-0 max-w-48">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="user-menu"
        aria-label={`Account menu for ${username}`}
        onClick={() => setOpen((v) => !v)}
        className="inline-flex h-9 min-w-0 max-w-full items-center gap-2 rounded-md px-2 text-sm font-medium hover:bg-ink/5 dark:hover:bg-white/5"
      >
        <span
          aria-hidden="true"
          className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-bold uppercase text-white"
        >
          {username.slice(0, 1)}
        </span>
        <span className="truncate" data-testid="signed-in-username">
          {username}
        </span>
        <svg viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor" aria-hidden="true">
          <path d="M5.25 7.5 10 12.25 14.75 7.5z" />
        </svg>
      </button>
      {open && (
        <div
          id="user-menu"
          className="absolute right-0 top-11 z-40 w-52 rounded-lg border border-ink-faint/20 bg-surface p-1 shadow-pop dark:border-white/10 dark:bg-surface-dark"
        >
          {/* The full name, wrapped anywhere: the button above may truncate it, this line must not. */}
          <p className="px-3 py-2 text-xs text-ink-muted [overflow-wrap:anywhere] dark:text-ink-dark-muted">
            Signed in as <span className="font-semibold text-ink dark:text-ink-dark">{username}</span>
          </p>
          <Link href="/account" className={ITEM} onClick={() => setOpen(false)}>
            Account
          </Link>
          <button
            type="button"
            className={ITEM}
            disabled={pending}
            onClick={() => startTransition(async () => void (await signOutAction({})))}
          >
            {pending && <Spinner className="size-4" />}
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
