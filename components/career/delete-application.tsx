"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/lib/api-client/errors";
import { apiSend } from "@/lib/api-client/request";

/** Delete with an explicit confirmation step. */
export function DeleteApplication({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });

  async function remove() {
    setState({ pending: true, error: null });
    try {
      await apiSend(`/api/career/applications/${id}`, { method: "DELETE" });
    } catch (error) {
      return setState({ pending: false, error: errorMessage(error) });
    }
    router.push("/career");
    router.refresh();
  }

  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        Delete
      </Button>
    );
  }
  return (
    <Alert
      tone="warning"
      title={`Delete “${title}”?`}
      action={
        <div className="flex gap-2">
          <Button variant="danger" size="sm" onClick={remove} pending={state.pending}>
            Yes, delete
          </Button>
          <Button autoFocus variant="secondary" size="sm" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      }
    >
      The job, the resume, the letter and the messages are removed for good.
      {state.error && <p className="mt-1 text-danger-600">{state.error}</p>}
    </Alert>
  );
}
