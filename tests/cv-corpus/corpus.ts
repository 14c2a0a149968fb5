import { docText, layoutDoc, LAYOUTS, type Layout } from "./layouts";
import { generatePerson, jsonResumePeople, type Person } from "./people";
import { renderDocx, renderPdf } from "./render";

// The CV evaluation corpus: people × layouts × formats, generated deterministically. The generated people are split
// by seed: every fourth person is held out (a test split not looked at while tuning the parser).

export const FORMATS = ["txt", "pdf", "docx"] as const;
export type Format = (typeof FORMATS)[number];
export type Split = "dev" | "test";
export type CorpusCase = { person: Person; layout: Layout; format: Format; split: Split; filename: string; bytes: Uint8Array };

export const GENERATED_PEOPLE = 40;

export function corpusPeople(split: Split | "all" = "all", count = GENERATED_PEOPLE): { person: Person; split: Split; seed: number }[] {
  const out: { person: Person; split: Split; seed: number }[] = jsonResumePeople().map((person) => ({ person, split: "dev", seed: 0 }));
  for (let seed = 1; seed <= count; seed++) out.push({ person: generatePerson(seed), split: seed % 4 === 0 ? "test" : "dev", seed });
  return split === "all" ? out : out.filter((p) => p.split === split);
}

export async function renderCase(person: Person, seed: number, layout: Layout, format: Format): Promise<Uint8Array> {
  const doc = layoutDoc(layout, person, seed);
  if (format === "pdf") return renderPdf(doc);
  if (format === "docx") return renderDocx(doc);
  return new TextEncoder().encode(docText(doc));
}

export async function* corpusCases(
  options: { split?: Split | "all"; layouts?: readonly Layout[]; formats?: readonly Format[]; people?: number } = {},
) {
  for (const { person, split, seed } of corpusPeople(options.split ?? "all", options.people)) {
    for (const layout of options.layouts ?? LAYOUTS) {
      for (const format of options.formats ?? FORMATS) {
        const bytes = await renderCase(person, seed, layout, format);
        yield { person, layout, format, split, filename: `${person.id}-${layout}.${format}`, bytes } satisfies CorpusCase;
      }
    }
  }
}
