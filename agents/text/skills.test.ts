import { describe, expect, it } from "vitest";
import { canonicalSkill, dictionarySize, findLanguages, findSkills, normalizeSkillList, scanSkills } from "./skills";

describe("skills dictionary", () => {
  it("has hundreds of technologies plus soft skills and spoken languages", () => {
    const size = dictionarySize();
    expect(size.hard).toBeGreaterThanOrEqual(300);
    expect(size.soft).toBeGreaterThanOrEqual(25);
    expect(size.languages).toBeGreaterThanOrEqual(50);
  });

  it.each([
    ["JS", "JavaScript"],
    ["Postgres", "PostgreSQL"],
    ["k8s", "Kubernetes"],
    ["TS", "TypeScript"],
    ["Node", "Node.js"],
    ["nodejs", "Node.js"],
    ["React.js", "React"],
    ["golang", "Go"],
    ["amazon-web-services", "AWS"],
    ["c#", "C#"],
    ["C++", "C++"],
    [".net", ".NET"],
    ["front end", "Front-end Development"],
    ["team player", "Teamwork"],
    ["Kubernetes )", "Kubernetes"],
  ])("canonicalSkill(%s) = %s", (alias, canonical) => {
    expect(canonicalSkill(alias)).toBe(canonical);
  });

  it("returns null for unknown names", () => {
    expect(canonicalSkill("Frobnicator 3000")).toBeNull();
    expect(canonicalSkill("")).toBeNull();
  });

  it("finds skills on word boundaries with aliases folded", () => {
    const { hard, soft } = findSkills(
      "Experience with JS, TS, Node and React.js; Postgres and k8s; golang. Excellent communication skills and a team player.",
    );
    expect(hard).toEqual(["JavaScript", "TypeScript", "Node.js", "React", "PostgreSQL", "Kubernetes", "Go"]);
    expect(soft).toEqual(["Communication", "Teamwork"]);
  });

  it("handles C++, C#, .NET, Node.js and slashes", () => {
    expect(findSkills("We use C++, C# and .NET Core, plus ASP.NET.").hard).toEqual(["C++", "C#", ".NET Core", "ASP.NET"]);
    expect(findSkills("Node.js-based services; HTML/CSS; CI/CD with GitHub Actions").hard).toEqual([
      "Node.js",
      "HTML",
      "CSS",
      "CI/CD",
      "GitHub Actions",
    ]);
    expect(findSkills("Languages: C/C++ and Python").hard).toEqual(["C", "C++", "Python"]);
  });

  it("avoids false positives for short or common-word names", () => {
    expect(findSkills("Let's go to the park and react to the news. Go to market fast.").hard).toEqual([]);
    expect(findSkills("Reports to C-level executives; R&D budget; Spring 2020 semester.").hard).toEqual([]);
    expect(findSkills("Contact john@github.com or see github.com/johndoe").hard).toEqual([]);
    expect(findSkills("A solid understanding of testing; we excel at delivery.").hard).toEqual(["Software Testing"]);
    expect(findSkills("Backend in Go, Rust and Python").hard).toEqual(["Back-end Development", "Go", "Rust", "Python"]);
  });

  it("does not split longer names into shorter ones", () => {
    expect(findSkills("Spring Boot and React Native").hard).toEqual(["Spring Boot", "React Native"]);
    expect(findSkills("communication protocols such as SPI").hard).toContain("Communication Protocols");
    expect(findSkills("communication protocols").soft).toEqual([]);
  });

  it("finds spoken languages (capitalised names)", () => {
    expect(findLanguages("Fluent in English and German; some Spanish.")).toEqual(["English", "German", "Spanish"]);
  });

  it("normalises a skill list to canonical names without duplicates", () => {
    expect(normalizeSkillList(["JS", "javascript", "Postgres", "  My Own Tool "])).toEqual(["JavaScript", "PostgreSQL", "My Own Tool"]);
  });
});

describe("aliases match whole words in a fitting context (issue 11)", () => {
  it("'TFS' is Team Foundation Server, not a plural of TF (TensorFlow)", () => {
    expect(findSkills("Tools: Git, TFS").hard).toEqual(["Git", "Team Foundation Server"]);
    expect(findSkills("Models in TF and PyTorch; REST APIs").hard).toEqual(["TensorFlow", "PyTorch", "REST APIs"]);
  });

  it("'Windows' is the operating system, not Windows Server", () => {
    expect(findSkills("Windows, Linux and macOS").hard).toEqual(["Windows", "Linux", "macOS"]);
    expect(findSkills("Windows Server 2019 administration").hard).toEqual(["Windows Server"]);
  });

  it("links and e-mail addresses are not skills (an https link is not HTTP)", () => {
    expect(findSkills("Portfolio: https://jane.dev/react-demo · www.docker-fan.io · jane.python@mail.com").hard).toEqual([]);
    expect(findSkills("linkedin.com/in/jane-java and HTTP/2 caching").hard).toEqual(["HTTP", "Caching"]);
  });

  it("keeps the text's own words and offsets on every hit", () => {
    const text = "Built with ReactJS and k8s";
    for (const hit of scanSkills(text)) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(scanSkills(text).map((h) => [h.text, h.canonical])).toEqual([
      ["ReactJS", "React"],
      ["k8s", "Kubernetes"],
    ]);
  });
});
