"use client";

import { useEffect, useId, useRef, useState, useTransition, type KeyboardEvent } from "react";
import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { Spinner } from "@/components/ui/spinner";

// The account menu as a WAI-ARIA menu button: Enter, Space or ArrowDown opens it on the first item (ArrowUp on the
// last); arrows, Home and End move between items; Escape closes it and returns focus to the button; Tab or a click
// outside closes it.

const ITEM =
  "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-ink hover:bg-ink/5 focus-visible:bg-brand-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600 dark:text-ink-dark dark:hover:bg-white/5 dark:focus-visible:bg-brand-950 dark:focus-visible:outline-brand-300";

export function UserMenuDropdown({ username }: { username: string }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<"first" | "last" | null>(null);
  const ids = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const list = items();
    if (focusOnOpen.current) (focusOnOpen.current === "last" ? list.at(-1) : list[0])?.focus();
    focusOnOpen.current = null;
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  const openAt = (where: "first" | "last") => {
    focusOnOpen.current = where;
    setOpen(true);
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      openAt(e.key === "ArrowUp" ? "last" : "first");
    } else if (e.key === "Escape" && open) {
      close(true);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === "ArrowDown") move(at + 1);
    else if (e.key === "ArrowUp") move(at - 1);
    else if (e.key === "Home") move(0);
    else if (e.key === "End") move(list.length - 1);
    else if (e.key === "Escape") close(true);
    else if (e.key === "Tab") return close(false);
    else return;
    e.preventDefault();
  };

  return (
    // min-w-0 + max-w-48: in a flex row (the header) the menu shrinks and the name truncates instead of
    // pushing the row wider than a phone screen.
    <div ref={root} className="relative min-w-0 max-w-48">
      <button
        ref={button}
        id={`${ids}-button`}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${ids}-menu` : undefined}
        onClick={() => (open ? close(false) : openAt("first"))}
        onKeyDown={onButtonKey}
        className="inline-flex h-9 min-w-0 max-w-full items-center gap-2 rounded-md px-2 text-sm font-medium hover:bg-ink/5 dark:hover:bg-white/5"
      >
        {/* The initial is drawn by CSS so that the button's name is exactly "Account menu for <name>" and contains
            all of its visible text (WCAG 2.5.3, label in name). */}
        <span
          aria-hidden="true"
          data-initial={username.slice(0, 1)}
          className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-600 text-xs font-bold uppercase text-white before:content-[attr(data-initial)]"
        />
        <span className="sr-only">Account menu for </span>
        <span className="truncate" data-testid="signed-in-username">
          {username}
        </span>
        <svg viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor" aria-hidden="true">
          <path d="M5.25 7.5 10 12.25 14.75 7.5z" />
        </svg>
      </button>
      {open && (
        <div className="absolute right-0 top-11 z-40 w-52 rounded-lg border border-ink-faint/20 bg-surface p-1 shadow-pop dark:border-white/10 dark:bg-surface-dark">
          {/* The full name, wrapped anywhere: the button above may truncate it, this line must not. */}
          <p className="px-3 py-2 text-xs text-ink-muted [overflow-wrap:anywhere] dark:text-ink-dark-muted">
            Signed in as <span className="font-semibold text-ink dark:text-ink-dark">{username}</span>
          </p>
          <div ref={menu} id={`${ids}-menu`} role="menu" aria-labelledby={`${ids}-button`} onKeyDown={onMenuKey}>
            <Link href="/account" role="menuitem" tabIndex={-1} className={ITEM} onClick={() => setOpen(false)}>
              Account
            </Link>
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={ITEM}
              disabled={pending}
              onClick={() => startTransition(async () => void (await signOutAction({})))}
            >
              {pending && <Spinner className="size-4" />}
              Sign out
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
