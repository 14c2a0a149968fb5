"use client";

import dynamic from "next/dynamic";
import { Spinner } from "@/components/ui/spinner";
import type { ProfileSnapshot } from "@/lib/career/resume-diff";

// The workspace keeps its draft in sessionStorage, which only exists in the browser: rendering it on the client
// only lets it start from the saved draft without a hydration mismatch.
const CareerWorkspace = dynamic(() => import("@/components/career/career-workspace").then((m) => m.CareerWorkspace), {
  ssr: false,
  loading: () => (
    <div className="py-10 text-center text-ink-muted dark:text-ink-dark-muted">
      <Spinner label="Loading the workspace…" />
    </div>
  ),
});

export function CareerWorkspaceLoader({ profile }: { profile: ProfileSnapshot }) {
  return <CareerWorkspace profile={profile} />;
}
