import path from "node:path";
import { type Page } from "@playwright/test";
import { expect, expectNoSidewaysScroll, test } from "./a11y";
import { signUpAndSignIn } from "./helpers";

// Profile: upload john_doe.pdf → the form shows the name and both jobs → edit the headline → save → reload → kept.
// Then a re-upload asks before replacing the edited headline. Screenshots in artifacts/screenshots/profile-*.png.

const JOHN_DOE = path.resolve(process.cwd(), "../shared/fixtures/resumes/john_doe.pdf");
const HEADLINE = "Full-stack Java developer who ships reliable Angular front-ends";

// Viewport shots on a tall window: full-page shots paint the sticky header and save bar mid-page.
const shot = (page: Page, name: string) => page.screenshot({ path: `artifacts/screenshots/profile-${name}.png` });

test.use({ viewport: { width: 1280, height: 1400 } });

test("upload a CV, edit the profile, save, and find the edit after a reload", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpAndSignIn(page, { prefix: "profile", next: "/profile" });
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await expect(page.getByText("No profile yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Practise an interview" })).toBeVisible();
  await shot(page, "empty");

  await page.getByLabel("CV file").setInputFiles(JOHN_DOE);
  await expect(page.getByText("Your CV was read")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("Parsed by the offline engine", { exact: true })).toBeVisible();

  const name = page.getByLabel("Name", { exact: true });
  await expect(name).toHaveValue("John Doe");
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("john.doe@email.com");
  const job1 = page.getByRole("group", { name: "Job 1" });
  const job2 = page.getByRole("group", { name: "Job 2" });
  await expect(job1.getByLabel("Title", { exact: true })).toHaveValue("Full Stack Java Developer");
  await expect(job1.getByLabel("Company", { exact: true })).toHaveValue(/ABC Company/);
  await expect(job2.getByLabel("Title", { exact: true })).toHaveValue("Software Developer");
  await expect(job2.getByLabel("Company", { exact: true })).toHaveValue(/XYZ Solutions/);
  // The completeness meter names what is empty or doubtful in what was read.
  await expect(page.getByRole("meter", { name: "Profile completeness" })).toHaveAttribute("aria-valuenow", /^\d+$/);
  await page.getByRole("heading", { name: "Your profile", level: 2 }).scrollIntoViewIfNeeded();
  await shot(page, "parsed");

  const headline = page.getByLabel("Headline", { exact: true });
  await headline.fill(HEADLINE);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(HEADLINE);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("John Doe");
  await shot(page, "saved");

  // A skill added with the tag input survives a save too, and can be removed by its button.
  const technical = page.getByRole("textbox", { name: "Technical skills", exact: true });
  await technical.fill("Kotlin");
  await technical.press("Enter");
  const technicalList = page.getByRole("list", { name: "Technical skills", exact: true });
  await expect(technicalList.getByRole("button", { name: "Remove Kotlin" })).toBeVisible();

  // Comma adds too; the same skill in another case is not added twice; a pasted list is split; Backspace in the
  // empty box removes the last tag; a remove button removes its tag and leaves the focus in the box.
  await technical.pressSequentially("Elixir,");
  await technical.fill("kotlin");
  await technical.press("Enter");
  await expect(technicalList.getByRole("button", { name: /^Remove kotlin$/i })).toHaveCount(1);
  await expect(technical).toHaveValue("");
  await technical.evaluate((box) => {
    const data = new DataTransfer();
    data.setData("text", "Rust, Zig\nOCaml");
    box.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  for (const tag of ["Elixir", "Rust", "Zig", "OCaml"])
    await expect(technicalList.getByRole("button", { name: `Remove ${tag}` })).toBeVisible();
  await technical.press("Backspace");
  await expect(technicalList.getByRole("button", { name: "Remove OCaml" })).toHaveCount(0);
  await technicalList.getByRole("button", { name: "Remove Zig" }).click();
  await expect(technicalList.getByRole("button", { name: "Remove Zig" })).toHaveCount(0);
  await expect(technical).toBeFocused();
  await technical.scrollIntoViewIfNeeded();
  await shot(page, "tags");

  // Re-uploading asks first, listing the field edited by hand; keeping the edits keeps the headline.
  await page.getByLabel("CV file").setInputFiles(JOHN_DOE);
  const dialog = page.getByRole("dialog", { name: "Replace your edits?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("listitem").filter({ hasText: "Headline" })).toBeVisible();
  await shot(page, "confirm");
  await dialog.getByRole("button", { name: "Keep my edits" }).click();
  await expect(page.getByText("Your CV was read")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue(HEADLINE);

  // A file of the wrong type is refused at once, without Retry: it would send the previous CV again (issue 19).
  await page.getByLabel("CV file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("png") });
  const typeError = page.getByRole("alert").filter({ hasText: "Choose a PDF, DOCX, TXT or MD file" });
  await expect(typeError).toBeVisible();
  await expect(typeError.getByRole("button", { name: "Retry" })).toHaveCount(0);
  await expect(typeError.getByRole("button", { name: "Choose another file" })).toBeVisible();

  // A long link truncates inside its chip: the page never scrolls sideways on a 360 px phone (issue 19).
  const links = page.getByRole("textbox", { name: "Links", exact: true });
  await links.fill("https://www.linkedin.com/in/john-doe-full-stack-java-developer-with-a-very-long-profile-address-1234567890");
  await links.press("Enter");
  await expectNoSidewaysScroll(page, "a long link");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("heading", { name: "Your profile", level: 2 }).scrollIntoViewIfNeeded();
  await shot(page, "mobile");
});

test("a refused file says why and offers a retry; pasted text stays in its box; dark mode", async ({ page }) => {
  await signUpAndSignIn(page, { prefix: "profile2", next: "/profile" });
  await page.goto("/profile");
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);

  // A fake PDF (text content behind a .pdf name) is refused by content: the reason and a Retry button show.
  await page.getByLabel("CV file").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("not really a pdf") });
  await expect(page.getByRole("alert").filter({ hasText: "Your CV could not be read" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
  await shot(page, "error-dark");

  const pasted = "Jane Roe\njane.roe@example.com\n\nEXPERIENCE\nData Analyst, Contoso, May 2019 - Present\n";
  await page.getByLabel("Or paste the text of your CV").fill(pasted);
  await page.getByRole("button", { name: "Read pasted text" }).click();
  await expect(page.getByText("Your CV was read")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Or paste the text of your CV")).toHaveValue(pasted);
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue("jane.roe@example.com");
  await shot(page, "parsed-dark");
});

test("strengths and weaknesses from evaluated interviews show beside the profile", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpAndSignIn(page, { prefix: "profile3", next: "/profile" });
  const saved = await page.request.post("/api/interview/save", {
    data: {
      role: "Backend developer",
      level: "mid",
      type: "behavioral",
      techstack: ["Java"],
      questions: ["Tell me about a time you fixed a production incident.", "How do you handle disagreement in code review?"],
      answers: [
        "Situation: our checkout API started timing out at peak. Task: I was on call. Action: I traced it to a missing index, added it and a load test. Result: p95 latency fell from 2 seconds to 200 milliseconds and we wrote a runbook.",
        "I ask questions first, then explain my reasoning with data, for example benchmark numbers, and we agree on a follow-up.",
      ],
    },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  const { id } = await saved.json();
  const evaluated = await page.request.post(`/api/interview/${id}/evaluate`);
  expect(evaluated.status(), await evaluated.text()).toBe(200);

  await page.goto("/profile");
  const panel = page.getByRole("complementary", { name: "Interview strengths and weaknesses" });
  await expect(panel.getByText("Gathered from 1 evaluated interview.", { exact: false })).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Average scores" })).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Strengths" })).toBeVisible();
  await expect(panel.getByRole("heading", { name: "To work on" })).toBeVisible();
  await shot(page, "traits");

  // Without a CV, the profile can be typed in by hand.
  await page.getByRole("button", { name: "Fill it in by hand" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Jane Roe");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Jane Roe");
  await expect(page.getByText("Entered by hand", { exact: true })).toBeVisible();
});
