// Benchmark: the career workflow as the page runs it (components/career/use-workspace.ts): analyse the job, then
// the tailored resume, the streamed cover letter and the messages at the same time, over HTTP against `next start`
// (production build), with Gemini replaced by the fake server at latency L. The model's replies are the offline
// engine's own documents for the same profile and job, so the grounding checks pass as they would for a good model.
// Figures are wall time ÷ L for the first workflow after the server starts and for a warm one; goal ≤ 2.2 L.
//
//   npm run bench:career [-- --runs 3 --latencies 300,1000 --reuse-build]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { benchAppEnv, bootLines, ensureBuild, startApp } from "./bench/app-server";
import { flag, hasFlag, median, spread, timed } from "./bench/stats";

const RUNS = Number(flag("runs", "3"));
const LATENCIES = flag("latencies", "300,1000").split(",").map(Number);
const DIST = ".next-bench";

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "intervu-bench-career-"));
  const secret = "bench-secret-" + "x".repeat(40);
  Object.assign(process.env, { APP_ENV: "production", SECRET_KEY: secret, DATA_DIR: dataDir, AI_ENGINE: "offline" });
  ensureBuild(DIST, hasFlag("reuse-build"));

  const { openSqliteStore } = await import("../lib/db/sqlite");
  const { createAccessToken } = await import("../lib/auth/tokens");
  const { startFakeGemini } = await import("../tests/fakes/fake-gemini");
  const { readFixtureText, pdfFixtureText } = await import("../tests/helpers/fixtures");
  const { runCvAgent } = await import("../agents/cv");
  const { runJobAgent } = await import("../agents/job");
  const { runResumeAgent } = await import("../agents/resume");
  const { runLetterAgent } = await import("../agents/letter");
  const { runMessagingAgent } = await import("../agents/messaging");

  // A real CV and a real posting; the fake model answers with what the offline engine writes from them.
  const jobText = readFixtureText("jobs", "e2e_backend-eng.txt");
  const cv = await runCvAgent({ cv_text: await pdfFixtureText("resumes", "bruce_wayne_fullstack.pdf") });
  const profile = cv.fields;
  const job = await runJobAgent({ text: jobText });
  const resume = await runResumeAgent({ profile, job });
  const letter = await runLetterAgent({ profile, job, tone: "professional" });
  const messages = await runMessagingAgent({ profile, job });
  const orNull = (s: string) => s || null;
  const replies = {
    job: {
      job_title: job.job_title,
      company: orNull(job.company),
      location: orNull(job.location),
      employment_type: orNull(job.employment_type),
      seniority: orNull(job.seniority),
      salary: orNull(job.salary),
      summary: job.summary,
      responsibilities: job.responsibilities,
      requirements: job.requirements,
      qualifications: job.qualifications,
      nice_to_have: job.nice_to_have,
      hard_skills: job.hard_skills,
      soft_skills: job.soft_skills,
      culture: job.culture,
    },
    resume: {
      headline: resume.headline,
      summary: resume.summary,
      experience: resume.experience.map((e) => ({
        company: e.company,
        title: e.title,
        start_date: e.start_date || null,
        end_date: e.end_date || null,
        description: e.description || null,
        highlights: e.highlights,
      })),
      projects: resume.projects.map((p) => ({ name: p.name, description: p.description || null, technologies: p.technologies })),
      skills: resume.skills,
    },
    letterChunks: letter.cover_letter.match(/[\s\S]{1,60}/g) ?? [],
    messages: {
      email_subject: messages.email_subject,
      recruiter_email: messages.recruiter_email,
      linkedin_message: messages.linkedin_message,
      linkedin_followup: messages.linkedin_followup,
    },
  };

  const store = openSqliteStore({ file: path.join(dataDir, "intervu.db") });
  const user = await store.createUser({ email: "career@example.com", username: "career_bench", password_hash: "x" });
  await store.upsertProfile({ userId: user.id, set: { ...profile, cv_text: "", engine: "offline" } });
  await store.close();
  const token = (await createAccessToken(user)).token;

  const fake = await startFakeGemini();
  fake.setHandler((req) => {
    if (req.stream) return { chunks: replies.letterChunks };
    const props = Object.keys(req.generationConfig?.responseJsonSchema?.properties ?? {});
    if (props.includes("job_title")) return { json: replies.job };
    if (props.includes("email_subject")) return { json: replies.messages };
    if (props.includes("headline")) return { json: replies.resume };
    throw new Error(`unexpected model call: ${props.join(",")}`);
  });

  let shownBoot = false;
  const figures = new Map<string, { first: number[]; warm: number[] }>();
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const L of LATENCIES) {
        const app = await startApp({
          distDir: DIST,
          env: benchAppEnv({ dataDir, secret, fakeUrl: fake.url, latencyMs: L }),
        });
        if (run === 1 && !shownBoot) {
          shownBoot = true;
          console.log(bootLines(app));
        }
        try {
          const post = async (route: string, body: unknown) => {
            const res = await fetch(`${app.url}/api/career/${route}`, {
              method: "POST",
              headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
              body: JSON.stringify(body),
            });
            const text = await res.text(); // the letter streams: read it to the end, as the page does
            if (res.status !== 200) throw new Error(`${route}: ${res.status} ${text.slice(0, 300)}`);
            return text;
          };
          const workflow = async () => {
            const jobData = JSON.parse(await post("analyze-job", { job_text: jobText }));
            await Promise.all([
              post("tailor-resume", { job_data: jobData }),
              post("generate-letter/stream", { job_data: jobData, tone: "professional", tailored_resume: null }),
              post("generate-messages", { job_data: jobData, tailored_resume: null }),
            ]);
          };
          fake.setLatency(L);
          const first = await timed(workflow);
          fake.setLatency(0);
          await workflow();
          await workflow();
          fake.setLatency(L);
          const warm = await timed(workflow);
          const cell = figures.get(String(L)) ?? { first: [], warm: [] };
          cell.first.push(first / L);
          cell.warm.push(warm / L);
          figures.set(String(L), cell);
          console.log(`run ${run} L=${L} ms: first ${(first / L).toFixed(2)} L, warm ${(warm / L).toFixed(2)} L`);
        } finally {
          await app.stop();
        }
      }
    }
  } finally {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  let worst = 0;
  console.log(
    `\ncareer workflow (analyse, then resume ∥ letter ∥ messages), wall time ÷ L; median (min–max) of ${RUNS} runs; goal ≤ 2.2 L`,
  );
  console.table(
    [...figures].map(([L, c]) => {
      worst = Math.max(worst, median(c.first), median(c.warm));
      return { "L (ms)": Number(L), "first after start": spread(c.first), warm: spread(c.warm) };
    }),
  );
  const pass = worst <= 2.2;
  console.log(`worst cell median: ${worst.toFixed(2)} L: ${pass ? "PASS" : "FAIL"}`);
  if (!pass) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
