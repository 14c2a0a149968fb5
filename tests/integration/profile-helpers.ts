// Request builders for the profile route tests (tests/integration/profile*.test.ts).
import { readFileSync } from "node:fs";
import { fixturePath } from "@/tests/helpers/fixtures";

export const BASE = "http://localhost/api/profile";

export function resumePdf(name: string): Buffer {
  return readFileSync(fixturePath("resumes", name));
}

/** A multipart upload of one file, as a browser sends it. */
export function fileRequest(
  headers: Record<string, string>,
  bytes: Uint8Array,
  filename: string,
  type = "",
  extra: Record<string, string> = {},
): Request {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], filename, { type }));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return new Request(`${BASE}/upload-cv`, { method: "POST", headers, body: form });
}

export function jsonRequest(path: string, method: string, headers: Record<string, string>, body: unknown): Request {
  return new Request(`${BASE}/${path}`, {
    method,
    headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

export function getRequest(path: string, headers: Record<string, string>): Request {
  return new Request(`${BASE}/${path}`, { headers });
}
