import type { Metadata } from "next";
import { ProfileWorkspace } from "@/components/profile/profile-workspace";
import { TraitsPanel } from "@/components/profile/traits-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { getProfile } from "@/lib/profile/profile";
import { getTraitSummary } from "@/lib/profile/traits";
import { toProfileView } from "@/lib/profile/view";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requirePageUser("/profile");
  const [profile, traits] = await Promise.all([getProfile({ userId: user.id }), getTraitSummary({ userId: user.id })]);
  return (
    <div>
      <PageHeader
        title="Your profile"
        description="Your CV as structured data: the base of every tailored resume, cover letter and interview."
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <ProfileWorkspace initial={profile ? toProfileView(profile) : null} />
        <aside aria-label="Interview strengths and weaknesses" className="lg:sticky lg:top-20">
          <TraitsPanel summary={traits} />
        </aside>
      </div>
    </div>
  );
}
