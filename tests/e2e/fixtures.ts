import { expect, test as base } from "@playwright/test";

// The `test` every e2e spec uses: it fails a test whose pages report a Content-Security-Policy violation, so the
// whole suite proves that every page it visits works under the strict CSP from proxy.ts (issue 21). Chromium logs
// each blocked script, style, image or connection to the console; the securitypolicyviolation event is reported
// too, for violations the console message might word differently.

export { expect };

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`),
        );
      });
      context.on("console", (msg) => {
        const text = msg.text();
        if (/Content Security Policy|CSP violation/i.test(text)) violations.push(`${msg.location().url}: ${text}`);
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
