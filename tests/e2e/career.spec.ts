import { readFileSync } from "node:fs";
import path from "node:path";
import { type Page } from "@playwright/test";
import { expect, test } from "./a11y";
import JSZip from "jszip";
import { signUpAndSignIn } from "./helpers";

// The job application workspace end to end (offline engine): a profile from john_doe.pdf, a pasted job, the
// analysis, the tailored resume with its match, a friendly letter, a LinkedIn note within 300 characters,
// save, the list, exports (PDF and DOCX that open) and practising for the application.

const FIXTURES = path.resolve(process.cwd(), "../shared/fixtures");
const JOB_TEXT = readFileSync(path.join(FIXTURES, "jobs/e2e_backend-eng.txt"), "utf8");
const JOB_SKILLS = /python|fastapi|django|postgres|kafka|docker|kubernetes|redis|aws|asyncio|sql|microservice|ci\/cd/i;
async function shot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0)); // keeps the sticky header at the top of full-page captures
  await page.screenshot({ path: `artifacts/screenshots/career-${name}.png`, fullPage: true });
}

test.describe.configure({ mode: "serial" });

test("workspace: analyse, tailor, write, save, export and practise", async ({ page }) => {
  test.setTimeout(180_000);
  await signUpAndSignIn(page, { prefix: "career" });

  // Without a profile the workspace says so and links to /profile.
  await page.goto("/career/new");
  await expect(page.getByText("Create your profile first")).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your profile" })).toHaveAttribute("href", "/profile");
  await shot(page, "no-profile");

  // Profile from john_doe.pdf, uploaded with the signed-in browser's cookie.
  const upload = await page.request.post("/api/profile/upload-cv", {
    multipart: {
      file: { name: "john_doe.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(FIXTURES, "resumes/john_doe.pdf")) },
    },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(upload.status(), await upload.text()).toBe(200);

  // 1. The job: paste the text, see the analysis.
  await page.goto("/career/new");
  // The two ways in are WAI-ARIA tabs: arrow keys and Home move the selection (and focus) between them.
  const pasteTab = page.getByRole("tab", { name: "Paste the text" });
  const linkTab = page.getByRole("tab", { name: "Use a link" });
  await pasteTab.focus();
  await page.keyboard.press("ArrowRight");
  await expect(linkTab).toBeFocused();
  await expect(linkTab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByLabel("Job posting URL")).toBeVisible();
  await page.keyboard.press("Home");
  await expect(pasteTab).toBeFocused();
  await expect(pasteTab).toHaveAttribute("aria-selected", "true");
  await page.getByLabel("Job posting text").fill(JOB_TEXT);
  await shot(page, "paste");
  await page.getByRole("button", { name: "Analyse the job" }).click();
  await expect(page.getByRole("heading", { name: "Job analysis" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Job title")).not.toHaveValue("");
  await expect(page.getByRole("list", { name: "Hard skills" })).toContainText(JOB_SKILLS);

  // 2. The tailored resume: a match score and missing keywords (all three documents were asked for at once).
  const score = page.getByLabel(/^Match score \d+ out of 100$/);
  await expect(score).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("region", { name: "Missing keywords" })).toBeVisible();
  // The score explained: each keyword with its weight, and the sum behind the score.
  const scoreValue = Number((await score.getAttribute("aria-label"))!.match(/\d+/)![0]);
  await expect(page.getByRole("region", { name: "Matched keywords" }).getByRole("listitem").first()).toContainText(/weight [123], /);
  await expect(page.getByText(new RegExp(`Matched weight \\d+ of \\d+ = ${scoreValue}\\.`))).toBeVisible();
  await page.getByRole("heading", { name: "Job analysis" }).scrollIntoViewIfNeeded();
  await shot(page, "analysis");

  // 3. A friendly letter.
  const letter = page.getByLabel("Cover letter", { exact: true });
  await expect(letter).not.toHaveValue("", { timeout: 30_000 });
  const before = await letter.inputValue();
  await page.getByLabel("Tone").selectOption("friendly");
  await page.getByRole("button", { name: "Regenerate letter", exact: true }).click();
  await expect(letter).not.toHaveAttribute("aria-busy", "true", { timeout: 30_000 });
  await expect(letter).not.toHaveValue(before);
  await expect(letter).not.toHaveValue("");
  const letterText = await letter.inputValue();
  expect(letterText.length).toBeGreaterThan(200);

  // 4. Messages: a LinkedIn note of at most 300 characters, with its live count.
  const note = page.getByLabel("Note", { exact: true });
  await expect(note).not.toHaveValue("", { timeout: 30_000 });
  const noteText = await note.inputValue();
  expect(noteText.length).toBeLessThanOrEqual(300);
  await expect(page.getByTestId("linkedin-count")).toHaveText(`${noteText.length} / 300 characters`);
  await expect(page.getByLabel("Subject")).not.toHaveValue("");
  await score.scrollIntoViewIfNeeded();
  await shot(page, "documents");

  // 5. Save → the application's page; it is in the list.
  const jobTitle = await page.getByLabel("Job title").inputValue();
  await page.getByRole("button", { name: "Save application" }).click();
  await page.waitForURL(/\/career\/[a-f0-9]{24}$/, { timeout: 30_000 });
  const detailUrl = page.url();
  const id = detailUrl.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: jobTitle })).toBeVisible();
  await expect(page.getByLabel("Cover letter", { exact: true })).toHaveValue(letterText);
  await shot(page, "detail");

  // The status saves as soon as it changes, on the detail page as in the list (no "Save changes" needed).
  await page.getByRole("combobox", { name: "Application status" }).selectOption("interviewing");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeDisabled();
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Application status" })).toHaveValue("interviewing");

  await page.goto("/career");
  await expect(page.getByRole("link", { name: jobTitle })).toBeVisible();
  const listStatus = page.getByRole("combobox", { name: new RegExp(`^Status of ${escapeRegExp(jobTitle)}`) });
  await expect(listStatus).toHaveValue("interviewing");
  await listStatus.selectOption("applied");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await shot(page, "list");
  await page.reload();
  await expect(page.getByRole("combobox", { name: new RegExp(`^Status of ${escapeRegExp(jobTitle)}`) })).toHaveValue("applied");

  // Export: DOCX downloads and opens; the PDF of the print view is a PDF.
  await page.goto(detailUrl);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tailored resume as DOCX" }).click(),
  ]);
  const docxPath = test.info().outputPath("resume.docx");
  await download.saveAs(docxPath);
  const docx = readFileSync(docxPath);
  expect(docx.length).toBeGreaterThan(1000);
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  expect(xml).toMatch(/john/i);

  const [letterDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Cover letter as DOCX" }).click(),
  ]);
  const letterPath = test.info().outputPath("letter.docx");
  await letterDownload.saveAs(letterPath);
  expect((await JSZip.loadAsync(readFileSync(letterPath))).file("word/document.xml")).toBeTruthy();

  await page.getByRole("link", { name: "Tailored resume as PDF (print view)" }).click();
  await page.waitForURL(/\/print\?doc=resume$/);
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await shot(page, "print-resume");
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  await page.emulateMedia({ media: "screen" });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdf.length).toBeGreaterThan(5000);

  // Practise for this application: the interview setup is filled from the job; its questions use the job's skills.
  await page.goto(detailUrl);
  await page.getByRole("link", { name: "Practise for this application" }).first().click();
  await page.waitForURL(new RegExp(`/interview/new\\?application_id=${id}$`));
  await expect(page.getByLabel("Role")).not.toHaveValue("");
  await page.getByRole("button", { name: "Generate questions" }).click();
  const questions = page.getByRole("list", { name: "Generated questions" });
  await expect(questions).toBeVisible({ timeout: 30_000 });
  await expect(questions).toContainText(JOB_SKILLS);
  await shot(page, "practise");
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/\/interview\/[a-f0-9]{24}$/, { timeout: 30_000 });

  // The application lists the interview.
  await page.goto(detailUrl);
  const linked = page.getByRole("list", { name: "Practice interviews for this application" });
  await expect(linked.getByRole("link")).toHaveCount(1);
  await shot(page, "detail-with-interview");

  // Delete with confirmation.
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await page.waitForURL(/\/career$/);
  await expect(page.getByText("No applications yet")).toBeVisible();
});

test("a job URL the server must not fetch is refused, and the paste box takes over", async ({ page }) => {
  await signUpAndSignIn(page, { prefix: "careerurl" });
  const upload = await page.request.post("/api/profile/upload-cv", {
    multipart: {
      file: { name: "john_doe.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(FIXTURES, "resumes/john_doe.pdf")) },
    },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(upload.status()).toBe(200);
  await page.goto("/career/new");
  await page.getByRole("tab", { name: "Use a link" }).click();
  await page.getByLabel("Job posting URL").fill("http://169.254.169.254/latest/meta-data/");
  await page.getByRole("button", { name: "Analyse the job" }).click();
  const paste = page.getByLabel("Job posting text");
  await expect(paste).toBeFocused();
  await expect(page.getByText(/can't fetch that address/i).first()).toBeVisible();
  await shot(page, "url-refused");

  // Nothing typed is lost: the draft survives a reload.
  await paste.fill("Staff Data Engineer at Example Analytics. Requirements: Spark, Airflow, SQL.");
  await page.reload();
  await expect(page.getByLabel("Job posting text")).toHaveValue(/Staff Data Engineer at Example Analytics/);
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
