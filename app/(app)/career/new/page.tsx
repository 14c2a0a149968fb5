import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { CareerWorkspaceLoader } from "@/components/career/career-workspace-loader";
import { requirePageUser } from "@/lib/auth/current-user";
import { getProfileSnapshot } from "@/lib/career/workspace-data";
import { getProfile } from "@/lib/profile/profile";

export const metadata: Metadata = { title: "New application" };

export default async function NewApplicationPage() {
  const user = await requirePageUser("/career/new");
  const [profile, saved] = await Promise.all([getProfileSnapshot(user.id), getProfile({ userId: user.id })]);
  return (
    <>
      <PageHeader
        title="New application"
        description="Analyse a job, then get a tailored resume, a cover letter and outreach messages written from your profile."
      />
      {profile ? (
        <CareerWorkspaceLoader profile={profile} />
      ) : saved ? (
        // A profile with only a name or contact details has nothing to tailor; say what is missing.
        <EmptyState title="Your profile needs a little more" action={<LinkButton href="/profile">Complete your profile</LinkButton>}>
          The resume, the letter and the messages are written only from what is in your profile. Add a summary, your experience, projects,
          skills or education (or upload your CV), then come back here.
        </EmptyState>
      ) : (
        <EmptyState title="Create your profile first" action={<LinkButton href="/profile">Go to your profile</LinkButton>}>
          The resume, the letter and the messages are written only from what is in your profile. Upload your CV on the Profile page, then
          come back here.
        </EmptyState>
      )}
    </>
  );
}
