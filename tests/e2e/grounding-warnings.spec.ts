import { readFileSync } from "node:fs";
import path from "node:path";
import { type Page, type Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signUpAndSignIn } from "./helpers";

// What grounding removed, as a person sees it (issues 13 and 21). The e2e server runs the offline engine, whose
// documents need no removals; the warnings a model's reply would carry are added to the server's real replies here
// (the server side — a lying model through the fake Gemini — is tested in tests/integration/). Checked: the panel
// on each document of the workspace, on the saved application, and on the profile page after an upload; it is a
// status region with a plain title, a hint and the list; on a phone-sized screen too.

const FIXTURES = path.resolve(process.cwd(), "../shared/fixtures");
const JOHN_DOE = path.join(FIXTURES, "resumes/john_doe.pdf");
const JOB_TEXT = readFileSync(path.join(FIXTURES, "jobs/e2e_backend-eng.txt"), "utf8");

const RESUME_WARNING = "Removed “Led a team of 12 engineers”: your profile does not show a team of 12.";
const LETTER_WARNINGS = [
  "Removed “Globex Corporation later promoted me to lead engineer.”: your profile does not show Globex Corporation.",
  "Removed “I was named Engineer of the Year at ABC Company.”: your profile does not show this award.",
];
const MESSAGES_WARNING = "Removed “I cut hosting costs by 30%.”: your profile does not show this figure for that job.";
const CV_TEXT = [
  "Avery Stone",
  "avery.stone@example.com | Berlin, Germany",
  "Senior Backend Engineer",
  "",
  "Experience",
  "Senior Backend Engineer — Northwind Labs (Mar 2021 – Present)",
  "- Led a team of 4 engineers building the payments API in Python and FastAPI",
  "- Cut API p95 latency from 800 ms to 200 ms with Redis caching",
  "",
  "Skills",
  "Python, FastAPI, PostgreSQL, Redis, Docker",
].join("\n");
const CV_WARNING = "Left out the job “CTO at Google”: your CV does not show Google.";

const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0)); // keeps the sticky header at the top of full-page captures
  await page.screenshot({ path: `artifacts/screenshots/warnings-${name}.png`, fullPage: true });
};

/** The server's own JSON reply with `warnings` added. */
async function withWarnings(route: Route, warnings: string[]) {
  const res = await route.fetch();
  const body = await res.json();
  await route.fulfill({ response: res, json: { ...body, warnings } });
}

/** The server's own NDJSON letter stream with warning events before its end, as a grounding model's stream sends them. */
async function letterWithWarnings(route: Route) {
  const res = await route.fetch();
  const events = (await res.text())
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string });
  const body = [
    ...events.filter((e) => e.type === "text"),
    ...LETTER_WARNINGS.map((warning) => ({ type: "warning", warning })),
    { type: "done", warnings: LETTER_WARNINGS },
  ];
  await route.fulfill({ response: res, body: body.map((e) => JSON.stringify(e)).join("\n") + "\n" });
}

test("the workspace and the saved application say what was removed from each document, and why", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpAndSignIn(page, { prefix: "warnings" });
  const upload = await page.request.post("/api/profile/upload-cv", {
    multipart: { file: { name: "john_doe.pdf", mimeType: "application/pdf", buffer: readFileSync(JOHN_DOE) } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(upload.status()).toBe(200);

  await page.route("**/api/career/tailor-resume", (r) => withWarnings(r, [RESUME_WARNING]));
  await page.route("**/api/career/generate-letter/stream", letterWithWarnings);
  await page.route("**/api/career/generate-messages", (r) => withWarnings(r, [MESSAGES_WARNING]));

  await page.goto("/career/new");
  await page.getByLabel("Job posting text").fill(JOB_TEXT);
  await page.getByRole("button", { name: "Analyse the job" }).click();

  const resumeList = page.getByRole("list", { name: "What was removed from the resume" });
  await expect(resumeList).toHaveText(RESUME_WARNING, { timeout: 30_000 });
  const letterList = page.getByRole("list", { name: "What was removed from the cover letter" });
  await expect(letterList.getByRole("listitem")).toHaveText(LETTER_WARNINGS, { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "What was removed from the messages" })).toHaveText(MESSAGES_WARNING, { timeout: 30_000 });
  // A status region with a plain title and what to do about it.
  const letterPanel = page.getByRole("status").filter({ has: letterList });
  await expect(letterPanel).toContainText("Removed from the cover letter because your profile doesn't show it");
  await expect(letterPanel).toContainText("If something here is true, add it to your profile and regenerate.");
  // The letter's text arrived with its warnings.
  await expect(page.getByLabel("Cover letter", { exact: true })).toHaveValue(/^Dear /);
  await letterPanel.scrollIntoViewIfNeeded();
  await shot(page, "workspace");

  // Saved, the application keeps the letter's warnings.
  await page.getByRole("button", { name: "Save application" }).click();
  await page.waitForURL(/\/career\/[a-f0-9]{24}$/, { timeout: 30_000 });
  await expect(page.getByRole("list", { name: "What was removed from the cover letter" }).getByRole("listitem")).toHaveText(
    LETTER_WARNINGS,
  );
  await page.reload();
  await expect(page.getByRole("list", { name: "What was removed from the cover letter" }).getByRole("listitem")).toHaveText(
    LETTER_WARNINGS,
  );
  await shot(page, "application");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("list", { name: "What was removed from the cover letter" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "artifacts/screenshots/warnings-application-phone.png" });
  // Nothing sticks out sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the profile page says what the check against the CV left out of a reading", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpAndSignIn(page, { prefix: "cvwarn", next: "/profile" });
  await page.route("**/api/profile/upload-cv", (r) => withWarnings(r, [CV_WARNING]));
  await page.goto("/profile");
  // Pasted text (a JSON request): Playwright's route.fetch() does not pass a file upload's multipart body on.
  await page.getByRole("textbox", { name: "Or paste the text of your CV" }).fill(CV_TEXT);
  await page.getByRole("button", { name: "Read pasted text" }).click();
  await expect(page.getByText("Your CV was read")).toBeVisible({ timeout: 30_000 });
  const list = page.getByRole("list", { name: "What was left out of your profile" });
  await expect(list).toHaveText(CV_WARNING);
  const panel = page.getByRole("status").filter({ has: list });
  await expect(panel).toContainText("Left out of your profile because your CV doesn't show it");
  await expect(panel).toContainText("add it to your CV and upload it again, or type it into the form below");
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "artifacts/screenshots/warnings-profile.png" });
  // Shown once, for that upload: not after a reload (warnings are not stored).
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Avery Stone");
  await expect(page.getByRole("list", { name: "What was left out of your profile" })).toHaveCount(0);
});
