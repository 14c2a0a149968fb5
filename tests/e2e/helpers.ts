import { expect, type Page } from "@playwright/test";

// Shared end-to-end helpers. Other specs use signUpAndSignIn() to start from a fresh, signed-in user:
//   const { username } = await signUpAndSignIn(page, { prefix: "career" });

export type E2eUser = { username: string; email: string; password: string };

let counter = 0;

/** A new user's credentials (not yet registered). Usernames stay within 3–32 chars of [a-z0-9_.-]. */
export function freshCredentials(prefix = "e2e"): E2eUser {
  const tag = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const clean =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9_.-]/g, "")
      .slice(0, 12) || "e2e";
  const username = `${clean}_${tag}`.slice(0, 32);
  return { username, email: `${username}@example.com`, password: `Pw-${tag}-long-enough` };
}

/** Registers through the API (fast), then signs in through the /login form like a person; ends on a signed-in page. */
export async function signUpAndSignIn(page: Page, opts: { prefix?: string; next?: string } = {}): Promise<E2eUser> {
  const user = freshCredentials(opts.prefix);
  const res = await page.request.post("/api/auth/register", { data: user });
  expect(res.status(), `register ${user.username}: ${await res.text()}`).toBe(201);
  await signIn(page, user, opts.next);
  return user;
}

/** Signs in through the /login form and waits until the browser has left the login page. */
export async function signIn(page: Page, user: Pick<E2eUser, "username" | "password">, next?: string): Promise<void> {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("Username or e-mail").fill(user.username);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 30_000 });
}

/** Signs out through the user menu and waits for the public page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}
