import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import * as z from "zod/mini";
import { runMessagingAgent } from "@/agents/messaging";
import { runResumeAgent } from "@/agents/resume";
import { parseCvOffline } from "@/agents/offline/cv";
import { parseJobOffline } from "@/agents/offline/job";
import { toMessagesReply, toTailoredResumeReply, type Messages, type TailoredResume } from "@/core/schemas/career";
import { toJobReply, type JobData } from "@/core/schemas/job";
import {
  jobDataReplySchema,
  messagesReplySchema,
  savedApplicationReplySchema,
  tailoredResumeReplySchema,
} from "@/core/schemas/career-reply";
import { ApiError } from "@/lib/api-client/errors";
import { streamLetter } from "@/lib/api-client/letter-stream";
import { letterStreamResponse } from "@/lib/career/letter-stream";
import { pdfFixtureText } from "@/tests/helpers/fixtures";

// The workspace reads career replies through lib/api-client with the zod/mini schemas of core/schemas/career-reply.ts.
// These tests keep them in step with the server: by type (a field added on one side only fails typecheck) and on
// the replies the routes really send (nothing dropped, nothing refused).

describe("career reply schemas (browser) against the server's", () => {
  it("describe the same types", () => {
    expectTypeOf<z.infer<typeof jobDataReplySchema>>().toExtend<JobData>();
    expectTypeOf<JobData>().toExtend<z.infer<typeof jobDataReplySchema>>();
    expectTypeOf<z.infer<typeof tailoredResumeReplySchema>>().toExtend<TailoredResume>();
    expectTypeOf<TailoredResume>().toExtend<z.infer<typeof tailoredResumeReplySchema>>();
    expectTypeOf<z.infer<typeof messagesReplySchema>>().toExtend<Messages>();
    expectTypeOf<Messages>().toExtend<z.infer<typeof messagesReplySchema>>();
  });

  it("read the routes' real replies whole, the original API's names included", async () => {
    const profile = parseCvOffline(await pdfFixtureText("resumes", "john_doe.pdf"));
    const job = parseJobOffline({ text: await pdfFixtureText("jobs", "job_desc_java_developer.pdf") });
    const replies: Array<[z.ZodMiniType, unknown]> = [
      [jobDataReplySchema, toJobReply(job)],
      [tailoredResumeReplySchema, toTailoredResumeReply(await runResumeAgent({ profile, job }))],
      [messagesReplySchema, toMessagesReply(await runMessagingAgent({ profile, job }))],
    ];
    for (const [schema, reply] of replies) {
      const parsed = z.safeParse(schema, reply);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(reply);
    }
  });

  it("refuse a reply that is not what they describe", () => {
    const job = parseJobOffline({ text: "Senior Java Developer\nRequirements:\n- Java\n- Spring" });
    const { requirements: _dropped, ...withoutRequirements } = job;
    expect(z.safeParse(jobDataReplySchema, withoutRequirements).success).toBe(false);
    expect(z.safeParse(messagesReplySchema, { recruiter_email: 3 }).success).toBe(false);
    expect(z.safeParse(savedApplicationReplySchema, { _id: "abc" }).success).toBe(false);
  });
});

describe("streamLetter against the server's NDJSON stream", () => {
  afterEach(() => vi.unstubAllGlobals());

  async function* chunks(parts: string[], failAfter?: Error) {
    for (const p of parts) yield p;
    if (failAfter) throw failAfter;
  }

  function serve(response: Promise<Response>) {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => response),
    );
  }

  it("shows the letter as it grows and ends with the whole text and every warning", async () => {
    const warnings = ["Removed an employer your profile does not list."];
    serve(letterStreamResponse(chunks(["Dear team, ", "I build things."]), { events: true, warnings }));
    const seen: string[] = [];
    const done = await streamLetter("/api/career/generate-letter/stream", {}, { onText: (t) => seen.push(t), onWarning: () => {} });
    expect(done).toEqual({ text: "Dear team, I build things.", warnings });
    expect(seen).toEqual(["Dear team, ", "Dear team, I build things."]);
  });

  it("turns a failure part-way into an ApiError with the server's words", async () => {
    const { AppError } = await import("@/core/errors");
    serve(letterStreamResponse(chunks(["Dear team, "], new AppError("ai_unavailable", "The model stopped answering.")), { events: true }));
    const error = await streamLetter("/x", {}, { onText: () => {}, onWarning: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe("The model stopped answering.");
  });

  it("says the letter stopped part-way when the stream ends without its last event", async () => {
    serve(Promise.resolve(new Response('{"type":"text","text":"Dear"}\n', { status: 200 })));
    const error = await streamLetter("/x", {}, { onText: () => {}, onWarning: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/stopped part-way/);
  });
});
