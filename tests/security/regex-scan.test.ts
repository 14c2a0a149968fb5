import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyse, problem, verdictsFor } from "@/scripts/regex-scan/check";
import { extractRegexes, listSourceFiles, type FoundRegex } from "@/scripts/regex-scan/extract";

// CI's ReDoS check: every regular expression in the product's source (app, agents, components, core, lib) is
// analysed by recheck. An exponential pattern always fails; a polynomial one, or one the analyser cannot decide,
// fails unless a `// regex-scan: <reason>` note beside it says why its input is short. Verdicts for patterns seen
// before come from scripts/regex-scan/verdicts.json; new or changed patterns are analysed here.

const root = path.resolve(__dirname, "../..");
const where = (r: FoundRegex) => `${path.relative(root, r.file)}:${r.line}`;

let found: FoundRegex[];
beforeAll(() => {
  found = listSourceFiles(root).flatMap((file) => extractRegexes(file)); // parsing every file takes seconds: once
});

describe("regex scan (ReDoS)", () => {
  it("finds the project's patterns, including ones built with new RegExp", () => {
    expect(found.length).toBeGreaterThan(400);
    expect(found.some((r) => r.code.startsWith("new RegExp") && r.source !== null)).toBe(true);
  });

  it("fails on an exponential pattern and on a polynomial one without a note, with the reason", async () => {
    const fake = (source: string, note: string | null = null): FoundRegex => ({
      file: "x.ts",
      line: 1,
      source,
      flags: "",
      code: source,
      note,
    });
    const exponential = fake("^(a|a)+$");
    expect(problem(exponential, await analyse("^(a|a)+$", ""))).toMatch(/EXPONENTIALLY.*attack/);
    expect(problem({ ...exponential, note: "short input" }, await analyse("^(a|a)+$", ""))).toMatch(/EXPONENTIALLY/);
    const quadratic = await analyse("\\s*,\\s*", "");
    expect(problem(fake("\\s*,\\s*"), quadratic)).toMatch(/POLYNOMIALLY \(degree 2\)/);
    expect(problem(fake("\\s*,\\s*", "splits one short tag"), quadratic)).toBeNull();
    expect(problem(fake("(?<!\\s)\\s*,\\s*"), await analyse("(?<!\\s)\\s*,\\s*", ""))).toBeNull();
    expect(problem({ ...fake("x"), source: null }, undefined)).toMatch(/built at run time/);
  });

  it("every pattern in the product is linear, or bounded with a note", async () => {
    const { verdicts, fresh } = await verdictsFor(found);
    const analysedNow = Object.keys(fresh).length;
    if (analysedNow)
      console.log(`regex scan: ${analysedNow} pattern(s) not in verdicts.json were analysed now; \`npm run scan:regex\` records them.`);
    const problems = found.flatMap((r) => {
      const why = problem(r, verdicts.get(r));
      return why ? [`${where(r)}  ${r.code}\n    ${why}`] : [];
    });
    console.log(`regex scan: ${found.length} patterns, ${problems.length} problem(s)`);
    expect(problems, `Unsafe regular expressions:\n${problems.join("\n")}`).toEqual([]);
  }, 600_000);
});
