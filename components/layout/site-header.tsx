import Link from "next/link";
import { MobileNav } from "@/components/layout/mobile-nav";
import { NavLinks, type NavLink } from "@/components/layout/nav-links";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { UserMenu } from "@/components/layout/user-menu";
import { Logo } from "@/components/layout/logo";

const APP_LINKS: NavLink[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/interview", label: "Interviews" },
  { href: "/career", label: "Applications" },
  { href: "/profile", label: "Profile" },
];

export function SiteHeader({ signedIn }: { signedIn: boolean }) {
  const links = signedIn ? APP_LINKS : [];
  return (
    <header className="no-print sticky top-0 z-30 border-b border-ink-faint/20 bg-surface/90 backdrop-blur dark:border-white/10 dark:bg-surface-dark/90">
      <div className="relative mx-auto flex h-16 max-w-content items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <Link href={signedIn ? "/dashboard" : "/"} className="flex shrink-0 items-center gap-2 font-semibold" aria-label="InterVu home">
          <Logo />
          <span className="text-lg tracking-tight">InterVu</span>
        </Link>
        {links.length > 0 && (
          <nav aria-label="Main" className="hidden items-center gap-1 md:flex">
            <NavLinks links={links} />
          </nav>
        )}
        {/* min-w-0 lets the account menu shrink (it truncates the name itself) so it always fits a phone screen. */}
        <div className="ml-auto flex min-w-0 items-center gap-1 sm:gap-2">
          <ThemeToggle />
          <UserMenu />
          <MobileNav links={links} />
        </div>
      </div>
    </header>
  );
}
