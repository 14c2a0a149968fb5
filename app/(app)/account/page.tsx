import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAccount } from "@/lib/auth/accounts";
import { requirePageUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  const account = await getAccount({ userId: user.id });
  const since = new Date(account.created_at).toLocaleDateString("en-GB", { year: "numeric", month: "long", day: "numeric" });
  return (
    <div className="space-y-6">
      <PageHeader title="Account" description="Your sign-in details, your sessions and your data." />
      <Card>
        <CardHeader title="Sign-in details" />
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-ink-muted dark:text-ink-dark-muted">Username</dt>
            <dd className="font-medium">{account.username}</dd>
          </div>
          <div>
            <dt className="text-ink-muted dark:text-ink-dark-muted">E-mail</dt>
            <dd className="font-medium break-all">{account.email}</dd>
          </div>
          <div>
            <dt className="text-ink-muted dark:text-ink-dark-muted">Member since</dt>
            <dd className="font-medium">{since}</dd>
          </div>
        </dl>
      </Card>
      <Card>
        <CardHeader
          title="Change password"
          description="Enter your current password, then the new one. Your other devices will be signed out."
        />
        <ChangePasswordForm />
      </Card>
      <Card>
        <CardHeader title="Sessions" description="Lost a device or signed in somewhere public? End every session and API token at once." />
        <SignOutEverywhereButton />
      </Card>
      <Card>
        <CardHeader
          title="Your data"
          description="Everything InterVu stores about you — account, profile, interviews, applications — as one JSON file."
        />
        <a href="/api/account/export" download className={buttonClasses("secondary")}>
          Download my data
        </a>
      </Card>
      <Card className="border-danger-400/40">
        <CardHeader title="Delete account" description="Permanently delete your account and every document you own." />
        <DeleteAccountForm />
      </Card>
    </div>
  );
}
