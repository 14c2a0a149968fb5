"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

export type NavLink = { href: string; label: string };

export function NavLinks({ links, onNavigate }: { links: NavLink[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <>
      {links.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            onClick={onNavigate}
            aria-current={active ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-2 text-sm font-medium transition-colors",
              active
                ? "bg-brand-50 text-brand-700 dark:bg-brand-950 dark:text-brand-200"
                : "text-ink-muted hover:bg-ink/5 hover:text-ink dark:text-ink-dark-muted dark:hover:bg-white/5 dark:hover:text-ink-dark",
            )}
          >
            {link.label}
          </Link>
        );
      })}
    </>
  );
}
