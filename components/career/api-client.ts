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

/** Streams a text/plain reply, calling onChunk with the text so far. */
export async function apiTextStream(path: string, body: unknown, onText: (textSoFar: string) => void): Promise<ApiResult<string>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, code: "network", message: "We couldn't reach the server. Check your connection and try again." };
  }
  if (!res.ok || !res.body) return { ok: false, ...(await readError(res)) };
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      onText(text);
    }
    text += decoder.decode();
  } catch {
    return { ok: false, status: 502, code: "stream_broken", message: "The letter stopped part-way. Please try again." };
  }
  return { ok: true, data: text, status: res.status };
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
