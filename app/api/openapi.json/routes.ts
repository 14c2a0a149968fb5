import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import type { RouteEntry } from "@/lib/openapi/document";
import * as accountExport from "@/app/api/account/export/route";
import * as accountPassword from "@/app/api/account/password/route";
import * as account from "@/app/api/account/route";
import * as signOutEverywhere from "@/app/api/account/sign-out-everywhere/route";
import * as login from "@/app/api/auth/login/route";
import * as me from "@/app/api/auth/me/route";
import * as register from "@/app/api/auth/register/route";
import * as analyzeJob from "@/app/api/career/analyze-job/route";
import * as applicationExport from "@/app/api/career/applications/[id]/export/route";
import * as application from "@/app/api/career/applications/[id]/route";
import * as applications from "@/app/api/career/applications/route";
import * as letterStream from "@/app/api/career/generate-letter/stream/route";
import * as letter from "@/app/api/career/generate-letter/route";
import * as messages from "@/app/api/career/generate-messages/route";
import * as saveApplication from "@/app/api/career/save-application/route";
import * as tailorResume from "@/app/api/career/tailor-resume/route";
import * as health from "@/app/api/health/route";
import * as metricsRoute from "@/app/api/metrics/route";
import * as evaluate from "@/app/api/interview/[id]/evaluate/route";
import * as interview from "@/app/api/interview/[id]/route";
import * as generate from "@/app/api/interview/generate/route";
import * as history from "@/app/api/interview/history/route";
import * as saveInterview from "@/app/api/interview/save/route";
import * as profileMe from "@/app/api/profile/me/route";
import * as strengths from "@/app/api/profile/strengths/route";
import * as profileUpdate from "@/app/api/profile/update/route";
import * as uploadCv from "@/app/api/profile/upload-cv/route";
import * as vapiGenerate from "@/app/api/vapi/generate/route";

// Every API route file, by path. A route file that is not listed here is missing from the OpenAPI document, and
// tests/integration/openapi-document.test.ts fails until it is added.

export const ROUTES: RouteEntry[] = [
  { path: "/api/auth/register", tag: "Auth", module: register },
  { path: "/api/auth/login", tag: "Auth", module: login },
  { path: "/api/auth/me", tag: "Auth", module: me },
  { path: "/api/account", tag: "Account", module: account },
  { path: "/api/account/export", tag: "Account", module: accountExport },
  { path: "/api/account/password", tag: "Account", module: accountPassword },
  { path: "/api/account/sign-out-everywhere", tag: "Account", module: signOutEverywhere },
  { path: "/api/profile/me", tag: "Profile", module: profileMe },
  { path: "/api/profile/upload-cv", tag: "Profile", module: uploadCv },
  { path: "/api/profile/update", tag: "Profile", module: profileUpdate },
  { path: "/api/profile/strengths", tag: "Profile", module: strengths },
  { path: "/api/interview/generate", tag: "Interviews", module: generate },
  { path: "/api/vapi/generate", tag: "Interviews", module: vapiGenerate },
  { path: "/api/interview/save", tag: "Interviews", module: saveInterview },
  { path: "/api/interview/history", tag: "Interviews", module: history },
  { path: "/api/interview/{id}", tag: "Interviews", module: interview },
  { path: "/api/interview/{id}/evaluate", tag: "Interviews", module: evaluate },
  { path: "/api/career/analyze-job", tag: "Career", module: analyzeJob },
  { path: "/api/career/tailor-resume", tag: "Career", module: tailorResume },
  { path: "/api/career/generate-letter", tag: "Career", module: letter },
  { path: "/api/career/generate-letter/stream", tag: "Career", module: letterStream },
  { path: "/api/career/generate-messages", tag: "Career", module: messages },
  { path: "/api/career/save-application", tag: "Career", module: saveApplication },
  { path: "/api/career/applications", tag: "Career", module: applications },
  { path: "/api/career/applications/{id}", tag: "Career", module: application },
  { path: "/api/career/applications/{id}/export", tag: "Career", module: applicationExport },
  { path: "/api/health", tag: "Service", module: health },
  { path: "/api/metrics", tag: "Service", module: metricsRoute },
];

const nextauthParams = {
  path: z.object({ nextauth: z.string().meta({ description: "session, csrf, providers, signin, signout or callback/credentials." }) }),
};
const nextauthReplies = {
  "200": {
    description: "next-auth's reply: the session (or null), `{csrfToken}`, or the providers.",
    content: { "application/json": { schema: z.record(z.string(), z.unknown()).nullable() } },
  },
  "302": { description: "A redirect (sign-in and sign-out)." },
  "400": {
    description: "An invalid callback URL or a failed sign-in.",
    content: { "application/json": { schema: z.object({ detail: z.string(), code: z.string() }) } },
  },
  "404": {
    description: "An unknown next-auth action.",
    content: { "application/json": { schema: z.object({ detail: z.string(), code: z.string() }) } },
  },
};

/** next-auth's own endpoints (the browser's sign-in); they are its handlers, not ours, so they are described by hand. */
export const HAND_WRITTEN: ZodOpenApiPathsObject = {
  "/api/auth/{nextauth}": {
    get: {
      operationId: "get_auth_nextauth",
      tags: ["Auth"],
      summary: "The browser's session (next-auth)",
      security: [],
      requestParams: nextauthParams,
      responses: nextauthReplies,
    },
    post: {
      operationId: "post_auth_nextauth",
      tags: ["Auth"],
      summary: "The browser's sign-in and sign-out (next-auth)",
      security: [],
      requestParams: nextauthParams,
      responses: nextauthReplies,
    },
  },
};
