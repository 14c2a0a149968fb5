import { beforeAll, describe, expect, it } from "vitest";
import { GET as me } from "@/app/api/profile/me/route";
import { POST as upload } from "@/app/api/profile/upload-cv/route";
import { makePdfBomb } from "@/lib/documents/testing";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { fileRequest, getRequest, resumePdf } from "@/tests/integration/profile-helpers";
import { MiB, settledRss, withPeakRss } from "@/tests/helpers/memory";

// Issue 21: a 1 MB PDF that decodes to 1 GiB raised the server's memory by 638 MiB and went on parsing after the
// 422. Now it is a 413 before pdf.js opens it, the process's memory stays where it was, and nothing is saved.

let user: TestUser;

beforeAll(async () => {
  user = await createTestUser();
  // A first upload starts the worker thread, so its own memory is not counted against the bomb.
  const res = await upload(fileRequest(user.authHeaders, resumePdf("john_doe.pdf"), "john_doe.pdf", "application/pdf"));
  expect(res.status).toBe(200);
});

describe("PDF decompression bombs through POST /api/profile/upload-cv", () => {
  it.each([
    ["one stream of 1 GiB", { decodedMiB: 1024, streams: 1 }],
    ["sixteen streams of 64 MiB", { decodedMiB: 1024, streams: 16 }],
  ])("%s: 413, memory not raised by hundreds of MiB, profile unchanged", async (_name, shape) => {
    const bomb = makePdfBomb(shape);
    const before = process.memoryUsage.rss();
    const { result: res, peak } = await withPeakRss(() => upload(fileRequest(user.authHeaders, bomb, "cv.pdf", "application/pdf")));
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(413);
    expect(body).toMatchObject({ code: "payload_too_large", detail: expect.stringMatching(/decompression bomb/) });
    const after = await settledRss(before, 50 * MiB);
    console.log(
      `bomb (${_name}, ${(bomb.length / MiB).toFixed(1)} MB file): RSS peak +${((peak - before) / MiB).toFixed(0)} MiB, after +${((after - before) / MiB).toFixed(0)} MiB`,
    );
    // Unguarded, pdf.js raised it by 638 MiB for the 1 GiB bomb (issue 21); the guard decodes at most 25 MB at a time.
    expect(peak - before).toBeLessThan(150 * MiB);
    expect(after - before).toBeLessThan(50 * MiB);

    const stored = await (await me(getRequest("me", user.authHeaders))).json();
    expect(stored.name).toBe("John Doe"); // the earlier upload, untouched
  });
});
