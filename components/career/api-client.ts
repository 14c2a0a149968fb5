// Browser-side calls to the career API: one shape for every reply, so each panel can show its own error and retry.

export type ApiResult<T> = { ok: true; data: T; status: number } | { ok: false; status: number; code: string; message: string };

export async function apiJson<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: "We couldn't reach the server. Check your connection and try again." };
  }
  if (res.ok) {
    const data = res.status === 204 ? (undefined as T) : ((await res.json()) as T);
    return { ok: true, data, status: res.status };
  }
  return { ok: false, ...(await readError(res)) };
}

/**
 * Streams the letter as NDJSON events (see lib/career/letter-stream.ts): onText with the text so far, onWarning as
 * grounding removes something. Ends with the whole text and every warning, or the error the server reported.
 */
export async function apiLetterStream(
  path: string,
  body: unknown,
  on: { onText: (textSoFar: string) => void; onWarning: (warnings: string[]) => void },
): Promise<ApiResult<{ text: string; warnings: string[] }>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/x-ndjson" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: "We couldn't reach the server. Check your connection and try again." };
  }
  if (!res.ok || !res.body) return { ok: false, ...(await readError(res)) };
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let text = "";
  const warnings: string[] = [];
  const broken = { ok: false as const, status: 502, code: "stream_broken", message: "The letter stopped part-way. Please try again." };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = buffer.split("\n");
      buffer = done ? "" : (lines.pop() ?? "");
      for (const line of lines) {
        if (!line.trim()) continue;
        const event = JSON.parse(line) as { type: string; text?: string; warning?: string; code?: string; detail?: string };
        if (event.type === "text" && event.text) {
          text += event.text;
          on.onText(text);
        } else if (event.type === "warning" && event.warning) {
          warnings.push(event.warning);
          on.onWarning([...warnings]);
        } else if (event.type === "error") {
          return { ok: false, status: 502, code: event.code ?? "stream_broken", message: event.detail || broken.message };
        } else if (event.type === "done") {
          return { ok: true, data: { text, warnings }, status: res.status };
        }
      }
      if (done) break;
    }
  } catch {
    return broken;
  }
  // The stream ended without its "done" event: cut off part-way.
  return broken;
}

export async function readError(res: Response): Promise<{ status: number; code: string; message: string }> {
  let detail = "";
  let code = "error";
  try {
    const body = (await res.json()) as { detail?: string; code?: string; errors?: Array<{ message: string }> };
    detail = body.errors?.length ? body.errors.map((e) => e.message).join(" ") : (body.detail ?? "");
    if (body.detail && body.errors?.length && body.code !== "validation_failed") detail = body.detail;
    code = body.code ?? code;
  } catch {
    // not JSON: fall back to the status text below
  }
  if (res.status === 401) detail = "Your session has ended. Sign in again (your work here is kept).";
  return { status: res.status, code, message: detail || `Something went wrong (status ${res.status}). Please try again.` };
}
