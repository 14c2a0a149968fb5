import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../../tests/e2e/helpers";

const FIXTURES = path.resolve(process.cwd(), "../shared/fixtures");
const TAG = process.env.SHOTS_TAG ?? "now";
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `artifacts/screens/${TAG}/${name}-${size}.png`, fullPage: true });
  }
}

async function post<T>(page: Page, url: string, data: unknown): Promise<T> {
  const res = await page.request.post(url, { data, headers: { origin: new URL(page.url()).origin } });
  expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

test("landing, profile and application pages", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await shoot(page, "landing");

  await signUpAndSignIn(page, { prefix: "shots" });
  const upload = await page.request.post("/api/profile/upload-cv", {
    multipart: {
      file: { name: "john_doe.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(FIXTURES, "resumes/john_doe.pdf")) },
    },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(upload.status(), await upload.text()).toBe(200);
  await page.goto("/profile");
  await shoot(page, "profile");

  const job_text = readFileSync(path.join(FIXTURES, "jobs/e2e_backend-eng.txt"), "utf8");
  const job_data = await post<Record<string, unknown>>(page, "/api/career/analyze-job", { job_text });
  const tailored_resume = await post(page, "/api/career/tailor-resume", { job_data });
  const letter = await post<{ cover_letter: string }>(page, "/api/career/generate-letter", { job_data, tailored_resume });
  const messages = await post(page, "/api/career/generate-messages", { job_data, tailored_resume });
  const saved = await post<{ id: string }>(page, "/api/career/save-application", {
    job_data,
    tailored_resume,
    cover_letter: letter.cover_letter,
    messages,
  });
  await page.goto(`/career/${saved.id}`);
  await shoot(page, "application");
});
