"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Runs the evaluation (again): a retry for failed answers or coaching. It replaces the earlier evaluation. */
export function EvaluateButton({
  interviewId,
  label = "Evaluate again",
  variant = "secondary",
}: {
  interviewId: string;
  label?: string;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setPending(true);
    setError(null);
    try {
      const res = await fetch(`/api/interview/${interviewId}/evaluate`, { method: "POST" });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { detail?: string } | null;
        throw new Error(body?.detail ?? `The evaluation failed (${res.status}).`);
      }
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : "The evaluation failed.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="no-print space-y-2">
      <Button variant={variant} onClick={run} pending={pending}>
        {pending ? "Evaluating…" : label}
      </Button>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
