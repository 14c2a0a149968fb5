"use client";

import { useState, useTransition } from "react";
import { signOutEverywhereAction } from "@/app/(app)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function SignOutEverywhereButton() {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      setError(null);
      // Redirects to /login on success; returns only on failure.
      const result = await signOutEverywhereAction({});
      if (result?.status === "error") setError(result.message);
    });

  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">Sign out on every device, including this one?</span>
          <Button variant="danger" pending={pending} onClick={run}>
            Yes, sign out everywhere
          </Button>
          <Button variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Sign out everywhere
        </Button>
      )}
    </div>
  );
}
