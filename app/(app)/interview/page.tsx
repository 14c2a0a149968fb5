import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryList } from "@/components/interview/history-list";
import { requirePageUser } from "@/lib/auth/current-user";
import { listInterviewHistory } from "@/lib/interview/interviews";

export const metadata: Metadata = { title: "Interviews" };

export default async function InterviewHistoryPage() {
  const user = await requirePageUser("/interview");
  const page = await listInterviewHistory({ userId: user.id, limit: 10 });

  return (
    <div className="space-y-2">
      <PageHeader
        title="Interviews"
        description="Every practice session, newest first. Open a report to see your scores and coaching."
        actions={<LinkButton href="/interview/new">New interview</LinkButton>}
      />
      {page.items.length === 0 ? (
        <EmptyState title="No interviews yet" action={<LinkButton href="/interview/new">Start your first interview</LinkButton>}>
          Pick a role and level, answer a few questions by voice or text, and get feedback on each answer.
        </EmptyState>
      ) : (
        <HistoryList initial={page.items} initialCursor={page.next_cursor} />
      )}
    </div>
  );
}
