import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJobOffline } from "@/agents/offline/job";
import { htmlDepth, MAX_HTML_DEPTH, TOO_DEEP_MESSAGE } from "@/agents/text/html-depth";
import { jobSource } from "@/agents/text/job-source";
import { fixturePath, readFixtureText } from "@/tests/helpers/fixtures";

// Deeply nested HTML: a posting inside 10,000 nested <div>s (150 KB) took 9 s and then overflowed the stack in the
// page reader (a RangeError: a 500), and parse5 slows down with the depth. Such a page is refused with a 422 before it is parsed; real pages are not.

const nested = (depth: number, inner = "Senior Engineer") =>
  `<html><body>${"<div>".repeat(depth)}${inner}${"</div>".repeat(depth)}</body></html>`;
const timed = <T>(work: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
};

describe("HTML nesting depth", () => {
  it("counts real job pages far below the limit", () => {
    const pages = readdirSync(fixturePath("jobs")).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(htmlDepth(readFixtureText("jobs", page)), page).toBeLessThan(40);
  });

  it("counts elements the way the parser nests them: void, implied-end and raw-text elements add no level", () => {
    expect(htmlDepth(nested(10))).toBe(12);
    const sloppy = `<body><ul>${"<li>Python <p>para <br> <img src=x> <td>cell <tr>row <input> <hr/>".repeat(20_000)}</ul></body>`;
    expect(htmlDepth(sloppy)).toBe(2);
    expect(
      htmlDepth(`<div><script>${"<div>".repeat(1000)}</script><style>${"<b>".repeat(1000)}</STYLE><!-- ${"<i>".repeat(1000)} --></div>`),
    ).toBe(1);
    expect(htmlDepth(`<svg>${"<path d='M0'/>".repeat(1000)}</svg>`)).toBe(1);
  });

  it("refuses a page nested deeper than real pages with a 422, where it used to overflow the stack", () => {
    const posting = readFixtureText("jobs", "e2e_backend-eng.txt").replace(/&/g, "&amp;").replace(/</g, "&lt;");
    const deep = nested(10_000, `<p>${posting}</p>`);
    for (const read of [() => jobSource({ html: deep }), () => parseJobOffline({ html: deep })]) {
      expect(read).toThrowError(expect.objectContaining({ status: 422, message: TOO_DEEP_MESSAGE }));
    }
    // A JSON-LD description is HTML too.
    const description = `${"<div>".repeat(5_000)}We are hiring.${"</div>".repeat(5_000)}`;
    const page = `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "JobPosting", title: "Engineer", description })}</script></head><body></body></html>`;
    expect(() => jobSource({ html: page })).toThrowError(expect.objectContaining({ status: 422 }));
    expect(jobSource({ html: nested(MAX_HTML_DEPTH - 10, `<p>${posting}</p>`) }).text).toMatch(/Python/);
  });

  it("is linear: a 2 MB page of nesting, scripts or tags is counted in a few hundred milliseconds, not minutes", () => {
    const deep = timed(() => htmlDepth(nested(200_000)));
    expect(deep.value).toBeGreaterThan(MAX_HTML_DEPTH);
    const scripts = timed(() => htmlDepth(`<div>${"<script>x</script><p>a".repeat(90_000)}</div>`));
    expect(scripts.value).toBe(1);
    const tags = timed(() => htmlDepth(`<div>${"<span>a</span>".repeat(150_000)}</div>`));
    expect(tags.value).toBe(2);
    console.log(`html depth: 2 MB nested ${deep.ms.toFixed(0)} ms, scripts ${scripts.ms.toFixed(0)} ms, spans ${tags.ms.toFixed(0)} ms`);
    for (const { ms } of [deep, scripts, tags]) expect(ms).toBeLessThan(3_000);
  });
});
