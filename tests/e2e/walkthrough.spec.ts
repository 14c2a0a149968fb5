import { type Page } from "@playwright/test";
import { expect, test } from "./a11y";
import { freshCredentials, signIn } from "./helpers";

// A brand-new user's first visit, page by page, at desktop and phone widths, in light and dark (offline engine).
// It checks what a person would notice first: the empty states say what to do, errors say what happened and
// offer a way forward, a phone never scrolls sideways (even with a 32-character username), the practice page
// works from the keyboard and survives a reload, and the report prints without the app around it.
// Screenshots (viewport-sized: the header is sticky) go to artifacts/screenshots/ux-*.png.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test.describe.configure({ mode: "serial" });

test("desktop: empty states, error states, keyboard practice, reload, report and print", async ({ page }) => {
  test.setTimeout(150_000); // axe and the 360 px check run on every page it opens
  await page.setViewportSize(DESKTOP);
  const { username } = await registerWithLongName(page);

  // Dashboard: a welcome with both ways in (practice, applications).
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: `Welcome, ${username}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Start your first practice interview" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tailor an application" })).toHaveAttribute("href", "/career/new");
  await shot(page, "desktop-dashboard-new-light");

  await page.goto("/interview");
  await expect(page.getByRole("heading", { level: 1, name: "Interviews" })).toBeVisible();
  await expect(page.getByText("No interviews yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start your first interview" })).toBeVisible();

  // Nothing to filter yet: only the empty state and its action.
  await page.goto("/career");
  await expect(page.getByText("No applications yet")).toBeVisible();
  await expect(page.getByRole("form", { name: "Filter applications" })).toHaveCount(0);
  await shot(page, "desktop-career-new-user-light");

  await page.goto("/career/new");
  await expect(page.getByText("Create your profile first")).toBeVisible();
  await page.goto("/interview/new");
  await expect(page.getByRole("link", { name: "profile", exact: true })).toHaveAttribute("href", "/profile");

  // Profile: a file that is not a CV is refused with a reason and a retry; the paste box stays there.
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
  await expect(page.getByText("No profile yet")).toBeVisible();
  await page.getByLabel("CV file").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("not really a pdf") });
  const uploadError = page.getByRole("alert").filter({ hasText: "Your CV could not be read" });
  await expect(uploadError).toBeVisible();
  await expect(uploadError.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(uploadError.getByRole("button", { name: "Choose another file" })).toBeVisible();
  await expect(page.getByLabel("Or paste the text of your CV")).toBeVisible();
  await shot(page, "desktop-profile-upload-error-light");

  // A name alone is saved, but there is nothing to tailor yet: the workspace says what is missing.
  await page.getByRole("button", { name: "Fill it in by hand" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Avery Long");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.getByRole("link", { name: "tailor it to a job" }).click();
  await expect(page.getByText("Your profile needs a little more")).toBeVisible();
  await shot(page, "desktop-career-thin-profile-light");

  await page.goto("/profile");
  await page.getByLabel("Summary", { exact: true }).fill("Backend developer: Python services, SQL and queues. Five years.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await shot(page, "desktop-profile-saved-light");

  // A job link to the server's own address is refused; the paste box takes over.
  await page.goto("/career/new");
  await page.getByRole("tab", { name: "Use a link" }).click();
  await page.getByLabel("Job posting URL").fill("http://127.0.0.1/jobs/1");
  await page.getByRole("button", { name: "Analyse the job" }).click();
  await expect(page.getByText(/can't fetch that address/i).first()).toBeVisible();
  await expect(page.getByLabel("Job posting text")).toBeFocused();
  await shot(page, "desktop-career-url-refused-light");

  // An interview: finishing with no answers is blocked with a reason, and focus lands on that message.
  await page.goto("/interview/new");
  await expect(page.getByRole("checkbox", { name: /Use my profile/ })).toBeVisible();
  await page.getByLabel("Role").fill("Backend developer");
  await page.getByLabel("Number of questions").fill("2");
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page.getByRole("list", { name: "Generated questions" }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/\/interview\/[a-f0-9]{24}$/);
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  await page.getByRole("button", { name: "Finish interview" }).click();
  await expect(page.getByRole("heading", { name: "Nothing to evaluate yet" })).toBeFocused();
  await expect(page.getByText("Answer at least one question to get an evaluation.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Finish and evaluate" })).toHaveCount(0);
  await shot(page, "desktop-finish-no-answers-light");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Back to the questions" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Keyboard only from here: type, Ctrl+Enter to the next question, type, reload half-way.
  const answer = page.getByLabel("Your answer");
  await expect(answer).toBeFocused();
  await page.keyboard.type("I would profile first, then fix the slowest query: p95 went from 900 ms to 200 ms.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await expect(answer).toBeFocused();
  await page.keyboard.type("I pair with them weekly and give them a real feature to own.");
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });
  await page.reload();
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await expect(page.getByLabel("Your answer")).toHaveValue(/pair with them weekly/);
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await shot(page, "desktop-practice-reloaded-light");

  await page.getByLabel("Your answer").focus();
  await tabTo(page, page.getByRole("button", { name: "Finish interview" }));
  await shot(page, "desktop-practice-keyboard-focus-light");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Finish and get your feedback?" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Finish and evaluate" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/report$/, { timeout: 30_000 });

  // The report, light and dark; printed, it is only the report.
  await expect(page.getByRole("heading", { level: 1, name: "Backend developer" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Overall score: \d+(\.\d)? out of 10/ })).toBeVisible();
  await shot(page, "desktop-report-light");
  await page.getByRole("heading", { name: "Question by question" }).scrollIntoViewIfNeeded();
  await shot(page, "desktop-report-answers-light");
  await page.evaluate(() => window.scrollTo(0, 0));
  await setTheme(page, "dark");
  await shot(page, "desktop-report-dark");
  await setTheme(page, "light");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Question by question" })).toBeVisible();
  await shot(page, "desktop-report-print");
  await page.emulateMedia({ media: "screen" });

  await setTheme(page, "dark");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: `Welcome back, ${username}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Backend developer" })).toBeVisible();
  await shot(page, "desktop-dashboard-one-dark");
  await page.goto("/interview");
  await expect(page.getByRole("listitem").filter({ hasText: "Backend developer" })).toContainText("Evaluated");
  await shot(page, "desktop-interviews-dark");
});

test("phone: a 32-character username never widens the page; menus, empty states and practice in light and dark", async ({ page }) => {
  test.setTimeout(150_000); // axe and the 360 px check run on every page it opens
  await page.setViewportSize(PHONE);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Get started" })).toBeInViewport({ ratio: 1 });
  await expectNoSidewaysScroll(page);
  await shot(page, "phone-landing-light");
  const { username } = await registerWithLongName(page);

  // Tablet width: the full navigation and the account menu share the header.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profile" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, "tablet-dashboard-light");
  await page.setViewportSize(PHONE);

  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    for (const [name, path, heading] of [
      ["dashboard", "/dashboard", `Welcome, ${username}`],
      ["profile", "/profile", "Your profile"],
      ["interviews", "/interview", "Interviews"],
      ["interview-setup", "/interview/new", "New interview"],
      ["career", "/career", "Applications"],
      ["account", "/account", "Account"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await expect(page.getByRole("button", { name: "Open menu" })).toBeInViewport({ ratio: 1 });
      await shot(page, `phone-${name}-${theme}`);
    }
  }

  // Both menus open inside the screen and close with Escape.
  await setTheme(page, "light");
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Open menu" }).click();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Applications" })).toBeInViewport();
  await shot(page, "phone-menu-light");
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(page.getByRole("button", { name: "Open menu" })).toBeFocused();
  await page.getByRole("button", { name: /account menu/i }).click();
  await expect(page.getByRole("menuitem", { name: "Account" })).toBeInViewport({ ratio: 1 });
  await shot(page, "phone-user-menu-light");
  await page.keyboard.press("Escape");

  // Practice on a phone, with a long role title.
  await page.goto("/interview/new");
  await page.getByLabel("Role").fill("Senior site reliability engineer for payments infrastructure");
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Generate questions" }).click();
  await expect(page.getByRole("list", { name: "Generated questions" }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/\/interview\/[a-f0-9]{24}$/);
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await shot(page, "phone-practice-light");
  await setTheme(page, "dark");
  await page.getByRole("button", { name: "Finish interview" }).click();
  await expect(page.getByText("Answer at least one question to get an evaluation.")).toBeVisible();
  await shot(page, "phone-finish-no-answers-dark");

  // The history row keeps its title readable on a phone: the actions wrap below it.
  await page.goto("/interview");
  const row = page.getByRole("list", { name: "Interviews" }).getByRole("listitem").first();
  await expect(row.getByRole("link", { name: "Continue" })).toBeVisible();
  const titleBox = await row.getByRole("link", { name: /Senior site reliability engineer/ }).boundingBox();
  expect(titleBox?.width ?? 0).toBeGreaterThan(180);
  await expectNoSidewaysScroll(page);
  await shot(page, "phone-interviews-one-dark");

  // An application on a phone: a CV (plain text), a pasted job, the documents, saved, in the list.
  await setTheme(page, "light");
  const upload = await page.request.post("/api/profile/upload-cv", {
    multipart: { file: { name: "cv.txt", mimeType: "text/plain", buffer: Buffer.from(CV_TEXT) } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(upload.status(), await upload.text()).toBe(200);
  await page.goto("/career/new");
  await page.getByLabel("Job posting text").fill(JOB_TEXT);
  await page.getByRole("button", { name: "Analyse the job" }).click();
  await expect(page.getByRole("heading", { name: "Job analysis" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel(/^Match score \d+ out of 100$/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("Cover letter", { exact: true })).not.toHaveValue("", { timeout: 30_000 });
  await expectNoSidewaysScroll(page);
  await page.getByRole("heading", { name: "Job analysis" }).scrollIntoViewIfNeeded();
  await shot(page, "phone-career-analysis-light");
  await page.getByRole("button", { name: "Save application" }).click();
  await page.waitForURL(/\/career\/[a-f0-9]{24}$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await setTheme(page, "dark");
  await shot(page, "phone-career-detail-dark");
  await page.goto("/career");
  await expect(page.getByRole("form", { name: "Filter applications" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Applications" }).getByRole("listitem")).toHaveCount(1);
  await expectNoSidewaysScroll(page);
  await shot(page, "phone-career-list-dark");
});

const CV_TEXT = `Avery Long
Backend Developer
avery.long@example.com | Berlin

Summary
Backend developer with five years of Python, PostgreSQL and Kafka experience.

Experience
Backend Developer, Example GmbH, 2021 - present
- Built FastAPI services handling 2,000 requests per second
- Cut p95 latency from 900 ms to 200 ms with query indexes and Redis caching

Skills
Python, FastAPI, PostgreSQL, Redis, Docker, Kafka
`;

const JOB_TEXT = `Senior Backend Engineer at Example Analytics (Berlin, hybrid).
We are looking for a Senior Backend Engineer to build high-throughput Python services with FastAPI.
Requirements: 4+ years of Python; PostgreSQL query optimisation; Redis caching; Docker and Kubernetes;
event-driven messaging with Kafka; CI/CD with GitHub Actions. You own reliability, including on-call.`;

// ---- helpers

/** Registers a user whose username is the longest allowed (32 characters) and signs in through the form. */
async function registerWithLongName(page: Page) {
  const base = freshCredentials("wk");
  const username = `averyveryverylongname_${base.username.slice(3)}`.slice(0, 32);
  const user = { ...base, username, email: `${username}@example.com` };
  const res = await page.request.post("/api/auth/register", { data: user });
  expect(res.status(), await res.text()).toBe(201);
  await signIn(page, user);
  return user;
}

async function setTheme(page: Page, theme: "light" | "dark") {
  await page.evaluate((t) => {
    localStorage.setItem("intervu-theme", t);
    document.documentElement.classList.toggle("dark", t === "dark");
  }, theme);
  await page.waitForTimeout(300); // buttons and links fade their colours (transition-colors): let them settle before a screenshot
}

/** Leaves focus where it is (focus rings are part of what the walkthrough looks at). */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: `artifacts/screenshots/ux-${name}.png` });
}

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.doc, "the page is wider than the screen").toBeLessThanOrEqual(widths.view);
}

/** Presses Tab until the target has focus (at most 20 times), like a keyboard user looking for a button. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("could not reach the target with Tab");
}
