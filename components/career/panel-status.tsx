import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export type SlotStatus = "idle" | "pending" | "done" | "error";

/** Pending / error-with-retry states shared by the three document panels. */
export function PanelStatus({
  status,
  error,
  pendingLabel,
  onRetry,
  children,
}: {
  status: SlotStatus;
  error: string | null;
  pendingLabel: string;
  onRetry: () => void;
  children?: ReactNode;
}) {
  return (
    <>
      {status === "pending" && (
        <div className="py-2 text-sm text-ink-muted dark:text-ink-dark-muted">
          <Spinner label={pendingLabel} />
        </div>
      )}
      {status === "error" && error && (
        <Alert
          tone="error"
          title="That didn't work"
          action={
            <Button size="sm" variant="secondary" onClick={onRetry}>
              Try again
            </Button>
          }
        >
          {error}
        </Alert>
      )}
      {children}
    </>
  );
}
