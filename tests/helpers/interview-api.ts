import { expect } from "vitest";
import { POST as evaluate } from "@/app/api/interview/[id]/evaluate/route";
import { POST as save } from "@/app/api/interview/save/route";
import type { InterviewDoc } from "@/core/schemas/interview";
import type { TestUser } from "@/tests/helpers/auth";
import { idCtx, jsonRequest, noParams, readJson, saveBody } from "@/tests/integration/interview-helpers";

// The interview routes called as a test user (route handlers imported directly, no server).

/** POST /api/interview/save with these answers (the rest from saveBody()); expects 201 and returns the interview. */
export async function saveAnswersAs(user: TestUser, answers: string[]): Promise<InterviewDoc> {
  const res = await save(jsonRequest("/api/interview/save", "POST", user.authHeaders, saveBody({ answers })), noParams);
  expect(res.status).toBe(201);
  return readJson(res);
}

/** POST /api/interview/{id}/evaluate; returns the raw Response. */
export const evaluateAs = (user: TestUser, id: string) =>
  evaluate(jsonRequest(`/api/interview/${id}/evaluate`, "POST", user.authHeaders), idCtx(id));
