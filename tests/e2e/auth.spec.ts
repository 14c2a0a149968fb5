import { expect, expectAccessible, test } from "./a11y";
import { freshCredentials, signIn, signOut, signUpAndSignIn } from "./helpers";

// The accounts journey in a real browser: register → sign out → sign in → a protected page → a wrong password
// shows the error → "sign out everywhere" makes a cookie saved earlier useless.

test("register, sign out, sign in, protected page, wrong password, sign out everywhere", async ({ page, browser, baseURL }) => {
  const user = freshCredentials("auth");

  // Register through the form; per-field errors first.
  await page.goto("/register");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Username").fill("No Spaces Allowed");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByText(/Use only lower-case letters/)).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/auth-register-errors.png", fullPage: true });
  await page.getByLabel("Password", { exact: true }).fill("password1");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Username").fill(user.username);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/too common/i)).toBeVisible(); // the server's rule, shown on the field
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/register"));
  await expect(page.getByTestId("signed-in-username")).toHaveText(user.username);

  // The user menu follows the WAI-ARIA menu button pattern: the keyboard opens it on the first item, arrows move,
  // Escape closes it and gives focus back to the button.
  const menuButton = page.getByRole("button", { name: /account menu/i });
  await menuButton.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Account" })).toBeFocused();
  await expectAccessible(page, "account menu open");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Account" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(menuButton).toBeFocused();

  // Sign out from the user menu. A copy of the cookie taken before stops working at once (revoked on the server).
  const beforeSignOut = await page.context().cookies();
  await menuButton.click();
  await expect(page.getByRole("menuitem", { name: "Account" })).toBeVisible();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  const copy = await browser.newContext({ baseURL });
  await copy.addCookies(beforeSignOut);
  const copied = await copy.newPage();
  expect((await copied.request.get("/api/auth/me")).status()).toBe(401);
  await copied.goto("/account");
  await expect(copied).toHaveURL(/\/login/);
  await copy.close();

  // A protected page sends us to sign in, and back after.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);

  // A wrong password shows the error and keeps us on the form.
  await page.getByLabel("Username or e-mail").fill(user.username);
  await page.getByLabel("Password", { exact: true }).fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect username or password." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/account");
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await expect(page.getByTestId("signed-in-username")).toHaveText(user.username);
  await page.screenshot({ path: "artifacts/screenshots/auth-account.png", fullPage: true });

  // Keep a copy of this browser's cookies, as a thief would.
  const saved = await page.context().cookies();
  expect(saved.some((c) => c.name.endsWith("authjs.session-token") && c.httpOnly)).toBe(true);

  // Download my data.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  expect((await download).suggestedFilename()).toMatch(/^intervu-.+\.json$/);

  // Sign out everywhere.
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await page.waitForURL(/\/login/);
  await expect(page.getByText("You have been signed out on every device.")).toBeVisible();

  // The saved cookie no longer works, for pages and for the API.
  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(saved);
  const stolen = await thief.newPage();
  await stolen.goto("/account");
  await expect(stolen).toHaveURL(/\/login/);
  const api = await stolen.request.get("/api/auth/me");
  expect(api.status()).toBe(401);
  await thief.close();

  // The real user can still sign in again.
  await signIn(page, user, "/account");
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
});

test("the return address after sign-in must stay on this site", async ({ page }) => {
  const user = freshCredentials("redir");
  expect((await page.request.post("/api/auth/register", { data: user })).status()).toBe(201);
  await signIn(page, user, "https://evil.example/steal");
  await expect(page).not.toHaveURL(/evil\.example/);
  await expect(page).toHaveURL(/\/dashboard/);
});

test("an API client signs in with a bearer token", async ({ request }) => {
  const user = freshCredentials("api");
  expect((await request.post("/api/auth/register", { data: user })).status()).toBe(201);
  const login = await request.post("/api/auth/login", { form: { username: user.email, password: user.password } });
  expect(login.status()).toBe(200);
  const { access_token, token_type } = await login.json();
  expect(token_type).toBe("bearer");
  const me = await request.get("/api/auth/me", { headers: { Authorization: `Bearer ${access_token}` } });
  expect(await me.json()).toMatchObject({ username: user.username, email: user.email });
  expect((await request.get("/api/auth/me")).status()).toBe(401);
});

test("failed sign-ins by someone else slow a new browser down but never keep the owner's browser out", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const user = freshCredentials("throttle");
  expect((await page.request.post("/api/auth/register", { data: user })).status()).toBe(201);
  // The owner has signed in with this browser before: it keeps an httpOnly device cookie.
  await page.goto("/login");
  await page.screenshot({ path: "artifacts/screenshots/auth-login.png", fullPage: true });
  await signIn(page, user);
  const device = (await page.context().cookies()).find((c) => c.name === "intervu-device");
  expect(device?.httpOnly).toBe(true);
  await signOut(page);

  // Someone else, elsewhere, guesses: after six failures the account makes every new attempt wait.
  for (let i = 0; i < 6; i++) {
    expect((await request.post("/api/auth/login", { data: { username: user.username, password: `guess number ${i}` } })).status()).toBe(
      401,
    );
  }
  const refused = await request.post("/api/auth/login", { data: { username: user.username, password: "guess number 7" } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);

  // A browser that never signed in is told to wait, even with the right password ...
  const stranger = await browser.newContext({ baseURL });
  const other = await stranger.newPage();
  await other.goto("/login");
  await other.getByLabel("Username or e-mail").fill(user.username);
  await other.getByLabel("Password", { exact: true }).fill(user.password);
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(
    other.getByRole("alert").filter({ hasText: /Too many failed sign-ins for this account\. Please wait \d+ seconds/ }),
  ).toBeVisible();
  await expect(other).toHaveURL(/\/login/);
  await other.screenshot({ path: "artifacts/screenshots/auth-login-throttled.png", fullPage: true });
  await stranger.close();

  // ... while the owner's browser signs in at once.
  await signIn(page, user, "/account");
  await expect(page.getByTestId("signed-in-username")).toHaveText(user.username);
});

test("change password, then delete the account", async ({ page }) => {
  const user = await signUpAndSignIn(page, { prefix: "acct", next: "/account" });
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();

  // Change password: the current one is required.
  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That password is not correct.")).toBeVisible();
  await page.getByLabel("Current password").fill(user.password);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText(/Password changed/)).toBeVisible();
  // This browser stays signed in under the new password.
  await page.reload();
  await expect(page.getByTestId("signed-in-username")).toHaveText(user.username);

  // Delete the account: the password is required.
  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Your password").fill(user.password); // the old one no longer works
  await page.getByRole("button", { name: "Delete my account permanently" }).click();
  await expect(page.getByText("That password is not correct.")).toBeVisible();
  await page.getByLabel("Your password").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Delete my account permanently" }).click();
  await page.waitForURL(/\/login/);
  await expect(page.getByText("Your account has been deleted.")).toBeVisible();

  const login = await page.request.post("/api/auth/login", { data: { username: user.username, password: "a brand new passphrase" } });
  expect(login.status()).toBe(401);
});
