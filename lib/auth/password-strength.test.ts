import { describe, expect, it } from "vitest";
import { POST as register } from "@/app/api/auth/register/route";
import { changePasswordSchema, registerSchema } from "@/lib/auth/auth.validation";
import { passwordProblem } from "@/lib/auth/password-strength";

// Issue 20: registration accepted "aaaaaaaa" and a password equal to the username. The same schema serves the
// register form's server action and the API, so both show the reason under the password field.

const post = (body: unknown) =>
  register(
    new Request("http://localhost/api/auth/register", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

describe("sign-up password rules", () => {
  it.each([
    ["aaaaaaaa", /repeated character or an easy sequence/],
    ["12345678", /easy sequence/],
    ["abcdefghij", /easy sequence/],
    ["qwertyuiop", /easy sequence/],
    ["zzzzzzzzzzQ1", /repeated character/],
  ])("refuses %s, saying why", (password, reason) => {
    expect(passwordProblem(password)).toMatch(reason);
  });

  it("refuses the username or the e-mail's name inside the password, also reversed or capitalised", () => {
    const who = { username: "averyjones", email: "a.jones@example.com" };
    expect(passwordProblem("averyjones", who)).toMatch(/contains your username/);
    expect(passwordProblem("AveryJones2024!", who)).toMatch(/contains your username/);
    expect(passwordProblem("senojyreva#77", who)).toMatch(/contains your username/);
    expect(passwordProblem("my a.jones pass", who)).toMatch(/name of your e-mail address/);
  });

  it("accepts ordinary strong passwords", () => {
    for (const password of ["correct horse battery staple", "a perfectly fine passphrase", "Tr0ub4dor&3x!", "mapleStreet-19-kite"]) {
      expect(passwordProblem(password, { username: "avery", email: "avery@example.com" }), password).toBeNull();
    }
  });

  it("the API answers 422 with the reason on the password field; the form's schema gives the same message", async () => {
    for (const [password, reason] of [
      ["aaaaaaaa", /repeated character/],
      ["person_zq9x", /contains your username/],
    ] as const) {
      const body = { email: "someone.new@example.com", username: "person_zq9x", password };
      const res = await post(body);
      expect(res.status).toBe(422);
      const reply = await res.json();
      expect(reply.errors).toEqual([{ path: "password", message: expect.stringMatching(reason) }]);
      const form = registerSchema.safeParse(body);
      expect(form.success).toBe(false);
      expect(form.error?.issues[0]).toMatchObject({ path: ["password"], message: expect.stringMatching(reason) });
    }
    // The original client's {name, email, password} (no username): the e-mail's name is still refused.
    const original = await post({ name: "Zoe Q", email: "zoe.quill@example.com", password: "zoe.quill-2024" });
    expect(original.status).toBe(422);
    expect((await original.json()).errors).toEqual([{ path: "password", message: expect.stringMatching(/name of your e-mail/) }]);
    const change = changePasswordSchema.safeParse({ current_password: "old one", new_password: "11111111" });
    expect(change.error?.issues[0].message).toMatch(/repeated character/);
  });
});
