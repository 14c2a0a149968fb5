import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
// Built on ./fixtures, so every spec also fails on a Content-Security-Policy violation.
import { test as base, expect } from "./fixtures";

// Accessibility in every end-to-end test (issue 19): axe runs on every page a test opens with page.goto, on the
// state each test ends in, and wherever a spec calls expectAccessible() (menus, dialogs, errors); each page opened
// with page.goto is also checked for sideways scrolling on a 360 px phone. A violation of
// any impact fails the test with the rule, the elements and axe's advice. Specs import `test` and `expect` from
// here instead of @playwright/test, so pages added later are covered without anyone remembering to.

/** Runs axe (every rule axe enables by default: WCAG 2.x A/AA and best practices) and fails on any violation. */
export async function expectAccessible(page: Page, state = ""): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const where = `${new URL(page.url()).pathname}${state ? ` (${state})` : ""}`;
  const report = results.violations.map(
    (v) =>
      `${v.id} [${v.impact}] ${v.help}\n` +
      v.nodes
        .slice(0, 8)
        .map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`)
        .join("\n"),
  );
  // Soft: the test goes on, so one run lists every violation it meets (it still fails).
  expect.soft(report, `axe on ${where}:\n${report.join("\n")}`).toEqual([]);
}

/** At 360 px (a small phone) the page never scrolls sideways: nothing is wider than the screen. */
export async function expectNoSidewaysScroll(page: Page, state = ""): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    // Name the widest offenders, to say what to fix.
    const offenders = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(-3)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 3).join(".")}`);
    return `${document.documentElement.scrollWidth} px wide: ${offenders.join(", ")}`;
  });
  if (before) await page.setViewportSize(before);
  const where = `${new URL(page.url()).pathname}${state ? ` (${state})` : ""}`;
  expect.soft(wide, `sideways scroll at 360 px on ${where}`).toBeNull();
}

/** One check per route shape (ids folded) and colour scheme per worker: axe takes ~0.5 s a page. */
const checked = new Set<string>();
function routeKey(url: string, scheme: string): string {
  const { pathname } = new URL(url);
  return `${scheme} ${pathname.replace(/\/[0-9a-f]{24}(?=\/|$)/g, "/:id").replace(/\/[0-9a-f-]{36}(?=\/|$)/g, "/:id")}`;
}

export const test = base.extend({
  page: async ({ page }, provide, testInfo) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      const scheme = await page.evaluate(() => (document.documentElement.classList.contains("dark") ? "dark" : "light"));
      const key = routeKey(page.url(), scheme);
      if (response?.ok() && !checked.has(key)) {
        checked.add(key);
        await page.waitForLoadState("load");
        await expectAccessible(page, "on arrival");
        await expectNoSidewaysScroll(page);
      }
      return response;
    };
    await provide(page);
    if (testInfo.status === testInfo.expectedStatus && !page.isClosed() && page.url().startsWith("http")) {
      await expectAccessible(page, "end of test");
    }
  },
});

export { expect };
