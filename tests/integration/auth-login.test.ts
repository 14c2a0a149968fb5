import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as me } from "@/app/api/auth/me/route";
import { resetConfigForTests } from "@/core/config";
import { getCounter, hitCounter } from "@/lib/db/counters";
import { authenticate } from "@/lib/auth/accounts";
import { keys, LIMITS } from "@/lib/auth/throttle";
import { clientAddress, LOCAL_ADDRESS } from "@/lib/auth/client-address";
import { createTestUser } from "@/tests/helpers/auth";

const json = (body: unknown, headers: Record<string, string> = {}) =>
  login(
    new Request("http://localhost/api/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(body),
    }),
  );
const form = (fields: Record<string, string>) =>
  login(
    new Request("http://localhost/api/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    }),
  );

afterEach(() => {
  delete process.env.TRUST_PROXY;
  resetConfigForTests();
});

describe("POST /api/auth/login", () => {
  it("returns a bearer token (JSON body) that /api/auth/me accepts", async () => {
    const { user, password } = await createTestUser();
    const res = await json({ username: user.username, password });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["access_token", "expires_in", "token_type"]);
    expect(body.token_type).toBe("bearer");
    expect(body.expires_in).toBe(60 * 60);
    const meRes = await me(new Request("http://localhost/api/auth/me", { headers: { Authorization: `Bearer ${body.access_token}` } }));
    expect(meRes.status).toBe(200);
    // name and role are the original API's fields (issue 15); without a name given at sign-up, name is the username.
    expect(await meRes.json()).toEqual({
      id: user.id,
      email: user.email,
      username: user.username,
      created_at: user.created_at,
      name: user.username,
      role: "candidate",
    });
  });

  it("accepts form-encoded bodies and the e-mail (any case) as the username", async () => {
    const { user, password } = await createTestUser();
    const res = await form({ username: `  ${user.email.toUpperCase()} `, password, grant_type: "password" });
    expect(res.status).toBe(200);
    expect((await res.json()).token_type).toBe("bearer");
  });

  it("gives an unknown user and a wrong password the same 401 and message", async () => {
    const { user } = await createTestUser();
    const wrong = await json({ username: user.username, password: "not the password" });
    const unknown = await json({ username: "nobody_here", password: "not the password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("compares against a dummy hash for unknown users (similar work, no enumeration by timing)", async () => {
    const { user } = await createTestUser();
    await json({ username: "warm_up_user", password: "x".repeat(10) }); // builds the dummy hash once
    const spy = vi.spyOn(bcrypt, "compare");
    let t = performance.now();
    await json({ username: "nobody_at_all", password: "some password" });
    const unknownMs = performance.now() - t;
    expect(spy).toHaveBeenCalledTimes(1);
    t = performance.now();
    await json({ username: user.username, password: "some password" });
    const knownMs = performance.now() - t;
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    // Both do one cost-12 bcrypt comparison; allow for a noisy shared machine.
    expect(unknownMs).toBeGreaterThan(knownMs * 0.3);
    expect(knownMs).toBeGreaterThan(unknownMs * 0.3);
  });

  it("rejects operator objects and non-strings with 422 (JSON), and a wrong content type with 400", async () => {
    for (const body of [
      { username: { $ne: null }, password: "whatever" },
      { username: "someone", password: { $gt: "" } },
      { username: ["a"], password: "whatever" },
      { username: 1, password: 2 },
      { username: "someone" },
      {},
    ]) {
      expect((await json(body)).status, JSON.stringify(body)).toBe(422);
    }
    const text = await login(
      new Request("http://localhost/api/auth/login", {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: "username=a&password=b",
      }),
    );
    expect(text.status).toBe(400);
    // Form-encoded "operators" are just strings; bracket keys are not parsed into objects.
    expect((await form({ "username[$ne]": "x", password: "y" })).status).toBe(422);
  });

  it("throttles one account: after 5 failures in 15 minutes → 429 with Retry-After, even with the right password", async () => {
    const { user, password } = await createTestUser();
    for (let i = 0; i < 5; i++) expect((await json({ username: user.username, password: `wrong-${i}-password` })).status).toBe(401);
    const blocked = await json({ username: user.username, password });
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The e-mail is the same account.
    expect((await json({ username: user.email, password })).status).toBe(429);
    // The counter lives in the store (so it holds across instances).
    expect((await getCounter({ key: keys.accountFailures(user.id) }))?.count).toBe(5);
  });

  it("throttles unknown logins the same way (429 does not reveal whether the account exists)", async () => {
    for (let i = 0; i < 5; i++) expect((await json({ username: "ghost_user", password: "wrong password" })).status).toBe(401);
    expect((await json({ username: "ghost_user", password: "wrong password" })).status).toBe(429);
  });

  it("a successful sign-in clears the account's failure count", async () => {
    const { user, password } = await createTestUser();
    for (let i = 0; i < 4; i++) await json({ username: user.username, password: "wrong password" });
    expect((await json({ username: user.username, password })).status).toBe(200);
    expect(await getCounter({ key: keys.accountFailures(user.id) })).toBeNull();
    for (let i = 0; i < 4; i++) expect((await json({ username: user.username, password: "wrong password" })).status).toBe(401);
  });

  it("limits failed sign-ins per address", async () => {
    const { user, password } = await createTestUser();
    for (let i = 0; i < LIMITS.addressFailures.max; i++) {
      await hitCounter({ key: keys.addressFailures(LOCAL_ADDRESS), windowSeconds: LIMITS.addressFailures.windowSeconds });
    }
    const res = await json({ username: user.username, password });
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBeTruthy();
  });

  it("uses X-Forwarded-For / X-Real-IP only behind a trusted proxy", async () => {
    const headers = new Headers({ "X-Forwarded-For": "203.0.113.9, 198.51.100.7", "X-Real-IP": "198.51.100.7" });
    expect(clientAddress(headers)).toBe(LOCAL_ADDRESS);
    process.env.TRUST_PROXY = "true";
    resetConfigForTests();
    expect(clientAddress(headers)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "X-Forwarded-For": "203.0.113.9, 198.51.100.8" }))).toBe("198.51.100.8");
    expect(clientAddress(new Headers({ "X-Forwarded-For": "<script>" }))).toBe(LOCAL_ADDRESS);

    // Behind the proxy, one address being blocked does not block another.
    const { user, password } = await createTestUser();
    for (let i = 0; i < LIMITS.addressFailures.max; i++) {
      await hitCounter({ key: keys.addressFailures("192.0.2.1"), windowSeconds: LIMITS.addressFailures.windowSeconds });
    }
    expect((await json({ username: user.username, password }, { "X-Real-IP": "192.0.2.1" })).status).toBe(429);
    expect((await json({ username: user.username, password }, { "X-Real-IP": "192.0.2.2" })).status).toBe(200);
  });

  it("the domain function next-auth's authorize() calls behaves the same way", async () => {
    const { user, password } = await createTestUser();
    await expect(authenticate({ login: user.username, password })).resolves.toMatchObject({ id: user.id });
    await expect(authenticate({ login: user.username, password: "nope nope" })).rejects.toMatchObject({ code: "unauthorized" });
    await expect(authenticate({ login: "no_such_user", password: "nope nope" })).rejects.toMatchObject({ code: "unauthorized" });
  });
});
