import { beforeAll, describe, expect, it } from "vitest";
import { POST as letterStreamRoute } from "@/app/api/career/generate-letter/stream/route";
import { upsertProfile } from "@/lib/db/profiles";
import { parseJobOffline } from "@/agents/offline/job";
import { createTestUser, type TestUser } from "@/tests/helpers/auth";
import { CANDIDATES, cvTextOf, POSTINGS } from "@/tests/helpers/career-corpus";
import { setupFakeGemini } from "@/tests/fakes/setup-fake-gemini";
import { countWords, LETTER_MIN_WORDS } from "@/agents/text/letter-limits";

// A streamed letter is grounded sentence by sentence BEFORE any of it is sent: an invented claim never appears in
// any chunk, even split across the model's chunks, and the workspace's NDJSON stream reports each removal.

const fake = setupFakeGemini({ timeoutMs: 4000, resetEach: true });
let user: TestUser;
const profile = CANDIDATES.backend;
const job = parseJobOffline({ text: POSTINGS.backend.text });

beforeAll(async () => {
  user = await createTestUser();
  await upsertProfile({ userId: user.user.id, set: { ...profile, cv_text: cvTextOf(profile), engine: "offline" } });
});

// A letter of realistic length (the stream holds text back until a letter has its minimum length), with lies.
const LETTER =
  "Dear Lumen Data team,\n\nI am applying for the Senior Backend Engineer role at Lumen Data. " +
  "Globex Corporation later promoted me to lead engineer. " +
  "At Northwind Labs I reduced AWS hosting costs by 30% by moving batch jobs to spot instances. " +
  "I was named Engineer of the Year at Northwind Labs. " +
  "I led a team of 4 engineers building the payments API in Python and FastAPI. " +
  "I also cut API p95 latency from 800 ms to 200 ms with Redis caching and PostgreSQL index tuning, and I introduced Kafka-based event streaming for order updates.\n\n" +
  "Before that, at Contoso Retail, I built Django REST services used by 12 internal teams. " +
  "I improved checkout conversion by 8% through faster order validation. " +
  "I containerised 20 services with Docker and deployed them on Kubernetes, and I was promoted to Backend Engineer II in 2019.\n\n" +
  "I care about reliable systems, clear APIs and calm on-call rotations. " +
  "I enjoy turning unclear problems into small, well-tested steps, and I explain trade-offs plainly to the people who depend on them. " +
  "I like working closely with product and design, and I read every postmortem as a chance to make the next incident shorter. " +
  "When priorities change, I say early what it means for the plan, so nobody is surprised at the end. " +
  "I also like to leave a codebase easier to change than I found it, with tests and notes that the next person can trust. " +
  "On my own time I built pgwatch-lite, an open-source PostgreSQL monitoring dashboard.\n\n" +
  "I would welcome a conversation about the role, and I am happy to walk through any of the work above in more detail. " +
  "Thank you for your time and for considering my application.\n\nBest regards,\nAvery Stone";

function streamRequest(accept?: string) {
  // Chunks cut mid-sentence and mid-word, so a lie is split across them.
  const chunks = LETTER.match(/[\s\S]{1,17}/g)!;
  fake.enqueue({ chunks, chunkDelayMs: 2 });
  return letterStreamRoute(
    new Request("http://localhost/api/career/generate-letter/stream", {
      method: "POST",
      headers: { ...user.authHeaders, "content-type": "application/json", ...(accept ? { accept } : {}) },
      body: JSON.stringify({ job_data: job, tone: "professional" }),
    }),
  );
}

async function readAll(res: Response): Promise<string[]> {
  const reader = res.body!.getReader();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(new TextDecoder().decode(value));
  }
}

describe("streamed letter grounding (Gemini engine)", () => {
  it("never sends an invented claim, not even in one chunk, and lists each removal as an event", async () => {
    const res = await streamRequest("application/x-ndjson");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const events = (await readAll(res))
      .join("")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const texts = events.filter((e) => e.type === "text").map((e) => e.text as string);
    for (const t of texts) expect(t).not.toMatch(/Globex|Engineer of the Year/);
    const text = texts.join("");
    expect(text).toContain("reduced AWS hosting costs by 30%");
    expect(text).toContain("team of 4 engineers");
    // Long enough once grounded to be sent at all (LETTER_MIN_WORDS).
    expect(countWords(text)).toBeGreaterThanOrEqual(LETTER_MIN_WORDS);
    const warnings = events.filter((e) => e.type === "warning").map((e) => e.warning as string);
    expect(warnings.join("\n")).toMatch(/Globex/);
    expect(warnings.join("\n")).toMatch(/award/);
    const done = events[events.length - 1];
    expect(done).toEqual({ type: "done", warnings });
  });

  it("plain-text clients get the same grounded text", async () => {
    const res = await streamRequest();
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const parts = await readAll(res);
    for (const p of parts) expect(p).not.toMatch(/Globex|Engineer of the Year/);
    expect(parts.join("")).toContain("Best regards,\nAvery Stone");
  });
});
