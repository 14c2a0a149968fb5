// The original InterVu web client's calls, in the order a user's session makes them, each with the body it sends
// and the reply fields it reads (../shared/design/ORIGINAL-CLIENT.md §1–§16, B1–B5). Runs against any `send`
// (route handlers in vitest, a real server in Playwright) and reports, call by call, whether the client would
// have worked. The only expected refusal is §6 without a token: question generation requires a signed-in caller.

export type Send = (method: string, path: string, init: { headers?: Record<string, string>; json?: unknown }) => Promise<Response>;

export type CallResult = { step: string; status: number; ok: boolean; problems: string[] };

export type ReplayInput = { cvText: string; jobText: string };

type Json = Record<string, unknown>;

export async function replayOriginalClient(send: Send, input: ReplayInput): Promise<CallResult[]> {
  const results: CallResult[] = [];
  const tag = Math.random().toString(36).slice(2, 10);
  const account = { name: "Sam Example", email: `sam.${tag}@example.com`, password: `correct-horse-battery-${tag}` };
  let auth: Record<string, string> = {};

  async function call(
    step: string,
    method: string,
    path: string,
    opts: { json?: unknown; headers?: Record<string, string>; expect?: number[] } = {},
    check?: (body: unknown, problems: string[]) => void,
  ) {
    const res = await send(method, path, { headers: { ...auth, ...opts.headers }, json: opts.json });
    const text = await res.text();
    const problems: string[] = [];
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      problems.push(`reply is not JSON: ${text.slice(0, 80)}`);
    }
    const expected = opts.expect ?? [];
    const statusOk = expected.length ? expected.includes(res.status) : res.status >= 200 && res.status < 300;
    if (!statusOk) problems.push(`status ${res.status}: ${text.slice(0, 200)}`);
    else if (check && res.status < 300) check(body, problems);
    results.push({ step, status: res.status, ok: problems.length === 0, problems });
    return body as Json;
  }
  const nav = (page: string) => call(`§3 GET /api/auth/me (navigation bar, ${page})`, "GET", "/api/auth/me", {}, readsUser);

  await call("§1 POST /api/auth/register {name, email, password}", "POST", "/api/auth/register", { json: account });
  const login = await call(
    "§2 POST /api/auth/login {email, password}",
    "POST",
    "/api/auth/login",
    { json: { email: account.email, password: account.password } },
    (b, p) => need(p, b, "access_token", "string"),
  );
  auth = { Authorization: `Bearer ${login?.access_token}` };

  await nav("dashboard");
  await call("§3 GET /api/auth/me (dashboard)", "GET", "/api/auth/me", {}, readsUser);
  await call("§4 GET /api/interview/history (dashboard)", "GET", "/api/interview/history", {}, readsHistory);
  await nav("interview start");
  const me = await call("§3 GET /api/auth/me (interview start)", "GET", "/api/auth/me", {}, readsUser);
  const generateBody = {
    role: "Frontend Developer",
    level: "Junior",
    type: "Technical",
    techstack: "React, Next.js",
    amount: 3,
    userid: me?.id ?? "guest",
  };
  await call(
    "§6 POST /api/vapi/generate without a token (refused by design)",
    "POST",
    "/api/vapi/generate",
    { json: generateBody, headers: { Authorization: "" }, expect: [401] },
    undefined,
  );
  const generated = await call("§6 POST /api/vapi/generate (signed in)", "POST", "/api/vapi/generate", { json: generateBody }, (b, p) => {
    need(p, b, "questions", "string[]");
    if (!(b as Json)?.questions || !((b as Json).questions as string[]).length) p.push("no questions");
  });
  const questions = (generated?.questions as string[] | undefined) ?? [
    "Explain the virtual DOM.",
    "How does SSR work?",
    "Describe a bug you fixed.",
  ];
  await call("§7 POST /api/interview/save (title case, n−1 answers, user_id, created_at)", "POST", "/api/interview/save", {
    json: {
      user_id: me?.id,
      questions,
      answers: questions
        .slice(0, -1)
        .map(
          (q, i) =>
            `For "${q}", I would start from an example from my last project: I profiled the page, found the slow render and cut the load time by ${20 + i * 10} percent, then documented it for the team.`,
        ),
      role: "Frontend Developer",
      level: "Junior",
      type: "Technical",
      techstack: ["React", "Next.js"],
      created_at: new Date().toISOString(),
    },
  });
  await nav("dashboard");
  const history = (await call(
    "§4 GET /api/interview/history (dashboard, after the session)",
    "GET",
    "/api/interview/history",
    {},
    readsHistory,
  )) as unknown as Json[];
  const interviewId = String((Array.isArray(history) && (history[0]?.id || history[0]?._id)) || "000000000000000000000000");
  await nav("review");
  await call("§8 GET /api/interview/{id}", "GET", `/api/interview/${interviewId}`, {}, readsInterview);
  await call(
    "§9 POST /api/interview/{id}/evaluate (no body, no Content-Type)",
    "POST",
    `/api/interview/${interviewId}/evaluate`,
    {},
    (b, p) => {
      readsInterview(b, p);
      const score = (b as Json)?.overall_score;
      if (!(typeof score === "number" && score > 0)) p.push(`overall_score ${String(score)} is not a number > 0`);
      const evaluations = ((b as Json)?.evaluations ?? []) as Json[];
      evaluations.slice(0, questions.length - 1).forEach((e, i) => {
        need(p, e, "overall_score", "number", `evaluations[${i}]`);
        need(p, e, "criteria", "object", `evaluations[${i}]`);
        need(p, e, "strengths", "string[]", `evaluations[${i}]`);
        need(p, e, "weaknesses", "string[]", `evaluations[${i}]`);
      });
    },
  );
  await nav("profile setup");
  await call("§11 GET /api/profile/me (before any CV: 404 or null)", "GET", "/api/profile/me", { expect: [200, 404] });
  await call(
    "§12 POST /api/profile/upload-cv {cv_text}",
    "POST",
    "/api/profile/upload-cv",
    { json: { cv_text: input.cvText } },
    readsProfile,
  );
  await call("§11 GET /api/profile/me (profile setup)", "GET", "/api/profile/me", {}, readsProfile);
  await nav("career");
  await call("§11 GET /api/profile/me (career page)", "GET", "/api/profile/me", {}, (b, p) => {
    if (!b) p.push("null profile");
  });
  const job = await call(
    "§13 POST /api/career/analyze-job {job_text}",
    "POST",
    "/api/career/analyze-job",
    { json: { job_text: input.jobText } },
    (b, p) => {
      need(p, b, "job_title", "string");
      need(p, b, "company", "string");
      if (!b || !("job_url" in (b as Json))) p.push("job_url missing");
      need(p, (b as Json)?.job_requirements, "hard_skills", "string[]", "job_requirements");
    },
  );
  const resume = await call(
    "§14 POST /api/career/tailor-resume (the bare analysis)",
    "POST",
    "/api/career/tailor-resume",
    { json: job },
    (b, p) => {
      need(p, b, "summary", "string");
      for (const [i, e] of (((b as Json)?.experience ?? []) as Json[]).entries()) {
        need(p, e, "title", "string", `experience[${i}]`);
        need(p, e, "company", "string", `experience[${i}]`);
        need(p, e, "bullets", "string[]", `experience[${i}]`);
      }
    },
  );
  await call(
    "§15 POST /api/career/generate-letter {job_data, tone}",
    "POST",
    "/api/career/generate-letter",
    { json: { job_data: job, tone: "professional" } },
    (b, p) => need(p, b, "letter", "string"),
  );
  await call(
    "§16 POST /api/career/generate-messages {job_data, tailored_resume}",
    "POST",
    "/api/career/generate-messages",
    { json: { job_data: job, tailored_resume: resume } },
    (b, p) => {
      for (const key of ["email_subject", "email_body", "linkedin_note", "linkedin_followup"]) need(p, b, key, "string");
    },
  );
  await nav("review");
  await call("§10 DELETE /api/interview/{id}", "DELETE", `/api/interview/${interviewId}`);
  await nav("dashboard");
  await call("§4 GET /api/interview/history (after the delete)", "GET", "/api/interview/history", {}, readsHistory);

  // Routes of the original backend that no page calls (B1–B5), with its own request models.
  await call("B1 GET /api/health", "GET", "/api/health", {}, (b, p) => {
    if ((b as Json)?.status !== "ok") p.push(`status ${String((b as Json)?.status)}`);
  });
  await call(
    "B2 PUT /api/profile/update (UserProfileCreate names)",
    "PUT",
    "/api/profile/update",
    {
      json: {
        headline: "Frontend Engineer (React, Next.js)",
        education: [{ institution: "State University", degree: "BSc", field: "Computer Science", graduation_year: 2019 }],
        experience: [
          {
            company: "ABC Corp",
            title: "Software Engineer",
            start_date: "2021-01",
            end_date: null,
            bullets: ["Built React applications used by 20,000 customers"],
          },
        ],
        projects: [{ name: "Portfolio", description: "My site", tech_stack: ["Next.js"] }],
        skills: { hard_skills: ["React", "TypeScript"], soft_skills: ["Communication"], languages: ["English"] },
      },
    },
    (b, p) => {
      readsProfile(b, p);
      const e = ((b as Json)?.experience as Json[] | undefined)?.[0];
      if (JSON.stringify(e?.bullets) !== JSON.stringify(["Built React applications used by 20,000 customers"]))
        p.push("experience bullets not stored");
      if (((b as Json)?.education as Json[] | undefined)?.[0]?.graduation_year !== 2019) p.push("graduation_year not stored");
    },
  );
  await call("B3 GET /api/profile/strengths (plain strings)", "GET", "/api/profile/strengths", {}, (b, p) => {
    need(p, b, "strengths", "string[]");
    need(p, b, "weaknesses", "string[]");
  });
  const saved = await call(
    "B4 POST /api/career/save-application (flat ApplicationCreate)",
    "POST",
    "/api/career/save-application",
    {
      json: {
        job_title: String(job?.job_title ?? "Senior Frontend Engineer"),
        company: String(job?.company ?? "Acme"),
        job_description: input.jobText,
        job_requirements: {
          hard_skills: ["React"],
          soft_skills: ["Communication"],
          responsibilities: ["Build UI"],
          must_have: ["4+ years React"],
          nice_to_have: ["GraphQL"],
        },
        tailored_resume: { summary: String(resume?.summary ?? "Summary"), experience: [], projects: [], skills: ["React"] },
        motivation_letter: "Dear hiring team, I would like to apply.",
        messages: { email_subject: "Application", email_body: "Hello,", linkedin_note: "Hi!", linkedin_followup: "Following up." },
      },
    },
    readsApplication,
  );
  await call("B5 GET /api/career/applications (a plain array)", "GET", "/api/career/applications", {}, (b, p) => {
    if (!Array.isArray(b)) return void p.push("not an array");
    (b as Json[]).forEach((a, i) => readsApplication(a, p, `[${i}]`));
  });
  await call(
    "B5 GET /api/career/applications/{id}",
    "GET",
    `/api/career/applications/${String(saved?._id ?? saved?.id ?? "000000000000000000000000")}`,
    {},
    readsApplication,
  );
  return results;
}

function readsUser(b: unknown, p: string[]) {
  need(p, b, "id", "string");
  need(p, b, "name", "string");
  need(p, b, "email", "string");
  if (!(b as Json)?.name) p.push("name is empty");
}

function readsHistory(b: unknown, p: string[]) {
  if (!Array.isArray(b)) return void p.push("not a bare array");
  for (const [i, item] of (b as Json[]).entries()) {
    if (!item.id && !item._id) p.push(`[${i}] has no id`);
    for (const key of ["type", "role", "level", "created_at"]) need(p, item, key, "string", `[${i}]`);
    need(p, item, "questions", "string[]", `[${i}]`);
    need(p, item, "techstack", "string[]", `[${i}]`);
    if ("description" in item || "logo" in item) p.push(`[${i}] carries description or logo`);
  }
}

function readsInterview(b: unknown, p: string[]) {
  for (const key of ["role", "level", "type"]) need(p, b, key, "string");
  need(p, b, "techstack", "string[]");
  need(p, b, "questions", "string[]");
  need(p, b, "answers", "string[]");
  need(p, b, "strengths", "string[]");
  need(p, b, "weaknesses", "string[]");
}

function readsProfile(b: unknown, p: string[]) {
  need(p, b, "cv_text", "string");
  need(p, b, "headline", "string");
  const profile = (b ?? {}) as Json;
  for (const [i, e] of ((profile.education ?? []) as Json[]).entries()) {
    for (const key of ["degree", "institution"]) need(p, e, key, "string", `education[${i}]`);
    const year = e.graduation_year;
    if (!(year === null || Number.isInteger(year))) p.push(`education[${i}].graduation_year is ${JSON.stringify(year)}`);
  }
  for (const [i, e] of ((profile.experience ?? []) as Json[]).entries()) {
    for (const key of ["title", "company", "start_date"]) need(p, e, key, "string", `experience[${i}]`);
    need(p, e, "bullets", "string[]", `experience[${i}]`);
  }
  need(p, profile.skills, "hard_skills", "string[]", "skills");
}

function readsApplication(b: unknown, p: string[], at = "") {
  for (const key of ["_id", "user_id", "created_at", "job_title", "company", "job_description"]) need(p, b, key, "string", at);
  need(p, (b as Json)?.job_requirements, "hard_skills", "string[]", `${at}.job_requirements`);
}

function need(problems: string[], obj: unknown, key: string, type: "string" | "number" | "object" | "string[]", at = "") {
  const value = obj && typeof obj === "object" ? (obj as Json)[key] : undefined;
  const ok =
    type === "string[]"
      ? Array.isArray(value) && value.every((v) => typeof v === "string")
      : type === "object"
        ? !!value && typeof value === "object"
        : typeof value === type;
  if (!ok) problems.push(`${at ? `${at}.` : ""}${key} should be ${type}, got ${JSON.stringify(value)?.slice(0, 60)}`);
}
