import { LinkButton } from "@/components/ui/button";
import { UserMenuDropdown } from "@/components/auth/user-menu-dropdown";
import { getOptionalUser } from "@/lib/auth/current-user";

// Signed in: the username with a menu (Account, Sign out). Anonymous: Sign in / Get started.
export async function UserMenu() {
  const user = await getOptionalUser();
  if (user) return <UserMenuDropdown username={user.username} />;
  return (
    <div className="flex items-center gap-2">
      <LinkButton href="/login" variant="ghost" size="sm">
        Sign in
      </LinkButton>
      <LinkButton href="/register" size="sm">
        Get started
      </LinkButton>
    </div>
  );
}
