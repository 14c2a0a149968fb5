import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// Every exported server action is a public POST endpoint. This test finds every "use server" module under
// app/, components/ and lib/ (so actions added later are covered automatically), then calls each export
// as an anonymous visitor: all must answer { status: "error", code: "unauthorized" } without doing anything,
// except the few that are public by design.

vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ getAll: () => [], get: () => undefined, set: () => {}, delete: () => {} }),
}));
const nextAuth = vi.hoisted(() => ({ signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("@/auth", () => nextAuth);

const ROOT = path.resolve(__dirname, "../..");
const PUBLIC_ACTIONS = new Set([
  "app/(auth)/login/actions.ts#loginAction",
  "app/(auth)/register/actions.ts#registerAction",
  "app/(auth)/actions.ts#signOutAction",
]);

const files = ["app", "components", "lib"].flatMap((dir) => findSourceFiles(path.join(ROOT, dir)));
const serverModules = files.filter((f) => hasUseServerDirective(readFileSync(f, "utf8")));

describe("server actions", () => {
  it("finds the action modules", () => {
    expect(serverModules.map(rel)).toContain("app/(app)/account/actions.ts");
  });

  it('no file declares an inline server action (keep them in "use server" modules, wrapped)', () => {
    const inline = files.filter((f) => {
      const text = readFileSync(f, "utf8");
      return !hasUseServerDirective(text) && /^\s+["']use server["'];?\s*$/m.test(text);
    });
    expect(inline.map(rel)).toEqual([]);
  });

  for (const file of serverModules) {
    it(`${rel(file)}: every export refuses an anonymous caller`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (PUBLIC_ACTIONS.has(`${rel(file)}#${name}`)) continue;
        expect(typeof value, `${name} must be a function`).toBe("function");
        const result = await (value as (input: unknown) => Promise<unknown>)({});
        expect(result, `${rel(file)}#${name} answered an anonymous call with ${JSON.stringify(result)}`).toMatchObject({
          status: "error",
          code: "unauthorized",
        });
      }
      expect(nextAuth.signIn).not.toHaveBeenCalled();
      expect(nextAuth.signOut).not.toHaveBeenCalled();
    });
  }
});

function hasUseServerDirective(text: string): boolean {
  const withoutLeadingComments = text.replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*/, "");
  return /^["']use server["']/.test(withoutLeadingComments);
}

function rel(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

function findSourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findSourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}
