import { describe, expect, it } from "vitest";
import { durationBetween, findDateRange } from "./dates";

const NOW = new Date("2026-01-15T00:00:00Z");

describe("date ranges", () => {
  it.each([
    ["Jan 2020 – Present", "Jan 2020", "Present", "6 years 1 month"],
    ["June 2018 - Present", "June 2018", "Present", "7 years 8 months"],
    ["2019-2021", "2019", "2021", "2 years"],
    ["03/2018 - 06/2020", "03/2018", "06/2020", "2 years 4 months"],
    ["July 2016 to June 2018", "July 2016", "June 2018", "2 years"],
    ["2013-12-01 - 2014-12-01", "2013-12-01", "2014-12-01", "1 year 1 month"],
    ["Sep. 2021 — current", "Sep. 2021", "Present", "4 years 5 months"],
    // Europass (day/month/year) and CVs written in French, German or Spanish.
    ["01/03/2019 – CURRENT", "01/03/2019", "Present", "6 years 11 months"],
    ["10/2019 – heute", "10/2019", "Present", "6 years 4 months"],
    ["Septembre 2018 – Aujourd'hui", "Septembre 2018", "Present", "7 years 5 months"],
    ["Juillet 2014 – Août 2018", "Juillet 2014", "Août 2018", "4 years 2 months"],
    ["März 2016 – Juni 2019", "März 2016", "Juni 2019", "3 years 4 months"],
  ])("%s", (text, start, end, duration) => {
    const r = findDateRange(`Engineer, Acme, ${text}`, NOW);
    expect(r).toMatchObject({ start_date: start, end_date: end, duration });
  });

  it("reads 'Since 2019' as an open range", () => {
    expect(findDateRange("Since 2019", NOW)).toMatchObject({ start_date: "2019", end_date: "Present" });
  });

  it("returns null without a range and an empty duration for unreadable dates", () => {
    expect(findDateRange("Worked on many things")).toBeNull();
    expect(durationBetween("sometime", "later")).toBe("");
  });
});
