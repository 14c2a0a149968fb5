"use client";

import dynamic from "next/dynamic";

// Scalar's reference mounts a Vue app and touches `window`: render it in the browser only.
const ScalarReference = dynamic(() => import("@/components/docs/scalar-reference").then((m) => m.ScalarReference), {
  ssr: false,
  loading: () => <p className="text-sm text-ink-muted dark:text-ink-dark-muted">Loading the API reference…</p>,
});

export function ApiDocs() {
  return <ScalarReference />;
}
