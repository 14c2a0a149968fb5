import { type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./a11y";
import { signUpAndSignIn } from "./helpers";

// Drafts that cannot go backwards (issue 19), on the practice page: Back after a save, F5 while typing, two tabs
// typing the same answer, and offline then online. Each ends by reading what the server kept.

const QUESTIONS = ["Tell me about a time you disagreed with a teammate.", "How would you design a rate limiter?"];

async function newInterview(page: Page): Promise<string> {
  const res = await page.request.post("/api/interview/save", {
    headers: { Origin: new URL(page.url()).origin },
    data: { questions: QUESTIONS, answers: [], role: "Backend developer", level: "mid", type: "mixed", techstack: ["Go"] },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function serverAnswer(request: APIRequestContext, id: string, index = 0): Promise<string> {
  const res = await request.get(`/api/interview/${id}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { answers: string[] }).answers[index] ?? "";
}

const saved = (page: Page) => expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("intervu-speech-prefs", JSON.stringify({ enabled: false, voiceURI: null, rate: 1 })));
  await signUpAndSignIn(page, { prefix: "drafts" });
});

test("Back after a save shows the saved answer, and typing on goes on from it", async ({ page }) => {
  const id = await newInterview(page);
  await page.goto(`/interview/${id}`);
  const answer = page.getByLabel("Your answer");
  await answer.fill("We disagreed about caching; I wrote a short benchmark and we chose by the numbers.");
  await saved(page);

  await page.getByRole("link", { name: "Dashboard" }).first().click();
  await page.waitForURL(/\/dashboard$/);
  await page.goBack();
  await page.waitForURL(new RegExp(`/interview/${id}$`));
  await expect(answer).toHaveValue("We disagreed about caching; I wrote a short benchmark and we chose by the numbers.");

  await answer.press("End");
  await answer.pressSequentially(" It shipped a week early.");
  await saved(page);
  expect(await serverAnswer(page.request, id)).toBe(
    "We disagreed about caching; I wrote a short benchmark and we chose by the numbers. It shipped a week early.",
  );
});

test("F5 while typing brings the text back at once, and it is saved", async ({ page }) => {
  const id = await newInterview(page);
  await page.goto(`/interview/${id}`);
  const answer = page.getByLabel("Your answer");
  await answer.pressSequentially("A token bucket per key, kept in Redis", { delay: 5 });
  await page.reload(); // before the autosave's debounce has run
  await expect(answer).toHaveValue("A token bucket per key, kept in Redis");
  // Saved either by the save sent as the page unloaded or by the reloaded page; the indicator never says "Not saved".
  await expect.poll(() => serverAnswer(page.request, id), { timeout: 15_000 }).toBe("A token bucket per key, kept in Redis");
  await expect(page.locator("[data-save-status]")).not.toHaveAttribute("data-save-status", /error|offline/);
  await expect(answer).toHaveValue("A token bucket per key, kept in Redis");
});

test("two tabs typing the same answer: the stale save is refused and merged, nothing is lost", async ({ page, context }) => {
  const id = await newInterview(page);
  const other = await context.newPage();
  await page.goto(`/interview/${id}`);
  await other.goto(`/interview/${id}`);
  const inA = page.getByLabel("Your answer");
  const inB = other.getByLabel("Your answer");
  await expect(inB).toHaveValue("");

  await inA.fill("Tab A: we compared both designs in a spike.");
  await saved(page);
  await inB.fill("Tab B: the outcome was a shared library.");
  await expect(other.getByText("Changed in two places — both kept")).toBeVisible();
  await expect(inB).toHaveValue("Tab A: we compared both designs in a spike.\n\nTab B: the outcome was a shared library.");
  await saved(other);

  // Tab A still holds the older revision: its next save is refused, merged, and saved on top.
  await inA.press("End");
  await inA.pressSequentially(" It took two days.");
  await saved(page);
  await expect(inA).toHaveValue(
    "Tab A: we compared both designs in a spike. It took two days.\n\nTab B: the outcome was a shared library.",
  );
  expect(await serverAnswer(page.request, id)).toBe(
    "Tab A: we compared both designs in a spike. It took two days.\n\nTab B: the outcome was a shared library.",
  );
});

test("offline then online: the answer is kept on the device, then saved", async ({ page, context }) => {
  const id = await newInterview(page);
  await page.goto(`/interview/${id}`);
  await expect(page.locator("[data-save-status]")).toBeVisible();
  await context.setOffline(true);
  const answer = page.getByLabel("Your answer");
  await answer.fill("Written on a train without signal.");
  await expect(page.getByText("Offline — kept on this device, saves when you are back online")).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate((key) => localStorage.getItem(key), `intervu-draft:interview:${id}:0`)).toContain("Written on a train");

  await context.setOffline(false);
  await saved(page);
  expect(await serverAnswer(page.request, id)).toBe("Written on a train without signal.");
});
