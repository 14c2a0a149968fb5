import { afterEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { ApiError, retryAfter } from "./errors";
import { apiRequest, apiSend } from "./request";

const replySchema = z.object({ id: z.string(), n: z.number() });

function reply(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("apiRequest", () => {
  it("returns the reply parsed by the schema (unknown fields dropped) and sends JSON bodies", async () => {
    const fetchMock = vi.fn(async () => reply(200, { id: "a", n: 2, extra: true }));
    vi.stubGlobal("fetch", fetchMock);
    await expect(apiRequest("/api/x", replySchema, { method: "PATCH", body: { q: 1 } })).resolves.toEqual({ id: "a", n: 2 });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect([init.method, init.body, (init.headers as Record<string, string>)["Content-Type"]]).toEqual([
      "PATCH",
      '{"q":1}',
      "application/json",
    ]);
  });

  it("a reply that does not match the schema is an invalid_reply error, not a wrongly typed value", async () => {
    vi.stubGlobal("fetch", async () => reply(200, { id: 3 }));
    expect((await failure(apiRequest("/api/x", replySchema))).kind).toBe("invalid_reply");
  });

  it("decodes {detail, code, errors} of a failed reply; a refused request's message names what to fix", async () => {
    const errors = [
      { path: "email", message: "Enter a valid e-mail." },
      { path: "job_text", message: "Paste the job posting." },
    ];
    vi.stubGlobal("fetch", async () => reply(422, { detail: "Some fields are not valid.", code: "validation_failed", errors }));
    const error = await failure(apiRequest("/api/x", replySchema));
    expect([error.status, error.code, error.message, error.errors]).toEqual([
      422,
      "validation_failed",
      "Enter a valid e-mail. Paste the job posting.",
      errors,
    ]);
    // Any other refusal keeps the server's own detail.
    vi.stubGlobal("fetch", async () => reply(422, { detail: "This is not a job posting.", code: "unprocessable", errors }));
    expect((await failure(apiRequest("/api/x", replySchema))).message).toBe("This is not a job posting.");
  });

  it("a body that is not the API's error shape still gives a plain message", async () => {
    vi.stubGlobal("fetch", async () => new Response("<html>Bad gateway</html>", { status: 502 }));
    const error = await failure(apiSend("/api/x"));
    expect([error.status, error.code, error.message]).toEqual([502, "http_502", "The request failed (502). Please try again."]);
  });

  it("429: reads Retry-After (seconds or an HTTP date) into the error and the message", async () => {
    vi.stubGlobal("fetch", async () => reply(429, { detail: "The AI model is busy.", code: "ai_rate_limited" }, { "Retry-After": "120" }));
    const error = await failure(apiSend("/api/x"));
    expect(error.retryAfterSeconds).toBe(120);
    expect(error.message).toBe("The AI model is busy. You can try again in 2 minutes.");
    expect(retryAfter("Wed, 21 Oct 2015 07:28:30 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT"))).toBe(30);
    expect(retryAfter("soon")).toBeNull();
  });

  it("401: sends the person to sign-in with this page as the return address (unless asked only to throw)", async () => {
    const assign = vi.fn();
    vi.stubGlobal("window", { location: { pathname: "/interview/abc", search: "?q=1", assign } });
    vi.stubGlobal("fetch", async () => reply(401, { detail: "Please sign in.", code: "unauthorized" }));
    const error = await failure(apiSend("/api/x"));
    expect(error.status).toBe(401);
    expect(assign).toHaveBeenCalledWith("/login?next=%2Finterview%2Fabc%3Fq%3D1");
    await failure(apiSend("/api/x", { onUnauthorized: "throw" }));
    expect(assign).toHaveBeenCalledTimes(1);
  });

  it("no answer at all is a network error; a slow one is a timeout", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const offline = await failure(apiSend("/api/x"));
    expect([offline.kind, offline.status, offline.isOffline]).toEqual(["network", 0, true]);

    vi.stubGlobal(
      "fetch",
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) => init.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")))),
    );
    const slow = await failure(apiSend("/api/x", { timeoutMs: 20 }));
    expect([slow.kind, slow.isOffline]).toEqual(["timeout", true]);
  });
});
