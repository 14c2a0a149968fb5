import { LinkButton } from "@/components/ui/button";

// First version (lead): anonymous links only. The accounts work replaces this with the signed-in user's menu.
export async function UserMenu() {
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
