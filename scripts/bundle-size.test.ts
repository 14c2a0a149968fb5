import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain ESM script without types
import { gzippedKB, pageEntries, routeOf } from "./bundle-size.mjs";

/** A tiny build folder: two root chunks, a layout chunk shared by both pages, and one chunk per page. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bundle-size-"));
  mkdirSync(path.join(dir, "static/chunks"), { recursive: true });
  const chunk = (name: string, text: string) => writeFileSync(path.join(dir, "static/chunks", name), text);
  chunk("root-a.js", "a".repeat(5000));
  chunk("root-b.js", "console.log('b');".repeat(100));
  chunk("layout.js", "layout();");
  chunk("form.js", Array.from({ length: 4000 }, (_, i) => `v${i * 7919}`).join(";"));
  chunk("home.js", "home();");
  writeFileSync(
    path.join(dir, "build-manifest.json"),
    JSON.stringify({ rootMainFiles: ["static/chunks/root-a.js", "static/chunks/root-b.js"] }),
  );
  const manifest = (key: string, page: string) =>
    `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(key)}] = ${JSON.stringify({
      entryJSFiles: { "[project]/app/layout": ["static/chunks/layout.js"], [`[project]/app${key}`]: ["static/chunks/layout.js", page] },
    })};`;
  mkdirSync(path.join(dir, "server/app/(auth)/register"), { recursive: true });
  writeFileSync(
    path.join(dir, "server/app/(auth)/register/page_client-reference-manifest.js"),
    manifest("/(auth)/register/page", "static/chunks/form.js"),
  );
  writeFileSync(path.join(dir, "server/app/page_client-reference-manifest.js"), manifest("/page", "static/chunks/home.js"));
  return dir;
}

describe("bundle-size", () => {
  it("names routes as URLs: route groups and the page segment dropped", () => {
    expect(routeOf("/(app)/interview/[id]/page")).toBe("/interview/[id]");
    expect(routeOf("/page")).toBe("/");
  });

  it("counts each page's root, layout and page chunks once each, gzipped", () => {
    const dir = fakeBuild();
    const pages = pageEntries(dir) as { route: string; files: string[] }[];
    expect(pages.map((p) => p.route)).toEqual(["/", "/register"]);
    const register = pages[1];
    expect(register.files.sort()).toEqual([
      "static/chunks/form.js",
      "static/chunks/layout.js",
      "static/chunks/root-a.js",
      "static/chunks/root-b.js",
    ]);
    const expected = register.files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dir, f))).length, 0) / 1024;
    expect(gzippedKB(dir, register.files)).toBeCloseTo(expected, 6);
    expect(gzippedKB(dir, register.files)).toBeGreaterThan(gzippedKB(dir, pages[0].files));
  });
});
