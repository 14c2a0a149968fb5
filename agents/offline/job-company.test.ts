import { describe, expect, it } from "vitest";
import { companyOfDomains, companyOfPageTitle } from "./job-company";
import { detectTitle } from "./job-fields";
import { namesOccupation, titleLike } from "./job-title";

describe("the employer from a domain or a page title", () => {
  const text = "Northgate Logistics is a growing firm.\nTo apply, send your CV to jobs@northgatelogistics.co.uk";

  it("an e-mail domain names the employer only through a name the text spells the same way", () => {
    expect(companyOfDomains(text, "", "")).toBe("Northgate Logistics");
    expect(companyOfDomains("Send your CV to jobs@northgatelogistics.co.uk", "", "")).toBe("");
    expect(companyOfDomains("Northgate Logistics. Apply to anna.smith@gmail.com", "", "")).toBe("");
  });

  it("an applicant-tracking URL carries the employer's slug; a job board's does not", () => {
    expect(companyOfDomains("We build data tools.", "https://boards.greenhouse.io/example-analytics/jobs/123", "")).toBe(
      "Example Analytics",
    );
    expect(companyOfDomains("Join Acme Robotics today.", "https://jobs.lever.co/acmerobotics/abc", "")).toBe("Acme Robotics");
    expect(companyOfDomains("We build data tools.", "https://www.indeed.com/viewjob?jk=1", "Indeed")).toBe("");
    expect(companyOfDomains("We build data tools.", "https://careers.fernhill.studio/jobs/7", "Fernhill")).toBe("Fernhill");
  });

  it("a careers page's <title>", () => {
    expect(companyOfPageTitle("Careers at Fernhill Studio")).toBe("Fernhill Studio");
    expect(companyOfPageTitle("Acme Robotics | Careers")).toBe("Acme Robotics");
    expect(companyOfPageTitle("Senior Product Designer")).toBe("");
  });
});

describe("job titles outside software", () => {
  it.each(["Sous Chef", "Warehouse Operative", "Staff Nurse (Band 5)", "Part-Time Bookkeeper", "Paralegal", "Kitchen Porter"])(
    "%s is a title",
    (line) => expect(titleLike(line)).toBe(true),
  );
  it.each(["About the job", "Riverside Community Hospital", "Benefits", "What we offer", "Leeds", "Lorem ipsum dolor", "Apply today"])(
    "%s is not",
    (line) => expect(titleLike(line)).toBe(false),
  );
  it("a title named in a sentence", () => {
    expect(detectTitle("Our family bakery is looking for an experienced pastry chef to join the early shift.")).toBe("Pastry chef");
    expect(namesOccupation("experienced electrician")).toBe(true);
  });
});
