import type { ProfileDoc } from "@/core/schemas/profile";

// Sends a CV to POST /api/profile/upload-cv with XMLHttpRequest, which (unlike fetch) reports upload progress.

type UploadInfo = {
  source: "pdf" | "docx" | "text" | "paste";
  filename: string | null;
  pages: number | null;
  truncated: boolean;
  characters: number;
};

/** `warnings`: what the check against the CV left out of a model's reading (empty offline); not stored. */
export type UploadedProfile = ProfileDoc & { upload: UploadInfo; warnings?: string[] };

export type UploadOutcome = { ok: true; profile: UploadedProfile } | { ok: false; status: number; message: string };

export type UploadPayload = { file: File } | { text: string };

export function sendCv(payload: UploadPayload, keepEdited: boolean, onProgress: (fraction: number | null) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/profile/upload-cv");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable ? e.loaded / e.total : null);
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      const body = xhr.response as Record<string, unknown> | null;
      if (xhr.status >= 200 && xhr.status < 300 && body) resolve({ ok: true, profile: body as UploadedProfile });
      else resolve({ ok: false, status: xhr.status, message: errorMessage(xhr.status, body) });
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, message: "The connection failed. Check your network and try again." });
    xhr.ontimeout = () => resolve({ ok: false, status: 0, message: "The upload took too long. Try again." });

    if ("file" in payload) {
      const form = new FormData();
      form.append("file", payload.file);
      if (keepEdited) form.append("keep_edited", "true");
      xhr.send(form);
    } else {
      xhr.setRequestHeader("Content-Type", "application/json");
      xhr.send(JSON.stringify({ cv_text: payload.text, keep_edited: keepEdited }));
    }
  });
}

function errorMessage(status: number, body: Record<string, unknown> | null): string {
  const detail = typeof body?.detail === "string" ? body.detail : null;
  const first = Array.isArray(body?.errors) ? (body.errors[0] as { message?: string } | undefined)?.message : undefined;
  if (status === 401) return "Your session has ended. Sign in again, then retry.";
  if (status === 422 && first && (!detail || detail === "Some fields are not valid.")) return first;
  return detail ?? `The server answered ${status}. Try again.`;
}
