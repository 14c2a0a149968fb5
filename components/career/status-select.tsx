"use client";

import { useState } from "react";
import { Select } from "@/components/ui/select";
import { errorMessage } from "@/lib/api-client/errors";
import { apiSend } from "@/lib/api-client/request";
import { STATUSES } from "@/lib/career/statuses";
import type { ApplicationStatus } from "@/core/schemas/career";

/** Changes an application's status right away; on failure the previous status comes back with a message. */
export function StatusSelect({ id, status, label }: { id: string; status: ApplicationStatus; label: string }) {
  const [value, setValue] = useState(status);
  const [state, setState] = useState<{ pending: boolean; error: string | null; saved: boolean }>({
    pending: false,
    error: null,
    saved: false,
  });
  async function change(next: ApplicationStatus) {
    const previous = value;
    setValue(next);
    setState({ pending: true, error: null, saved: false });
    try {
      await apiSend(`/api/career/applications/${id}`, { method: "PATCH", body: { status: next } });
      setState({ pending: false, error: null, saved: true });
    } catch (error) {
      setValue(previous);
      setState({ pending: false, error: errorMessage(error), saved: false });
    }
  }
  return (
    <div className="space-y-1">
      <Select
        aria-label={label}
        value={value}
        onChange={(e) => change(e.target.value as ApplicationStatus)}
        disabled={state.pending}
        className="h-9 w-40"
      >
        {STATUSES.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </Select>
      <p aria-live="polite" className="text-xs">
        {state.error ? (
          <span className="text-danger-600">{state.error}</span>
        ) : state.saved ? (
          <span className="text-ink-muted dark:text-ink-dark-muted">Saved</span>
        ) : null}
      </p>
    </div>
  );
}
