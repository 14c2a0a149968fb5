import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/core/config";
import { createTestUser } from "@/tests/helpers/auth";

// proxy.ts's security headers (issue 21): a strict Content-Security-Policy with a fresh nonce on every page and API
// response (the nonce also reaches the app, where Next.js puts it on its scripts), and HSTS only over https.
// That every page still works under this policy with no violation is checked in Chromium (tests/e2e/csp.ts).

let proxy: (req: NextRequest, ctx: unknown) => Promise<Response>;
beforeAll(async () => {
  proxy = (await import("@/proxy")).default;
});
afterEach(() => {
  delete process.env.TRUST_PROXY;
  resetConfigForTests();
});

const run = (url: string, headers: Record<string, string> = {}) =>
  proxy(
    new NextRequest(url, { headers: { Host: new URL(url).host, "X-Forwarded-Proto": new URL(url).protocol.slice(0, -1), ...headers } }),
    {},
  );

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe("Content-Security-Policy", () => {
  it("is strict on pages, signed-in pages and API replies: a nonce, 'strict-dynamic', no 'unsafe-inline' or 'unsafe-eval'", async () => {
    const { cookieHeaders } = await createTestUser();
    for (const [path, headers] of [
      ["/", {}],
      ["/login", {}],
      ["/dashboard", cookieHeaders],
      ["/api/auth/me", cookieHeaders],
    ] as const) {
      const res = await run(`http://localhost:3000${path}`, headers);
      const csp = res.headers.get("Content-Security-Policy");
      expect(csp, path).toBeTruthy();
      const d = directives(csp!);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(d.get("script-src")!.join(" "))?.[1];
      expect(nonce, path).toBeTruthy();
      expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
      expect(d.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(d.get("default-src")).toEqual(["'self'"]);
      expect(d.get("object-src")).toEqual(["'none'"]);
      expect(d.get("base-uri")).toEqual(["'self'"]);
      expect(d.get("frame-ancestors")).toEqual(["'none'"]);
      expect(d.get("form-action")).toEqual(["'self'"]);
      // The app sees the same policy and nonce (Next.js reads the nonce from the request's CSP header).
      expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
      expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    }
  });

  it("uses a new, unpredictable nonce for every request, and ignores one sent by the client", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const res = await run("http://localhost:3000/login", { "x-nonce": "attacker-chosen" });
      const nonce = res.headers.get("x-middleware-request-x-nonce")!;
      expect(nonce).not.toBe("attacker-chosen");
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
      nonces.add(nonce);
    }
    expect(nonces.size).toBe(20);
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent over https (with upgrade-insecure-requests in the CSP), never over plain http", async () => {
    const secure = await run("https://intervu.example/login");
    expect(secure.headers.get("Strict-Transport-Security")).toMatch(/^max-age=(\d{8,})/);
    expect(Number(/max-age=(\d+)/.exec(secure.headers.get("Strict-Transport-Security")!)![1])).toBeGreaterThanOrEqual(31_536_000);
    expect(secure.headers.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
    const redirect = await run("https://intervu.example/dashboard");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("Strict-Transport-Security")).toBeTruthy();

    const plain = await run("http://localhost:3000/login");
    expect(plain.headers.get("Strict-Transport-Security")).toBeNull();
    expect(plain.headers.get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
  });

  it("believes X-Forwarded-Proto only behind a trusted proxy", async () => {
    const forged = await run("http://localhost:3000/login", { "X-Forwarded-Proto": "https" });
    expect(forged.headers.get("Strict-Transport-Security")).toBeNull();
    process.env.TRUST_PROXY = "true";
    resetConfigForTests();
    const behindProxy = await run("http://localhost:3000/login", { "X-Forwarded-Proto": "https" });
    expect(behindProxy.headers.get("Strict-Transport-Security")).toBeTruthy();
  });
});
