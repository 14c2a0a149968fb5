import { describe, expect, it } from "vitest";
import { corpusPeople, FORMATS, renderCase } from "./corpus";
import { LAYOUTS } from "./layouts";
import { readCv } from "./read";
import { misses, scoreProfile } from "./score";

// One test per layout of the CV corpus (npm run eval:cv measures all of it): the JSON Resume sample and a generated
// person, as text, PDF and DOCX, read through the upload route's extraction and the CV agent. Every gold field is
// found (name, each job's title, company and dates, each school's institution, degree and year, every listed skill)
// and at most one skill is extra.

const people = corpusPeople("dev", 2).filter((p) => p.seed !== 2);

describe.each(LAYOUTS)("CV layout %s", (layout) => {
  it.each(FORMATS)("as %s: every gold field is read", async (format) => {
    for (const { person, seed } of people) {
      const profile = await readCv(await renderCase(person, seed, layout, format), `${person.id}.${format}`);
      const counts = scoreProfile(person, profile);
      const missed = misses(person, profile).filter((m) => !m.startsWith("skills extra"));
      expect(missed, `${person.id} ${layout}.${format}`).toEqual([]);
      expect(
        counts.skills_precision.total - counts.skills_precision.hit,
        `${person.id}: ${misses(person, profile).join("; ")}`,
      ).toBeLessThanOrEqual(1);
    }
  });
});
