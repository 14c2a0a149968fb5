import { signUpAndSignIn } from "./helpers";
import { expect, test } from "./fixtures";

// Every page of the app under the strict Content-Security-Policy from proxy.ts (issue 21), signed in, with data
// behind the id pages: each answers with a nonce-based policy, Next's scripts run (the page hydrates), our one
// inline script (the theme, before paint) runs with the nonce, and the browser reports no violation (the fixture
// fails the test on any). The other specs run under the same fixture, so their pages are covered too.

const JOB = {
  job_title: "Backend Engineer",
  company: "Example Analytics",
  location: "Remote",
  url: "",
  employment_type: "Full-time",
  seniority: "Mid",
  salary: "",
  summary: "Build data APIs.",
  requirements: ["Python", "PostgreSQL"],
  responsibilities: ["Design APIs"],
  qualifications: [],
  nice_to_have: [],
  hard_skills: ["Python", "PostgreSQL"],
  soft_skills: [],
  culture: [],
  description: "Build data APIs in Python and PostgreSQL.",
  engine: "offline",
};

test("every page works under the CSP, with the nonce on Next's scripts and the theme script", async ({ page }) => {
  await signUpAndSignIn(page, { prefix: "csp" });
  const saved = await page.request.post("/api/interview/save", {
    data: {
      questions: ["Tell me about a project you are proud of."],
      answers: ["I built a reporting API in Python."],
      role: "Developer",
      level: "mid",
      type: "mixed",
      techstack: ["Python"],
    },
  });
  expect(saved.status()).toBe(201);
  const interviewId = ((await saved.json()) as { id: string }).id;
  expect((await page.request.post(`/api/interview/${interviewId}/evaluate`)).status()).toBe(200);
  const app = await page.request.post("/api/career/save-application", { data: { job_data: JOB, cover_letter: "Dear team, ..." } });
  expect(app.status()).toBe(201);
  const applicationId = ((await app.json()) as { id: string }).id;

  await page.goto("/");
  await page.evaluate(() => localStorage.setItem("intervu-theme", "dark"));
  const paths = [
    "/",
    "/dashboard",
    "/interview",
    "/interview/new",
    `/interview/${interviewId}`,
    `/interview/${interviewId}/report`,
    "/career",
    "/career/new",
    `/career/${applicationId}`,
    `/career/${applicationId}/print`,
    "/profile",
    "/account",
    "/no-such-page",
  ];
  for (const path of paths) {
    const res = await page.goto(path);
    const csp = res!.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, `${path}: CSP with a nonce`).toBeTruthy();
    expect(csp, path).not.toContain("unsafe-inline");
    // The theme script ran (it is inline, so only its nonce lets it run) ...
    await expect(page.locator("html"), path).toHaveClass(/\bdark\b/);
    // ... and every script tag the server sent carries this response's nonce (scripts those load later are
    // trusted through 'strict-dynamic' and need none).
    const tags = (await res!.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  }

  // Signed out: the public pages.
  await page.context().clearCookies();
  for (const path of ["/login", "/register"]) {
    const res = await page.goto(path);
    expect(res!.headers()["content-security-policy"], path).toMatch(/'nonce-/);
    await expect(page.locator("html"), path).toHaveClass(/\bdark\b/);
    // Hydrated: the form's client-side validation works (only possible when Next's scripts ran).
    await page.getByRole("button", { name: path === "/login" ? "Sign in" : /create account/i }).click();
    await expect(page.locator("[aria-invalid=true]").first(), path).toBeVisible();
  }
});
