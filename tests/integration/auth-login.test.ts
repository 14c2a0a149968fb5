import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as login } from "@/app/api/auth/login/route";
import { GET as me } from "@/app/api/auth/me/route";
import { resetConfigForTests } from "@/core/config";
import { getCounter, hitCounter } from "@/lib/db/counters";
import { authenticate } from "@/lib/auth/accounts";
import { delayAfterAttempt, enterSignInGate, keys, LIMITS, subjects } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/auth/client-address";
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

/** n failed sign-in attempts of a subject, as authenticate() counts them (each attempt is counted up front). */
async function failSignIns(subject: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) await enterSignInGate(subject);
}

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

  it("slows an account down after 5 failures with growing delays and Retry-After, instead of locking it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const { user, password } = await createTestUser();
      for (let i = 0; i < 6; i++) expect((await json({ username: user.username, password: `wrong-${i}-password` })).status).toBe(401);
      // The 6th failure shut the gate for 30 s: even the right password waits (from a browser never signed in before).
      const waiting = await json({ username: user.email, password });
      expect(waiting.status).toBe(429);
      expect(Number(waiting.headers.get("Retry-After"))).toBeGreaterThan(25);
      expect(Number(waiting.headers.get("Retry-After"))).toBeLessThanOrEqual(30);
      expect((await waiting.json()).detail).toMatch(/Please wait \d+ seconds/);
      // Then one more guess, and the next wait is twice as long.
      vi.setSystemTime(Date.now() + 31_000);
      expect((await json({ username: user.username, password: "wrong-7-password" })).status).toBe(401);
      expect(Number((await json({ username: user.username, password })).headers.get("Retry-After"))).toBeGreaterThan(55);
      // Not a lock: once the delay is over, the right password works and the account starts afresh.
      vi.setSystemTime(Date.now() + 61_000);
      expect((await json({ username: user.username, password })).status).toBe(200);
      expect(await getCounter({ key: keys.signInFailures(subjects.account(user.id)) })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("grows the delay 30 s, 1, 2, 4, 8 minutes, then 15 minutes at most (about 100 guesses a day)", () => {
    expect(Array.from({ length: 12 }, (_, i) => delayAfterAttempt(i + 1))).toEqual([0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
  });

  it("lets through at most one attempt per open gate, however many arrive at once", async () => {
    const subject = subjects.unknownLogin(`burst-${Date.now()}`);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => enterSignInGate(subject)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(LIMITS.freeFailures + 1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "rate_limited" });
  });

  it("throttles unknown logins the same way (429 does not reveal whether the account exists)", async () => {
    const { user } = await createTestUser();
    for (let i = 0; i < 6; i++) expect((await json({ username: "ghost_user", password: "wrong password" })).status).toBe(401);
    await failSignIns(subjects.account(user.id), 6);
    const ghost = await json({ username: "ghost_user", password: "wrong password" });
    const real = await json({ username: user.username, password: "wrong password" });
    expect([ghost.status, real.status]).toEqual([429, 429]);
    // The same reply, give or take the seconds left to wait.
    const shape = async (res: Response) => JSON.stringify(await res.json()).replace(/\d+/g, "N");
    expect(await shape(ghost)).toEqual(await shape(real));
  });

  it("never slows down the owner's known browser: others' failures cannot keep the right password out (device cookie)", async () => {
    const { user, password } = await createTestUser();
    const first = await json({ username: user.username, password });
    expect(first.status).toBe(200);
    const setCookie = first.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^intervu-device=[^;]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    const device = { Cookie: setCookie.split(";")[0] };

    // Someone else fails on purpose, many times (six failed attempts, as counted by the route; bcrypt is slow).
    await failSignIns(subjects.account(user.id), 6);
    expect((await json({ username: user.username, password: "attacker guess 7" })).status).toBe(429);

    // A browser without the cookie waits; the owner's browser signs in at once.
    expect((await json({ username: user.username, password })).status).toBe(429);
    expect((await json({ username: user.username, password }, device)).status).toBe(200);
    // A device cookie of another account, or a forged one, does not help.
    const other = await createTestUser();
    const otherDevice = {
      Cookie: (await json({ username: other.user.username, password: other.password })).headers.get("Set-Cookie")!.split(";")[0],
    };
    expect((await json({ username: user.username, password }, otherDevice)).status).toBe(429);
    expect((await json({ username: user.username, password }, { Cookie: `intervu-device=${device.Cookie.split("=")[1]}x` })).status).toBe(
      429,
    );
  });

  it("a known browser has its own budget: its failures slow it down like any other", async () => {
    const { user, password } = await createTestUser();
    const device = { Cookie: (await json({ username: user.username, password })).headers.get("Set-Cookie")!.split(";")[0] };
    for (let i = 0; i < 6; i++) expect((await json({ username: user.username, password: `typo ${i}` }, device)).status).toBe(401);
    expect((await json({ username: user.username, password }, device)).status).toBe(429);
    // Its failures were not the account's: a new browser is not slowed down by them.
    expect((await json({ username: user.username, password })).status).toBe(200);
  });

  it("has no shared bucket: without a trusted proxy, failures by anyone never refuse anyone else's sign-in", async () => {
    const { user, password } = await createTestUser();
    // What used to be the one bucket every caller shared (issue 21: 50 failures by anyone → everyone's 429).
    for (let i = 0; i < 60; i++)
      await hitCounter({ key: keys.addressFailures("local"), windowSeconds: LIMITS.addressFailures.windowSeconds });
    // Five failures on the account by someone else used to lock it for 15 minutes.
    for (let i = 0; i < 5; i++) expect((await json({ username: user.username, password: `someone else ${i}` })).status).toBe(401);
    expect((await json({ username: user.username, password })).status).toBe(200);
    expect(clientAddress(new Headers({ "X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.9" }))).toBeNull();
  });

  it("a successful sign-in clears the account's failure count", async () => {
    const { user, password } = await createTestUser();
    for (let i = 0; i < 4; i++) await json({ username: user.username, password: "wrong password" });
    expect((await getCounter({ key: keys.signInFailures(subjects.account(user.id)) }))?.count).toBe(4);
    expect((await json({ username: user.username, password })).status).toBe(200);
    expect(await getCounter({ key: keys.signInFailures(subjects.account(user.id)) })).toBeNull();
  });

  it("limits failed sign-ins per address behind a trusted proxy (X-Real-IP / right-most X-Forwarded-For), except for a known device", async () => {
    process.env.TRUST_PROXY = "true";
    resetConfigForTests();
    const headers = new Headers({ "X-Forwarded-For": "203.0.113.9, 198.51.100.7", "X-Real-IP": "198.51.100.7" });
    expect(clientAddress(headers)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "X-Forwarded-For": "203.0.113.9, 198.51.100.8" }))).toBe("198.51.100.8");
    expect(clientAddress(new Headers({ "X-Forwarded-For": "<script>" }))).toBeNull();

    const { user, password } = await createTestUser();
    const device = { Cookie: (await json({ username: user.username, password })).headers.get("Set-Cookie")!.split(";")[0] };
    for (let i = 0; i < LIMITS.addressFailures.max; i++) {
      await hitCounter({ key: keys.addressFailures("192.0.2.1"), windowSeconds: LIMITS.addressFailures.windowSeconds });
    }
    const blocked = await json({ username: user.username, password }, { "X-Real-IP": "192.0.2.1" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await json({ username: user.username, password }, { "X-Real-IP": "192.0.2.2" })).status).toBe(200);
    expect((await json({ username: user.username, password }, { "X-Real-IP": "192.0.2.1", ...device })).status).toBe(200);
  });

  it("the domain function next-auth's authorize() calls behaves the same way", async () => {
    const { user, password } = await createTestUser();
    await expect(authenticate({ login: user.username, password })).resolves.toMatchObject({ id: user.id });
    await expect(authenticate({ login: user.username, password: "nope nope" })).rejects.toMatchObject({ code: "unauthorized" });
    await expect(authenticate({ login: "no_such_user", password: "nope nope" })).rejects.toMatchObject({ code: "unauthorized" });
  });
});
