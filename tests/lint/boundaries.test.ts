import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import boundaries of eslint.config.mjs, checked by planting each kind of violation in a file of the floor
// it is forbidden on. Linting text under a made-up path runs the real configuration and the real resolver.

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
}

const planted: Array<{ floor: string; file: string; code: string }> = [
  {
    floor: "a component importing the store",
    file: "components/planted.tsx",
    code: 'import { getInterviewById } from "@/lib/db/interviews";\nexport const x = getInterviewById;\n',
  },
  {
    floor: "a component importing an agent",
    file: "components/planted.tsx",
    code: 'import * as agent from "@/agents/coaching";\nexport const x = agent;\n',
  },
  {
    floor: "a component importing a page",
    file: "components/planted.tsx",
    code: 'import Page from "@/app/(app)/dashboard/page";\nexport const x = Page;\n',
  },
  {
    floor: "a page importing the store",
    file: "app/(app)/planted/page.tsx",
    code: 'import { getInterviewById } from "@/lib/db/interviews";\nexport const x = getInterviewById;\n',
  },
  {
    floor: "a route importing an agent",
    file: "app/api/planted/route.ts",
    code: 'import * as agent from "@/agents/coaching";\nexport const x = agent;\n',
  },
  {
    floor: "an agent importing a domain module",
    file: "agents/planted.ts",
    code: 'import { getInterview } from "@/lib/interview/interviews";\nexport const x = getInterview;\n',
  },
  {
    floor: "an agent importing a domain module by a relative path",
    file: "agents/text/planted.ts",
    code: 'import { getInterview } from "../../lib/interview/interviews";\nexport const x = getInterview;\n',
  },
  {
    floor: "core importing an agent",
    file: "core/planted.ts",
    code: 'import * as agent from "@/agents/coaching";\nexport const x = agent;\n',
  },
  {
    floor: "a domain module importing a component",
    file: "lib/interview/planted.ts",
    code: 'import { Button } from "@/components/ui/button";\nexport const x = Button;\n',
  },
];

describe("import boundaries (eslint)", () => {
  it.each(planted)("fails $floor", async ({ file, code }) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });

  it("lets each floor import the floor below it", async () => {
    expect(
      await boundaryErrors(
        "app/(app)/planted/page.tsx",
        'import { getInterview } from "@/lib/interview/interviews";\nexport const x = getInterview;\n',
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors("lib/interview/planted.ts", 'import * as agent from "@/agents/coaching";\nexport const x = agent;\n'),
    ).toEqual([]);
    expect(await boundaryErrors("agents/planted.ts", 'import { AppError } from "@/core/errors";\nexport const x = AppError;\n')).toEqual(
      [],
    );
  });

  it("lets a component call a server action", async () => {
    expect(
      await boundaryErrors(
        "components/planted.tsx",
        'import { loginAction } from "@/app/(auth)/login/actions";\nexport const x = loginAction;\n',
      ),
    ).toEqual([]);
  });
});
