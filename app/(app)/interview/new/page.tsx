import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { SetupForm } from "@/components/interview/setup-form";
import { requirePageUser } from "@/lib/auth/current-user";
import { getSetupDefaults } from "@/lib/interview/setup";

export const metadata: Metadata = { title: "New interview" };

export default async function NewInterviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const applicationId = typeof query.application_id === "string" ? query.application_id : null;
  const fromInterviewId = typeof query.from === "string" ? query.from : null;
  const user = await requirePageUser(
    applicationId ? `/interview/new?application_id=${encodeURIComponent(applicationId)}` : "/interview/new",
  );
  const setup = await getSetupDefaults({ userId: user.id, applicationId, fromInterviewId });

  return (
    <div className="space-y-4">
      <PageHeader
        title="New interview"
        description="Set up a mock interview. You'll see the questions before you start, and can answer by voice or by typing."
      />
      {setup.applicationMissing && <Alert tone="warning">That application wasn&apos;t found, so the form starts empty.</Alert>}
      <SetupForm defaults={setup.defaults} hasProfile={setup.hasProfile} applicationLabel={setup.applicationLabel} />
    </div>
  );
}
