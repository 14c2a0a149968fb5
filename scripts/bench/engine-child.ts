// One fresh process of npm run bench:engine (see scripts/bench-engine.ts). Inputs are made first; each measured
// function's first call is timed from before its modules are imported.
import { readFileSync } from "node:fs";
import path from "node:path";

const calls = Number(process.argv[2] ?? "30");
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

async function inputs() {
  const { generatePerson } = await import("../../tests/cv-corpus/people");
  const { docText, layoutDoc } = await import("../../tests/cv-corpus/layouts");
  const { renderPdf } = await import("../../tests/cv-corpus/render");
  // A two-page CV: the first generated person with four jobs, in the plain ATS layout, with five bullets per job.
  let seed = 1;
  while (generatePerson(seed).jobs.length < 4) seed++;
  const person = generatePerson(seed);
  for (const job of person.jobs)
    for (let i = 0; i < 3; i++)
      job.highlights.push(`${job.highlights[0]} for the ${["billing", "reporting", "customer"][i]} team, measured over two quarters`);
  const doc = layoutDoc("ats", person, seed);
  const pdf = await renderPdf(doc);
  const fixtures = path.resolve(process.cwd(), "../shared/fixtures/jobs");
  const { extractText } = await import("unpdf");
  const jobText = (
    await extractText(new Uint8Array(readFileSync(path.join(fixtures, "job_desc_full_stack_engineer.pdf"))), { mergePages: true })
  ).text;
  const jobHtml = readFileSync(path.join(fixtures, "eg-0028.jsonld.html"), "utf8");
  return { cvText: docText(doc), pdf, jobText, jobHtml };
}

async function measure(first: () => Promise<unknown>): Promise<{ cold: number; warm: number }> {
  const t0 = performance.now();
  await first();
  const cold = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t = performance.now();
    await first();
    times.push(performance.now() - t);
  }
  return { cold, warm: median(times) };
}

async function main() {
  const input = await inputs();
  const { PDFDocument } = await import("pdf-lib");
  const pages = (await PDFDocument.load(input.pdf)).getPageCount();
  const figures: Record<string, { cold: number; warm: number }> = {};
  figures["CV text → profile"] = await measure(async () => (await import("../../agents/offline/cv")).parseCvOffline(input.cvText));
  figures["job text → job_data"] = await measure(async () =>
    (await import("../../agents/offline/job")).parseJobOffline({ text: input.jobText }),
  );
  figures["job page (JSON-LD) → job_data"] = await measure(async () =>
    (await import("../../agents/offline/job")).parseJobOffline({ html: input.jobHtml }),
  );
  figures["CV PDF → text → profile"] = await measure(async () => {
    const { extractDocumentText } = await import("../../lib/documents/extract");
    const { parseCvOffline } = await import("../../agents/offline/cv");
    return parseCvOffline((await extractDocumentText({ bytes: input.pdf, filename: "cv.pdf" })).text);
  });
  const about = `inputs: a ${pages}-page CV (${input.cvText.length} characters of text, ${input.pdf.byteLength} bytes as PDF); job_desc_full_stack_engineer.pdf's text (${input.jobText.length} characters); eg-0028.jsonld.html`;
  console.log(JSON.stringify({ figures, about }));
}

void main();
