import { type Page } from "@playwright/test";
import { expect, test } from "./a11y";
import { signUpAndSignIn } from "./helpers";

// The practice flow a person goes through, against the production build with the offline engine:
// set up → generate → start → type two answers → reload mid-way → finish → report → history → delete.

const ANSWER_ONE =
  "At my last job I led the move of our checkout page to React. First I measured the slowest steps, then I split the work " +
  "into three releases. As a result the page loaded 40% faster and support tickets dropped by a third.";
const ANSWER_TWO = "React re-renders a component when its state or props change, or when its parent renders again.";

/** A full-page screenshot from the top (the browser restores the scroll position on reload; the header is sticky). */
async function shot(page: Page, name: string) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
}

async function waitForSaved(page: Page) {
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });
}

test("create, answer, resume, evaluate, review and delete an interview", async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => localStorage.setItem("intervu-speech-prefs", JSON.stringify({ enabled: false, voiceURI: null, rate: 1 })));
  await signUpAndSignIn(page, { prefix: "intv" });

  // Setup: the questions are shown before starting and can be regenerated.
  await page.goto("/interview/new");
  await page.getByLabel("Role").fill("Frontend developer");
  await page.getByLabel("Level").selectOption("mid");
  await page.getByLabel("Type").selectOption("mixed");
  const stack = page.getByRole("textbox", { name: "Tech stack" });
  await stack.fill("React");
  await stack.press("Enter");
  await stack.fill("TypeScript");
  await stack.press("Enter");
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Generate questions" }).click();
  const preview = page.getByRole("list", { name: "Generated questions" });
  await expect(preview.getByRole("listitem")).toHaveCount(3);
  await page.getByRole("button", { name: "Regenerate", exact: true }).click();
  await expect(preview.getByRole("listitem")).toHaveCount(3);
  await shot(page, "interview-setup-light");
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/\/interview\/[a-f0-9]{24}$/);
  const interviewUrl = page.url();

  // Practice: type two answers; each is autosaved.
  await expect(page.getByText("Question 1 of 3")).toBeVisible();
  const answer = page.getByLabel("Your answer");
  await answer.fill(ANSWER_ONE);
  await waitForSaved(page);
  await page.getByRole("button", { name: "Next question", exact: true }).click();
  await expect(page.getByText("Question 2 of 3")).toBeVisible();
  await answer.fill(ANSWER_TWO);
  await waitForSaved(page);
  await shot(page, "interview-practice-light");

  // Reload in the middle (in the dark theme this time): back on question 2 with both answers kept.
  await page.evaluate(() => localStorage.setItem("intervu-theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expect(page.getByText("Question 2 of 3")).toBeVisible();
  await expect(answer).toHaveValue(ANSWER_TWO);
  await shot(page, "interview-practice-dark");
  await page.getByRole("button", { name: "Question 1, answered" }).click();
  await expect(answer).toHaveValue(ANSWER_ONE);

  // Question 3 is skipped; finish → evaluate → report.
  await page.getByRole("button", { name: "Question 3, not answered yet" }).click();
  await expect(page.getByText("Question 3 of 3")).toBeVisible();
  await page.getByRole("button", { name: "Finish interview" }).click();
  await expect(page.getByText("You answered 2 of 3 questions.")).toBeVisible();
  await page.getByRole("button", { name: "Finish and evaluate" }).click();
  await page.waitForURL(`${interviewUrl}/report`, { timeout: 60_000 });

  await expect(page.getByText("Interview report", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /Overall score: \d+(\.\d)? out of 10/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Scores by criterion/ })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await expect(page.getByText("Not answered")).toBeVisible();
  await expect(page.getByText(/Evaluated by the offline engine/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeVisible();
  const firstQuote = (await page.locator("mark").first().textContent()) ?? "";
  expect(ANSWER_ONE + ANSWER_TWO).toContain(firstQuote);
  await shot(page, "interview-report-dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await shot(page, "interview-report-light");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // History lists it with its score; delete with confirmation.
  await page.goto("/interview");
  const row = page.getByRole("listitem").filter({ hasText: "Frontend developer" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Mixed");
  await expect(row).toContainText("Evaluated");
  await shot(page, "interview-history-light");
  await row.getByRole("button", { name: /Delete interview/ }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this interview?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete interview" }).click();
  await expect(row).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("No interviews yet")).toBeVisible();
});

test("the dashboard welcomes a new user with a way to start", async ({ page }) => {
  await signUpAndSignIn(page, { prefix: "dash" });
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /Start your first practice interview/ })).toBeVisible();
  await page.getByRole("link", { name: "Start an interview" }).click();
  await page.waitForURL(/\/interview\/new$/);
});

test("the dashboard charts the score trend and the recurring traits", async ({ page }) => {
  test.setTimeout(90_000);
  await signUpAndSignIn(page, { prefix: "trend" });
  const answers = [
    ["I think state is important.", "", ""],
    [ANSWER_TWO, "I would talk to my manager about it.", ""],
    [ANSWER_ONE, ANSWER_TWO, "I would measure first, then decide, and share the numbers with the team."],
  ];
  for (const set of answers) {
    const saved = await page.request.post("/api/interview/save", {
      data: {
        questions: ["How do you manage state?", "Tell me about a conflict.", "How do you decide?"],
        answers: set,
        role: "Frontend developer",
        level: "mid",
        type: "mixed",
        techstack: ["React"],
      },
    });
    expect(saved.status()).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    expect((await page.request.post(`/api/interview/${id}/evaluate`)).status()).toBe(200);
  }
  await page.goto("/dashboard");
  await expect(page.getByText("Interviews evaluated")).toBeVisible();
  await expect(page.getByRole("img", { name: /Overall score over time/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recurring weaknesses" })).toBeVisible();
  await shot(page, "interview-dashboard-light");
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await shot(page, "interview-dashboard-dark");
});
