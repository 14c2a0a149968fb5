import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { CareerWorkspaceLoader } from "@/components/career/career-workspace-loader";
import { requirePageUser } from "@/lib/auth/current-user";
import { getProfileSnapshot } from "@/lib/career/workspace-data";

export const metadata: Metadata = { title: "New application" };

export default async function NewApplicationPage() {
  const user = await requirePageUser("/career/new");
  const profile = await getProfileSnapshot(user.id);
  return (
    <>
      <PageHeader
        title="New application"
        description="Analyse a job, then get a tailored resume, a cover letter and outreach messages written from your profile."
      />
      {profile ? (
        <CareerWorkspaceLoader profile={profile} />
      ) : (
        <EmptyState title="Create your profile first" action={<LinkButton href="/profile">Go to your profile</LinkButton>}>
          The resume, the letter and the messages are written only from what is in your profile. Upload your CV on the Profile page, then
          come back here.
        </EmptyState>
      )}
    </>
  );
}
