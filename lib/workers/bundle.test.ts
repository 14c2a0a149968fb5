import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { afterAll, describe, expect, it } from "vitest";
import { workerEnv } from "@/core/config";
import { workerScriptPath } from "@/lib/workers/pool";
import { resumePdf } from "@/tests/integration/profile-helpers";

// The worker bundle (built by vitest's global setup, as by `next build`) is loaded by path from wherever the server
// runs — a standalone build's folder too, whose node_modules holds only what Next's own trace found. So the bundle
// must carry everything it needs: here it is copied to an empty folder with no node_modules above it, and reads a
// real PDF CV and runs the CV agent there.

const folder = mkdtempSync(path.join(tmpdir(), "intervu-worker-"));
const copy = path.join(folder, "cpu-worker.mjs");
copyFileSync(workerScriptPath(), copy);
const piscina = new Piscina({ filename: copy, minThreads: 1, maxThreads: 1, env: workerEnv() });

afterAll(async () => {
  await piscina.destroy();
  rmSync(folder, { recursive: true, force: true });
});

describe("worker bundle", () => {
  it("runs from a folder without node_modules: a PDF is read and the CV agent parses it", async () => {
    const read = await piscina.run({ name: "extract", input: { bytes: resumePdf("john_doe.pdf"), filename: "cv.pdf", mimeType: null } });
    expect(read).toMatchObject({ ok: true, value: { kind: "pdf", text: expect.stringContaining("JOHN DOE") } });
    const parsed = await piscina.run({ name: "cv", input: { cv_text: read.value.text } });
    expect(parsed).toMatchObject({ ok: true, value: { fields: { name: "John Doe" }, engine: "offline" } });
  });
});
