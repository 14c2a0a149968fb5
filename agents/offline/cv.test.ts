import { describe, expect, it } from "vitest";
import { pdfFixtureText, readFixtureJson, renderJsonResume } from "@/tests/helpers/fixtures";
import { profileFieldsSchema } from "@/core/schemas/profile";
import { parseCvOffline } from "./cv";
import { splitTitleCompany } from "./cv-blocks";

describe("offline CV parser: john_doe.pdf (single column)", async () => {
  const profile = parseCvOffline(await pdfFixtureText("resumes", "john_doe.pdf"));

  it("reads the contact block", () => {
    expect(profile.name).toBe("John Doe");
    expect(profile.email).toBe("john.doe@email.com");
    expect(profile.phone).toBe("(123) 456-7890");
    expect(profile.location).toContain("Anywhere");
    expect(profile.links).toEqual(["linkedin.com/in/johndoe", "github.com/johndoe"]);
  });

  it("reads both jobs with title, company and dates", () => {
    expect(profile.experience).toHaveLength(2);
    expect(profile.experience[0]).toMatchObject({
      title: "Full Stack Java Developer",
      company: "ABC Company, Inc.",
      start_date: "June 2018",
      end_date: "Present",
    });
    expect(profile.experience[1]).toMatchObject({
      title: "Software Developer",
      company: "XYZ Solutions",
      start_date: "July 2016",
      end_date: "June 2018",
      duration: "2 years",
    });
    expect(profile.experience[0].highlights).toHaveLength(6);
    // A bullet wrapped over two lines is one highlight.
    expect(profile.experience[0].highlights[0]).toBe(
      "Developed scalable, robust, and maintainable enterprise-level applications using Java and Spring Boot",
    );
    expect(profile.experience[1].highlights[0]).toContain("requirement analysis to deployment");
  });

  it("reads summary, education and skills", () => {
    expect(profile.summary).toMatch(/^Highly skilled Full Stack Developer/);
    expect(profile.education[0]).toMatchObject({
      degree: "Bachelor of Science",
      field: "Computer Science",
      institution: "State University",
      year: "2016",
    });
    expect(profile.skills.technical).toEqual(
      expect.arrayContaining(["Java", "Java EE", "Spring Boot", "Hibernate", "Angular", "MySQL", "MongoDB", "Docker", "JUnit", "Mockito"]),
    );
    expect(profile.skills.technical).not.toContain("and Hibernate");
    expect(profile.skills.soft).toEqual(expect.arrayContaining(["Teamwork"]));
  });
});

describe("offline CV parser: two-column PDFs with icon glyphs", () => {
  it.each([
    ["barry_allen_fe.pdf", "Barry Allen", "allthe.stars@google.com", 1, "Google", "React"],
    ["alfred_pennyworth_pm.pdf", "Alfred Pennyworth", "alfred.pennyworth@email.com", 5, "Google", "Product Management"],
    ["bruce_wayne_fullstack.pdf", "Bruce Wayne", "bwayne@email.com", 3, "OpenAI", "MongoDB"],
    ["harvey_dent_mle.pdf", "Harvey Dent", "hdent@email.com", 3, "OpenAI", "PyTorch"],
  ])("%s parses into a sensible profile", async (file, name, email, jobs, firstCompany, skill) => {
    const p = parseCvOffline(await pdfFixtureText("resumes", file));
    expect(profileFieldsSchema.safeParse(p).success).toBe(true);
    expect(p.name).toBe(name);
    expect(p.email).toBe(email);
    expect(p.phone).toMatch(/^\(123\) 456-789\d$/);
    expect(p.headline).not.toBe("");
    expect(p.summary.length).toBeGreaterThan(50);
    expect(p.experience).toHaveLength(jobs);
    expect(p.experience[0].company).toBe(firstCompany);
    expect(p.experience[0].end_date).toBe("Present");
    for (const e of p.experience) {
      expect(e.title).not.toBe("");
      expect(e.start_date).toMatch(/\d{4}/);
      expect(e.description.length).toBeGreaterThan(40);
    }
    expect(p.education.length).toBeGreaterThan(0);
    for (const ed of p.education) expect(ed.institution).not.toBe("");
    expect(p.projects.length).toBeGreaterThan(0);
    expect(p.skills.technical).toContain(skill);
    // Icon glyphs never leak into the fields.
    expect(JSON.stringify([p.name, p.phone, p.email, p.location])).not.toMatch(/[ð§#]/);
  });

  it("joins a date range split over two lines and reads the title/company line after it", async () => {
    const p = parseCvOffline(await pdfFixtureText("resumes", "bruce_wayne_fullstack.pdf"));
    expect(p.experience.map((e) => [e.title, e.company, e.start_date, e.end_date])).toEqual([
      ["MERN Stack Developer", "OpenAI", "June 2020", "Present"],
      ["Full Stack Developer", "Uber", "July 2015", "May 2020"],
      ["Software Developer", "Facebook", "June 2012", "June 2015"],
    ]);
    expect(p.projects[0].name).toBe("Gotham Event Planner");
  });
});

describe("offline CV parser: JSON Resume sample rendered to text", () => {
  it("yields its known name, e-mail and work entries", () => {
    type SampleResume = Parameters<typeof renderJsonResume>[0] & {
      basics: { name: string; email: string; phone: string };
      work: { name: string; position: string; highlights: string[] }[];
      projects: { name: string }[];
    };
    const resume = readFixtureJson<SampleResume>("resumes", "jsonresume-sample.resume.json");
    const p = parseCvOffline(renderJsonResume(resume));
    expect(p.name).toBe(resume.basics.name);
    expect(p.email).toBe(resume.basics.email);
    expect(p.phone).toBe(resume.basics.phone);
    expect(p.experience.length).toBeGreaterThanOrEqual(resume.work.length);
    for (const w of resume.work) {
      const e = p.experience.find((x) => x.company === w.name);
      expect(e, w.name).toBeDefined();
      expect(e!.title).toBe(w.position);
      expect(e!.highlights).toEqual(w.highlights);
    }
    expect(p.skills.technical).toEqual(expect.arrayContaining(["HTML", "CSS", "JavaScript"]));
    expect(p.skills.languages).toEqual(["English"]);
    expect(p.projects.map((x) => x.name)).toContain(resume.projects[0].name);
  });
});

describe("offline CV parser: other layouts", () => {
  it("reads headings with trailing colons, title/company/date on separate lines and 'Title at Company'", () => {
    const text = [
      "Jane Q. Smith",
      "Senior Data Engineer",
      "jane.smith@example.org | +44 20 7946 0958 | London, UK | https://github.com/janesmith",
      "",
      "Profile:",
      "Data engineer who builds reliable pipelines.",
      "",
      "Employment History",
      "Data Engineer at Initrode",
      "03/2019 - 06/2021",
      "- Built Airflow pipelines feeding Snowflake",
      "- Cut costs for the BigQuery warehouse",
      "",
      "Acme Corp — Senior Data Engineer",
      "Jul 2021 – Present",
      "* Leads the Kafka platform",
      "",
      "Education",
      "MSc in Computer Science, University of Leeds, 2018",
      "",
      "Languages",
      "English (native), French (B2)",
    ].join("\n");
    const p = parseCvOffline(text);
    expect(p).toMatchObject({
      name: "Jane Q. Smith",
      email: "jane.smith@example.org",
      phone: "+44 20 7946 0958",
      headline: "Senior Data Engineer",
    });
    expect(p.links).toContain("https://github.com/janesmith");
    expect(p.experience.map((e) => [e.title, e.company, e.start_date, e.end_date])).toEqual([
      ["Data Engineer", "Initrode", "03/2019", "06/2021"],
      ["Senior Data Engineer", "Acme Corp", "Jul 2021", "Present"],
    ]);
    expect(p.experience[0].highlights).toHaveLength(2);
    expect(p.education[0]).toMatchObject({ degree: "MSc", field: "Computer Science", institution: "University of Leeds", year: "2018" });
    expect(p.skills.languages).toEqual(["English", "French"]);
    expect(p.skills.technical).toEqual(expect.arrayContaining(["Apache Airflow", "Snowflake", "BigQuery", "Apache Kafka"]));
  });

  it("splits title and company in either order", () => {
    expect(splitTitleCompany("Software Engineer (Front-End), Google, Mountain View, CA, USA")).toEqual({
      title: "Software Engineer (Front-End)",
      company: "Google",
      location: "Mountain View, CA, USA",
    });
    expect(splitTitleCompany("Globex — Product Manager")).toMatchObject({ title: "Product Manager", company: "Globex" });
  });

  it("reads 'Title | Company | dates' lines, labelled skill lines and a languages section", () => {
    const text = [
      "Maria Garcia",
      "maria.garcia@mail.com",
      "+34 612 345 678",
      "Madrid, Spain",
      "",
      "EXPERIENCE",
      "Senior Software Engineer | Acme Inc | Jan 2020 - Present",
      "• Led migration of the monolith to microservices on Kubernetes",
      "Software Engineer | Beta GmbH | 2017 - 2019",
      "• Built REST APIs in Go and PostgreSQL",
      "",
      "EDUCATION",
      "B.Sc. Computer Science - Universidad Complutense de Madrid (2013 - 2017)",
      "",
      "SKILLS",
      "Languages: Go, Python, TypeScript",
      "Tools: Docker, Kubernetes, Terraform, AWS",
      "Soft skills: leadership, communication",
      "",
      "LANGUAGES",
      "Spanish (native), English (C1), German (A2)",
    ].join("\n");
    const p = parseCvOffline(text);
    expect(p).toMatchObject({ name: "Maria Garcia", phone: "+34 612 345 678", location: "Madrid, Spain" });
    expect(p.experience.map((e) => [e.title, e.company, e.start_date, e.end_date])).toEqual([
      ["Senior Software Engineer", "Acme Inc", "Jan 2020", "Present"],
      ["Software Engineer", "Beta GmbH", "2017", "2019"],
    ]);
    expect(p.education[0]).toEqual({
      degree: "B.Sc.",
      field: "Computer Science",
      institution: "Universidad Complutense de Madrid",
      year: "2017",
    });
    expect(p.skills.technical.slice(0, 7)).toEqual(["Go", "Python", "TypeScript", "Docker", "Kubernetes", "Terraform", "AWS"]);
    expect(p.skills.soft).toEqual(expect.arrayContaining(["Leadership", "Communication"]));
    expect(p.skills.languages).toEqual(["Spanish", "English", "German"]);
  });

  it("reads 'Company / Title / dates' blocks and 'Name — description' projects", () => {
    const text = [
      "PETER PARKER",
      "Photographer & Frontend Developer",
      "New York, NY · peter@dailybugle.com · (555) 123-4567 · github.com/pparker",
      "",
      "Work History",
      "Daily Bugle",
      "Frontend Developer",
      "Mar 2021 – Present",
      "Built the photo gallery with React and TypeScript.",
      "",
      "Projects",
      "Web Slinger — a physics toy in Three.js",
      "Built a rope simulation; deployed on Vercel.",
      "",
      "Education",
      "Empire State University — BSc Physics, 2020",
    ].join("\n");
    const p = parseCvOffline(text);
    expect(p).toMatchObject({
      name: "Peter Parker",
      email: "peter@dailybugle.com",
      phone: "(555) 123-4567",
      location: "New York, NY",
      headline: "Photographer & Frontend Developer",
    });
    expect(p.experience[0]).toMatchObject({
      title: "Frontend Developer",
      company: "Daily Bugle",
      start_date: "Mar 2021",
      end_date: "Present",
    });
    expect(p.projects[0]).toMatchObject({ name: "Web Slinger", technologies: expect.arrayContaining(["Three.js", "Vercel"]) });
    expect(p.education[0]).toMatchObject({ degree: "BSc", field: "Physics", institution: "Empire State University", year: "2020" });
  });
});

describe("skills keep their source in the CV's words (issue 11)", () => {
  it("every skill has a span whose text is at its offsets; misread aliases and links are not skills", () => {
    const cv = [
      "Jane Roe",
      "https://github.com/janeroe | jane@example.com",
      "",
      "SKILLS",
      "Languages: JS, Python",
      "Tools: TFS, Windows, k8s",
      "",
      "EXPERIENCE",
      "Developer, Acme, 2019 - 2021",
      "• Built services in Go and PostgreSQL",
    ].join("\n");
    const profile = parseCvOffline(cv);
    const all = [...profile.skills.technical, ...profile.skills.soft, ...profile.skills.languages];
    expect(profile.skills.technical).toEqual(
      expect.arrayContaining(["JavaScript", "Python", "Team Foundation Server", "Windows", "Kubernetes"]),
    );
    expect(all).not.toContain("TensorFlow");
    expect(all).not.toContain("Windows Server");
    expect(all).not.toContain("HTTP");
    expect(all).not.toContain("GitHub");
    expect(profile.skill_sources?.map((s) => s.skill)).toEqual(all);
    for (const source of profile.skill_sources ?? []) expect(cv.slice(source.start, source.end)).toBe(source.text);
    expect(profile.skill_sources?.find((s) => s.skill === "Kubernetes")?.text).toBe("k8s");
  });
});

describe("offline CV parser: habits the hand-written CVs showed (tests/cv-handwritten)", () => {
  it("reads bilingual and French headings, a labelled name, a comma inside brackets and grades beside the years", () => {
    const profile = parseCvOffline(
      [
        "Name: Jonas Weber",
        "jonas.weber@posteo.de",
        "",
        "Berufserfahrung / Professional Experience",
        "10/2019 – heute",
        "Werkstudent (Working Student, Design), Festo AG, Esslingen",
        "",
        "FORMATION",
        "B.E. in Computer Science and Engineering",
        "R.V. College of Engineering, Bengaluru",
        "2018 - 2022   CGPA: 8.6/10",
        "12th (PUC), Karnataka State Board",
        "Vijaya PU College, Bengaluru",
        "2018   Percentage: 94%",
      ].join("\n"),
    );
    expect(profile.name).toBe("Jonas Weber");
    expect(profile.experience.map((e) => [e.title, e.company, e.end_date])).toEqual([
      ["Werkstudent (Working Student, Design)", "Festo AG", "Present"],
    ]);
    expect(profile.education.map((e) => [e.degree, e.institution, e.year])).toEqual([
      ["B.E.", "R.V. College of Engineering", "2022"],
      ["12th", "Vijaya PU College", "2018"],
    ]);
  });

  it("a name with letters after it, and Europass's own headings are never the name", () => {
    expect(parseCvOffline("PRIYA NAIR, PMP\nProject Manager\npriya@example.com\n\nEXPERIENCE\n").name).toBe("Priya Nair");
    const europass = parseCvOffline(
      "PERSONAL INFORMATION\nLucía Fernández Ortega\nlucia@example.com\n\nJOB APPLIED FOR\nRegistered Nurse\n",
    );
    expect(europass.name).toBe("Lucía Fernández Ortega");
  });
});
