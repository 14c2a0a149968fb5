import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { callApi } from "@/tests/helpers/api-router";
import { installFrontDoor } from "@/lib/http/front-door";
import { apiRequestProblem } from "@/lib/http/request-problem";

// Issue 21 ("Errors") and issue 15: every /api response, whatever the method or path encoding, is JSON
// {detail, code} with a 4xx, and client mistakes leave no stack in the log.

async function expectJsonError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  const body = await res.json();
  expect(typeof body.detail).toBe("string");
  expect(body.code).toBe(code);
}

describe("unknown paths and methods", () => {
  it("an unknown /api path is a JSON 404 for every method", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      await expectJsonError(await callApi(method, "/api/nope"), 404, "not_found");
      await expectJsonError(await callApi(method, "/api/interview/0123456789abcdef01234567/nope"), 404, "not_found");
    }
  });

  it("a method a route does not serve is a JSON 405 with Allow", async () => {
    const res = await callApi("DELETE", "/api/health");
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    await expectJsonError(res, 405, "method_not_allowed");
    const put = await callApi("PUT", "/api/auth/me");
    await expectJsonError(put, 405, "method_not_allowed");
    const onNextAuth = await callApi("DELETE", "/api/auth/session");
    expect(onNextAuth.headers.get("allow")).toBe("GET, HEAD, OPTIONS, POST");
    await expectJsonError(onNextAuth, 405, "method_not_allowed");
  });

  it("OPTIONS names the methods a route serves", async () => {
    const res = await callApi("OPTIONS", "/api/interview/0123456789abcdef01234567");
    expect(res.status).toBe(204);
    expect(res.headers.get("allow")).toBe("DELETE, GET, HEAD, OPTIONS, PATCH");
  });
});

describe("next-auth's own errors", () => {
  it("an invalid callbackUrl is a JSON 400, not next-auth's 500", async () => {
    for (const path of ["session", "signin", "csrf", "providers"]) {
      await expectJsonError(await callApi("GET", `/api/auth/${path}?callbackUrl=javascript:alert(1)`), 400, "bad_request");
    }
  });

  it("a forged callback-url cookie is dropped instead of failing the request", async () => {
    const res = await callApi("GET", "/api/auth/session", { headers: { Cookie: "authjs.callback-url=javascript%3Aalert(1)" } });
    expect(res.status).toBe(200);
  });

  it("an unknown action is a JSON 404 and the error page a JSON 400", async () => {
    await expectJsonError(await callApi("GET", "/api/auth/whatever"), 404, "not_found");
    await expectJsonError(await callApi("POST", "/api/auth/whatever"), 404, "not_found");
    await expectJsonError(await callApi("GET", "/api/auth/error?error=Configuration"), 400, "bad_request");
  });

  it("an unknown action leaves at most next-auth's one line in the log, without a stack", async () => {
    const logged: string[] = [];
    const record = (...args: unknown[]) =>
      logged.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(" "));
    const spies = (["error", "warn", "log"] as const).map((level) => vi.spyOn(console, level).mockImplementation(record));
    try {
      await expectJsonError(await callApi("GET", "/api/auth/no-such-action"), 404, "not_found");
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    expect(logged.length).toBeLessThanOrEqual(1);
    for (const line of logged) {
      expect(line).not.toContain("\n");
      expect(line).toMatch(/^\[auth\] UnknownAction: /);
    }
  });

  it("the ordinary session endpoint still works", async () => {
    const res = await callApi("GET", "/api/auth/csrf");
    expect(res.status).toBe(200);
    expect(typeof (await res.json()).csrfToken).toBe("string");
  });
});

describe("requests the framework cannot represent", () => {
  it("classifies TRACE, unknown methods and broken %-escapes on /api only", () => {
    expect(apiRequestProblem("TRACE", "/api/health")).toMatchObject({ status: 405, code: "method_not_allowed" });
    expect(apiRequestProblem("PROPFIND", "/api/health")).toMatchObject({ status: 405 });
    expect(apiRequestProblem("GET", "/api/%ff")).toMatchObject({ status: 400, code: "bad_request" });
    expect(apiRequestProblem("GET", "/api/interview/%E0%A4%A")).toMatchObject({ status: 400 });
    expect(apiRequestProblem("GET", "/api/health?cursor=%%%")).toBeNull();
    expect(apiRequestProblem("GET", "/api/interview/history")).toBeNull();
    expect(apiRequestProblem("TRACE", "/dashboard")).toBeNull();
  });

  describe("the Node front door", () => {
    let server: http.Server;
    let base: string;
    const reachedApp: string[] = [];
    beforeAll(async () => {
      // A server like next start's, with the front door installed on its prototype (a subclass here, so the test
      // does not patch every http.Server in the process): the app only sees what it can handle.
      class AppServer extends http.Server {}
      installFrontDoor(AppServer.prototype as unknown as Parameters<typeof installFrontDoor>[0]);
      server = new AppServer((req, res) => {
        reachedApp.push(`${req.method} ${req.url}`);
        res.end("app");
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("answers TRACE and %ff on /api with JSON, logs nothing, and passes everything else on", async () => {
      const errors = vi.spyOn(console, "error");
      const trace = await raw("TRACE", "/api/health");
      expect(trace.status).toBe(405);
      expect(JSON.parse(trace.body)).toMatchObject({ code: "method_not_allowed" });
      const bad = await raw("GET", "/api/%ff");
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body)).toMatchObject({ code: "bad_request" });
      expect((await raw("GET", "/api/health")).body).toBe("app");
      expect((await raw("TRACE", "/about")).body).toBe("app");
      expect(reachedApp).toEqual(["GET /api/health", "TRACE /about"]);
      expect(errors).not.toHaveBeenCalled();
    });

    function raw(method: string, path: string): Promise<{ status: number; body: string }> {
      return new Promise((resolve, reject) => {
        const req = http.request(`${base}${path}`, { method }, (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end();
      });
    }
  });

  it("the proxy answers unknown methods and broken paths on /api before any route", async () => {
    const { default: proxy } = await import("@/proxy");
    const res = await proxy(new NextRequest("http://localhost/api/health", { method: "PROPFIND" }), {});
    await expectJsonError(res, 405, "method_not_allowed");
  });
});
