"use client";

// Small browser helpers for the interview screens.

/** fetch + JSON with the API's error shape turned into an Error carrying the server's `detail`. */
export async function requestJson(url: string, method: string, body?: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await res.json().catch(() => null)) as { detail?: string } | null;
  if (!res.ok) throw new Error(data?.detail ?? `The request failed (${res.status}). Please try again.`);
  return data;
}

export function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Storage can be blocked (private mode): callers then fall back to their defaults. */
export function writeStorage(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // ignore
  }
}
