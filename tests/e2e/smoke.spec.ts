import { expect, test } from "./a11y";

test("landing page explains InterVu and offers sign-up", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("interview");
  await expect(page.getByRole("link", { name: "Create a free account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.screenshot({ path: "artifacts/screenshots/landing-light.png", fullPage: true });

  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/); // the choice survives a reload
  await page.screenshot({ path: "artifacts/screenshots/landing-dark.png", fullPage: true });
});

test("health route reports the embedded defaults", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: "sqlite", ai_engine: "offline" });
});

test("unknown pages show a helpful 404", async ({ page }) => {
  const res = await page.goto("/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go home" })).toBeVisible();
});
