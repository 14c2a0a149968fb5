import bcrypt from "bcryptjs";
import { describe, expect, it, vi } from "vitest";
import { POST as register } from "@/app/api/auth/register/route";
import { hitCounter } from "@/lib/db/counters";
import { getUserByLogin } from "@/lib/db/users";
import { BCRYPT_COST, isCommonPassword, verifyPassword } from "@/lib/auth/passwords";
import { keys, LIMITS } from "@/lib/auth/throttle";
import { resetConfigForTests } from "@/core/config";

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  register(
    new Request("http://localhost/api/auth/register", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
const valid = () => {
  const tag = unique();
  return { email: `person${tag}@example.com`, username: `person_${tag}`, password: "a perfectly fine passphrase" };
};

describe("POST /api/auth/register", () => {
  it("creates the user and answers 201 with {id, email, username, created_at, name, role} only", async () => {
    const input = valid();
    const res = await post(input);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["created_at", "email", "id", "name", "role", "username"]);
    expect(body).toMatchObject({ email: input.email, username: input.username });
    expect(body.id).toMatch(/^[0-9a-f]{24}$/);
    expect(JSON.stringify(body)).not.toContain(input.password);
  });

  it("trims and lower-cases the e-mail (and the username)", async () => {
    const tag = unique();
    const res = await post({
      email: `  Mixed.Case${tag}@Example.COM  `,
      username: `MiXed_${tag}`,
      password: "a perfectly fine passphrase",
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.email).toBe(`mixed.case${tag}@example.com`);
    expect(body.username).toBe(`mixed_${tag}`);
  });

  it.each([
    ["username too short", { username: "ab" }, "username"],
    ["username too long", { username: "a".repeat(33) }, "username"],
    ["username with a space", { username: "two words" }, "username"],
    ["username with @", { username: "me@home" }, "username"],
    ["username with unicode", { username: "jösé" }, "username"],
    ["bad e-mail", { email: "not-an-email" }, "email"],
    ["password of 7 characters", { password: "abcdefg" }, "password"],
    ["password of 129 characters", { password: "x".repeat(129) }, "password"],
    ["missing password", { password: undefined }, "password"],
  ])("rejects %s with 422", async (_name, override, field) => {
    const res = await post({ ...valid(), ...override });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe("validation_failed");
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(field);
  });

  it("accepts usernames of 3 and 32 characters and passwords of 8 and 128 characters", async () => {
    const tag = unique();
    expect((await post({ email: `a${tag}@example.com`, username: `a${tag}`.slice(0, 3), password: "zq8#Lk2!" })).status).toBe(201);
    const long = `b_${tag}`.padEnd(32, "x");
    expect(
      (
        await post({
          email: `b${tag}@example.com`,
          username: long,
          password:
            "When the seven kites rose over the Elbe in March, Avery counted forty-two gulls and one very confused heron near the old bridge!",
        })
      ).status,
    ).toBe(201);
  });

  it("rejects one of the 10,000 most common passwords, whatever its case", async () => {
    expect(isCommonPassword("password1")).toBe(true);
    expect(isCommonPassword("baseball")).toBe(true);
    expect(isCommonPassword("a perfectly fine passphrase")).toBe(false);
    for (const password of ["password1", "BASEBALL", "iloveyou", "sunshine"]) {
      const res = await post({ ...valid(), password });
      expect(res.status, password).toBe(422);
      const body = await res.json();
      expect(body.errors).toEqual([{ path: "password", message: expect.stringMatching(/common/i) }]);
    }
  });

  it("ships a list of exactly 10,000 common passwords", async () => {
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync("lib/auth/common-passwords.txt", "utf8").split("\n").filter(Boolean);
    expect(lines.length).toBe(10_000);
    expect(lines.slice(0, 3)).toEqual(["123456", "password", "12345678"]);
  });

  it("answers 409 for a taken username (in any case)", async () => {
    const input = valid();
    expect((await post(input)).status).toBe(201);
    const sameUsername = await post({ ...valid(), username: input.username.toUpperCase() });
    expect(sameUsername.status).toBe(409);
    expect((await sameUsername.json()).errors).toEqual([{ path: "username", message: expect.any(String) }]);
    // Taken e-mail and taken username: only the username is named.
    const both = await post({ ...valid(), email: input.email, username: input.username });
    expect(both.status).toBe(409);
    expect((await both.json()).errors).toEqual([{ path: "username", message: expect.any(String) }]);
  });

  it("does not reveal a registered e-mail: the same 201 and fields, similar timing, and no second account (issue 21)", async () => {
    const taken = valid();
    expect((await post(taken)).status).toBe(201);
    const owner = await getUserByLogin({ login: taken.email });

    const fresh = valid();
    let t = performance.now();
    const created = await post(fresh);
    const createdMs = performance.now() - t;
    const again = { ...valid(), email: taken.email.toUpperCase(), password: "another fine passphrase" };
    t = performance.now();
    const lookalike = await post(again);
    const lookalikeMs = performance.now() - t;

    expect(lookalike.status).toBe(created.status);
    const [a, b] = [await created.json(), await lookalike.json()];
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(b).toMatchObject({ email: taken.email, username: again.username });
    expect(b.id).toMatch(/^[0-9a-f]{24}$/);
    expect(b.id).not.toBe(owner!.id);
    // Both do one cost-12 bcrypt hash; allow for a noisy shared machine.
    expect(lookalikeMs).toBeGreaterThan(createdMs * 0.3);
    expect(createdMs).toBeGreaterThan(lookalikeMs * 0.3);

    // Nothing was stored or changed: the address still belongs to its owner, with the owner's password.
    expect(await getUserByLogin({ login: again.username })).toBeNull();
    const stillOwner = await getUserByLogin({ login: taken.email });
    expect(stillOwner).toEqual(owner);
    expect(await verifyPassword(taken.password, stillOwner!.password_hash)).toBe(true);
  });

  it("rejects operator objects and other non-strings with 422 before touching the store", async () => {
    for (const body of [
      { ...valid(), email: { $ne: null } },
      { ...valid(), username: { $gt: "" } },
      { ...valid(), password: { $exists: true } },
      { ...valid(), username: ["admin"] },
      { ...valid(), password: 12345678 },
      { ...valid(), email: null },
    ]) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    expect((await post("[1,2]")).status).toBe(422);
    expect((await post("{not json")).status).toBe(400);
  });

  it("stores a bcrypt hash of cost 12 over the peppered HMAC, never the password", async () => {
    const input = valid();
    await post(input);
    const user = await getUserByLogin({ login: input.email });
    expect(user).not.toBeNull();
    expect(BCRYPT_COST).toBeGreaterThanOrEqual(12);
    expect(bcrypt.getRounds(user!.password_hash)).toBe(12);
    expect(user!.password_hash).not.toContain(input.password);
    // bcrypt of the raw password does not match: the pre-hash is in between.
    expect(await bcrypt.compare(input.password, user!.password_hash)).toBe(false);
    expect(await verifyPassword(input.password, user!.password_hash)).toBe(true);
  });

  it("never truncates: two long passwords that differ only after byte 72 are different passwords", async () => {
    const prefix = "Seven kites rose over the Elbe in March while Avery counted forty-two gulls ther"; // 80 characters
    const input = { ...valid(), password: `${prefix}-one` };
    await post(input);
    const user = await getUserByLogin({ login: input.username });
    expect(await verifyPassword(`${prefix}-one`, user!.password_hash)).toBe(true);
    expect(await verifyPassword(`${prefix}-two`, user!.password_hash)).toBe(false);
  });

  it("never logs the password", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m));
    const input = { ...valid(), password: "unique-secret-password-7391" };
    await post(input);
    await post(input); // duplicate → 409
    const logged = spies.flatMap((s) => s.mock.calls.flat().map((a) => String(a instanceof Error ? a.stack : JSON.stringify(a))));
    expect(logged.join("\n")).not.toContain("unique-secret-password-7391");
    spies.forEach((s) => s.mockRestore());
  });

  it("limits registrations per address behind a trusted proxy: 429 with Retry-After once the address's window is full", async () => {
    process.env.TRUST_PROXY = "true";
    resetConfigForTests();
    try {
      for (let i = 0; i < LIMITS.addressRegistrations.max; i++) {
        await hitCounter({ key: keys.addressRegistrations("192.0.2.7"), windowSeconds: LIMITS.addressRegistrations.windowSeconds });
      }
      const res = await post(valid(), { "X-Real-IP": "192.0.2.7" });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect((await res.json()).code).toBe("rate_limited");
      expect((await post(valid(), { "X-Real-IP": "192.0.2.8" })).status).toBe(201);
    } finally {
      delete process.env.TRUST_PROXY;
      resetConfigForTests();
    }
  });
});
