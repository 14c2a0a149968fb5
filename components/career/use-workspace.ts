"use client";

import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { errorMessage, isApiError } from "@/lib/api-client/errors";
import { streamLetter } from "@/lib/api-client/letter-stream";
import { AI_REPLY_TIMEOUT_MS, apiRequest } from "@/lib/api-client/request";
import type { JobInputState } from "@/components/career/job-input";
import type { SlotStatus } from "@/components/career/panel-status";
import type { Tone } from "@/components/career/letter-editor";
import type { JobData } from "@/core/schemas/job";
import type { Messages, TailoredResume } from "@/core/schemas/career";
import {
  jobDataReplySchema,
  messagesReplySchema,
  savedApplicationReplySchema,
  tailoredResumeReplySchema,
} from "@/core/schemas/career-reply";

// The workspace's state and requests. After the analysis, the resume, the letter and the messages are asked for
// at the same time, each with its own status, error and retry. Everything typed or generated is kept in
// sessionStorage, so a failed request, a reload or an expired session loses nothing.

const DRAFT_KEY = "intervu.career.workspace.v1";

type Slot<T> = { status: SlotStatus; data: T | null; error: string | null };
const idle = <T>(): Slot<T> => ({ status: "idle", data: null, error: null });

export type WorkspaceState = {
  input: JobInputState;
  analysis: Slot<JobData>;
  resume: Slot<TailoredResume>;
  letter: Slot<string> & { tone: Tone; warnings?: string[] };
  messages: Slot<Messages>;
};

const INITIAL: WorkspaceState = {
  input: { mode: "text", url: "", text: "" },
  analysis: idle(),
  resume: idle(),
  letter: { ...idle<string>(), tone: "professional" },
  messages: idle(),
};

export function useWorkspace() {
  // The workspace renders in the browser only (see career-workspace-loader.tsx), so the draft is read up front.
  const [state, setState] = useState<WorkspaceState>(() => readDraft() ?? INITIAL);
  const [focusPaste, setFocusPaste] = useState(0);
  const [saving, setSaving] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });
  // Requests read the newest state when they start and finish, not the state of the render that created them.
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
    writeDraft(state);
  }, [state]);

  const patch = useCallback(<K extends keyof WorkspaceState>(key: K, value: Partial<WorkspaceState[K]>) => {
    setState((s) => ({ ...s, [key]: { ...s[key], ...value } }));
  }, []);

  /** Editing the job input clears the last analysis error (the user is acting on it). */
  const editInput = useCallback((next: JobInputState) => {
    setState((s) => ({
      ...s,
      input: next,
      analysis: s.analysis.status === "error" ? { ...s.analysis, status: s.analysis.data ? "done" : "idle", error: null } : s.analysis,
    }));
  }, []);

  const tailor = useCallback(
    async (job: JobData) => {
      patch("resume", { status: "pending", error: null });
      try {
        const data = await apiRequest("/api/career/tailor-resume", tailoredResumeReplySchema, {
          body: { job_data: job },
          timeoutMs: AI_REPLY_TIMEOUT_MS,
        });
        patch("resume", { status: "done", data });
      } catch (error) {
        patch("resume", { status: "error", error: errorMessage(error) });
      }
    },
    [patch],
  );

  const writeLetter = useCallback(
    async (job: JobData, tone: Tone, resume: TailoredResume | null) => {
      const previous = latest.current.letter;
      patch("letter", { status: "pending", error: null, tone, warnings: [] });
      let started = false;
      try {
        const done = await streamLetter(
          "/api/career/generate-letter/stream",
          { job_data: job, tone, tailored_resume: resume },
          {
            onText: (text) => {
              started = true;
              patch("letter", { data: text });
            },
            onWarning: (warnings) => patch("letter", { warnings }),
          },
        );
        patch("letter", { status: "done", data: done.text, warnings: done.warnings });
      } catch (error) {
        // A failed attempt never wipes the letter the user had (nor what was said about it).
        if (started) patch("letter", { status: "error", error: errorMessage(error), data: previous.data, warnings: previous.warnings });
        else patch("letter", { status: "error", error: errorMessage(error), warnings: previous.warnings });
      }
    },
    [patch],
  );

  const writeMessages = useCallback(
    async (job: JobData, resume: TailoredResume | null) => {
      patch("messages", { status: "pending", error: null });
      try {
        const data = await apiRequest("/api/career/generate-messages", messagesReplySchema, {
          body: { job_data: job, tailored_resume: resume },
          timeoutMs: AI_REPLY_TIMEOUT_MS,
        });
        patch("messages", { status: "done", data });
      } catch (error) {
        patch("messages", { status: "error", error: errorMessage(error) });
      }
    },
    [patch],
  );

  const generateAll = useCallback(
    (job: JobData) => {
      void Promise.all([tailor(job), writeLetter(job, latest.current.letter.tone, null), writeMessages(job, null)]);
    },
    [tailor, writeLetter, writeMessages],
  );

  const analyze = useCallback(async () => {
    const { input } = latest.current;
    patch("analysis", { status: "pending", error: null });
    const body = input.mode === "url" ? { job_url: input.url.trim() } : { job_text: input.text };
    let job: JobData;
    try {
      job = await apiRequest("/api/career/analyze-job", jobDataReplySchema, { body, timeoutMs: AI_REPLY_TIMEOUT_MS });
    } catch (error) {
      patch("analysis", { status: "error", error: errorMessage(error) });
      if (input.mode === "url" && isApiError(error) && error.status === 422) {
        // Login walls, JavaScript-only pages and refused addresses: the paste box is the way forward.
        setState((s) => ({ ...s, input: { ...s.input, mode: "text" } }));
        setFocusPaste((n) => n + 1);
      }
      return;
    }
    patch("analysis", { status: "done", data: job });
    generateAll(job);
  }, [patch, generateAll]);

  const save = useCallback(async (): Promise<{ id: string } | null> => {
    const s = latest.current;
    if (!s.analysis.data) return null;
    if (s.messages.data && s.messages.data.linkedin_message.length > 300) {
      setSaving({ pending: false, error: "Shorten the LinkedIn note to 300 characters before saving." });
      return null;
    }
    setSaving({ pending: true, error: null });
    let saved: { id: string };
    try {
      saved = await apiRequest("/api/career/save-application", savedApplicationReplySchema, {
        body: {
          job_data: cleanJob(s.analysis.data),
          tailored_resume: s.resume.data,
          cover_letter: s.letter.data?.trim() ? s.letter.data : null,
          cover_letter_warnings: s.letter.data?.trim() ? (s.letter.warnings ?? []) : [],
          messages: s.messages.data,
        },
      });
    } catch (error) {
      setSaving({ pending: false, error: errorMessage(error) });
      return null;
    }
    clearDraft();
    setSaving({ pending: false, error: null });
    return saved;
  }, []);

  const reset = useCallback(() => {
    clearDraft();
    setState(INITIAL);
  }, []);

  return { state, setState, patch, editInput, focusPaste, analyze, tailor, writeLetter, writeMessages, generateAll, save, saving, reset };
}

function cleanJob(job: JobData): JobData {
  const lines = (xs: string[]) => xs.map((x) => x.trim()).filter(Boolean);
  return {
    ...job,
    requirements: lines(job.requirements),
    responsibilities: lines(job.responsibilities),
    qualifications: lines(job.qualifications),
    nice_to_have: lines(job.nice_to_have),
    culture: lines(job.culture),
  };
}

function readDraft(): WorkspaceState | null {
  try {
    const raw = window.sessionStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const draft = JSON.parse(raw) as WorkspaceState;
    // A request that was running when the page went away is not running any more.
    for (const key of ["analysis", "resume", "letter", "messages"] as const) {
      const slot = draft[key] as { status: SlotStatus; data: unknown };
      if (slot.status === "pending") slot.status = slot.data ? "done" : "idle";
    }
    return draft;
  } catch {
    return null;
  }
}

function writeDraft(state: WorkspaceState): void {
  try {
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify(state));
  } catch {
    // storage full or disabled: the draft simply isn't kept
  }
}

function clearDraft(): void {
  try {
    window.sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // ignore
  }
}
