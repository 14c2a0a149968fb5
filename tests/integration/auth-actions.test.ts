import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

// Server actions run inside Next's request scope; here next/headers is replaced by a stand-in whose request
// headers each test sets, and next-auth's signIn/signOut (cookie writers) by spies.

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", async () => (await import("@/tests/helpers/next-headers-stub")).nextHeadersFor(request));
const nextAuth = vi.hoisted(() => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/auth", () => nextAuth);

import { authedAction, publicAction } from "@/lib/auth/action";
import { AppError } from "@/core/errors";
import { changePasswordAction, deleteAccountAction, signOutEverywhereAction } from "@/app/(app)/account/actions";
import { loginAction } from "@/app/(auth)/login/actions";
import { registerAction } from "@/app/(auth)/register/actions";
import { getUserById, getUserByLogin } from "@/lib/db/users";
import { createTestUser } from "@/tests/helpers/auth";

beforeEach(() => {
  request.headers = new Headers();
  nextAuth.signIn.mockReset().mockResolvedValue("http://localhost/dashboard");
  nextAuth.signOut.mockReset().mockImplementation(async () => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" });
  });
});

describe("authedAction", () => {
  const echo = authedAction(z.object({ text: z.string().min(2) }), async (input, user) => ({ text: input.text, userId: user.id }));

  it("refuses anonymous callers with an error result (no throw)", async () => {
    expect(await echo({ text: "hi" })).toEqual({ status: "error", code: "unauthorized", message: "Please sign in." });
  });

  it("runs for a signed-in user (session cookie) and maps zod issues to fieldErrors", async () => {
    const { user, cookieHeaders } = await createTestUser();
    request.headers = new Headers(cookieHeaders);
    expect(await echo({ text: "hello" })).toEqual({ status: "ok", data: { text: "hello", userId: user.id } });
    expect(await echo({ text: "h" })).toMatchObject({
      status: "error",
      code: "validation_failed",
      fieldErrors: { text: expect.any(String) },
    });
    expect(await echo({ text: { $ne: null } } as never)).toMatchObject({ status: "error", fieldErrors: { text: expect.any(String) } });
  });

  it("accepts FormData and maps AppError to its message; other errors are rethrown", async () => {
    const { cookieHeaders } = await createTestUser();
    request.headers = new Headers(cookieHeaders);
    const form = new FormData();
    form.set("text", "from a form");
    expect(await echo(form)).toMatchObject({ status: "ok", data: { text: "from a form" } });
    const failing = authedAction(z.object({}), async () => {
      throw new AppError("not_found", "No such thing.");
    });
    expect(await failing({})).toEqual({ status: "error", code: "not_found", message: "No such thing." });
    const buggy = publicAction(z.object({}), async () => {
      throw new TypeError("bug");
    });
    await expect(buggy({})).rejects.toThrow("bug");
  });
});

describe("account actions", () => {
  it("every one refuses an anonymous caller", async () => {
    for (const result of [
      await changePasswordAction({ current_password: "whatever it is", new_password: "a brand new passphrase" }),
      await signOutEverywhereAction({}),
      await deleteAccountAction({ password: "whatever it is" }),
    ]) {
      expect(result).toMatchObject({ status: "error", code: "unauthorized" });
    }
  });

  it("refuses a cookie from before 'sign out everywhere'", async () => {
    const { user, cookieHeaders } = await createTestUser();
    request.headers = new Headers(cookieHeaders);
    await expect(signOutEverywhereAction({})).rejects.toThrow("NEXT_REDIRECT");
    expect(nextAuth.signOut).toHaveBeenCalledOnce();
    expect((await getUserById({ id: user.id }))!.session_version).toBe(user.session_version + 1);
    expect(await deleteAccountAction({ password: "whatever it is" })).toMatchObject({ status: "error", code: "unauthorized" });
  });

  it("change password reports a wrong current password on its field, and re-signs this browser in on success", async () => {
    const { user, password, cookieHeaders } = await createTestUser();
    request.headers = new Headers(cookieHeaders);
    expect(await changePasswordAction({ current_password: "not my password", new_password: "a brand new passphrase" })).toMatchObject({
      status: "error",
      fieldErrors: { current_password: expect.any(String) },
    });
    expect(await changePasswordAction({ current_password: password, new_password: "iloveyou" })).toMatchObject({
      status: "error",
      fieldErrors: { new_password: expect.stringMatching(/common/i) },
    });
    expect(await changePasswordAction({ current_password: password, new_password: "a brand new passphrase" })).toEqual({
      status: "ok",
      data: { changed: true },
    });
    expect(nextAuth.signIn).toHaveBeenCalledWith("credentials", {
      username: user.username,
      password: "a brand new passphrase",
      redirect: false,
    });
  });
});

describe("sign-in and registration actions", () => {
  it("sign-in maps next-auth's refusals to messages, including throttling", async () => {
    nextAuth.signIn.mockRejectedValueOnce(
      Object.assign(new Error("CredentialsSignin"), { type: "CredentialsSignin", code: "invalid_credentials" }),
    );
    expect(await loginAction({ username: "someone", password: "wrong password" })).toEqual({
      status: "error",
      code: "unauthorized",
      message: "Incorrect username or password.",
    });
    nextAuth.signIn.mockRejectedValueOnce(
      Object.assign(new Error("CredentialsSignin"), {
        type: "CredentialsSignin",
        code: "rate_limited",
        retryAfterSeconds: 600,
        userMessage: "Too many attempts. Please wait 10 minutes and try again.",
      }),
    );
    expect(await loginAction({ username: "someone", password: "wrong password" })).toEqual({
      status: "error",
      code: "rate_limited",
      message: "Too many attempts. Please wait 10 minutes and try again.",
      retryAfterSeconds: 600,
    });
  });

  it("sign-in rejects non-string credentials before anything else", async () => {
    expect(await loginAction({ username: { $ne: null }, password: "x" } as never)).toMatchObject({
      status: "error",
      code: "validation_failed",
    });
    expect(nextAuth.signIn).not.toHaveBeenCalled();
  });

  it("sign-in redirects only to a safe next path", async () => {
    await expect(loginAction({ username: "someone", password: "right password", next: "https://evil.example/" })).rejects.toMatchObject({
      digest: expect.stringContaining(";/dashboard;"),
    });
    await expect(loginAction({ username: "someone", password: "right password", next: "/interview/new" })).rejects.toMatchObject({
      digest: expect.stringContaining(";/interview/new;"),
    });
  });

  it("registration with an e-mail that already has an account tells nothing: no account, sign-in page with a neutral notice", async () => {
    const { user } = await createTestUser();
    // The new credentials belong to no account, so next-auth refuses them.
    nextAuth.signIn.mockRejectedValueOnce(
      Object.assign(new Error("CredentialsSignin"), { type: "CredentialsSignin", code: "invalid_credentials" }),
    );
    await expect(
      registerAction({
        email: user.email.toUpperCase(),
        username: "someone_new",
        password: "a perfectly fine passphrase",
        next: "/career",
      }),
    ).rejects.toMatchObject({ digest: expect.stringContaining(";/login?next=%2Fcareer&registered=1;") });
    expect(await getUserByLogin({ login: "someone_new" })).toBeNull();
  });

  it("registration creates the user, signs in, and reports field errors", async () => {
    await expect(
      registerAction({ email: "New.Person@Example.com", username: "new_person", password: "a perfectly fine passphrase" }),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    expect(await getUserByLogin({ login: "new.person@example.com" })).toMatchObject({ username: "new_person" });
    expect(nextAuth.signIn).toHaveBeenCalledOnce();
    expect(
      await registerAction({ email: "other@example.com", username: "new_person", password: "a perfectly fine passphrase" }),
    ).toMatchObject({
      status: "error",
      code: "conflict",
      fieldErrors: { username: expect.any(String) },
    });
    expect(await registerAction({ email: "x", username: "A B", password: "short" })).toMatchObject({
      status: "error",
      fieldErrors: { email: expect.any(String), username: expect.any(String), password: expect.any(String) },
    });
  });
});
