"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/api-client/errors";
import { AI_REPLY_TIMEOUT_MS, apiSend } from "@/lib/api-client/request";

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
      await apiSend(`/api/interview/${interviewId}/evaluate`, { method: "POST", timeoutMs: AI_REPLY_TIMEOUT_MS });
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
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
