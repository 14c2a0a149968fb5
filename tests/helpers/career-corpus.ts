import type { ProfileFields } from "@/core/schemas/profile";
import { readFixtureText } from "./fixtures";

// Several candidates and postings for the grounding and writing-quality suites: four profiles from different
// fields (backend, product, frontend, machine learning), each with numbers that recur in different contexts, an
// award or certification, and a CV text rendered from the profile (what the upload would have stored). The
// postings are the licensed fixture paragraphs in ../shared/fixtures/jobs/, read by path, each under a headline
// line naming the role and an employer, plus a benefits paragraph (boilerplate a letter must not answer).

const exp = (
  title: string,
  company: string,
  start_date: string,
  end_date: string,
  highlights: string[],
  description = "",
): ProfileFields["experience"][number] => ({ title, company, location: null, start_date, end_date, duration: "", description, highlights });

export const CANDIDATES: Record<string, ProfileFields> = {
  backend: {
    name: "Avery Stone",
    email: "avery.stone@example.com",
    phone: "+49 30 1234567",
    location: "Berlin, Germany",
    links: ["https://github.com/averystone"],
    headline: "Senior Backend Engineer",
    summary:
      "Backend engineer with 7 years of experience building Python services and data pipelines. I care about reliable systems, clear APIs and calm on-call rotations.",
    education: [{ degree: "BSc", field: "Computer Science", institution: "Technical University of Munich", year: "2016" }],
    experience: [
      exp("Senior Backend Engineer", "Northwind Labs", "Mar 2021", "Present", [
        "Reduced AWS hosting costs by 30% by moving batch jobs to spot instances",
        "Led a team of 4 engineers building the payments API in Python and FastAPI",
        "Cut API p95 latency from 800 ms to 200 ms with Redis caching and PostgreSQL index tuning",
        "Introduced Kafka-based event streaming for order updates",
      ]),
      exp("Backend Engineer", "Contoso Retail", "Jun 2016", "Feb 2021", [
        "Built Django REST services used by 12 internal teams",
        "Improved checkout conversion by 8% through faster order validation",
        "Containerised 20 services with Docker and deployed them on Kubernetes",
        "Promoted to Backend Engineer II in 2019",
      ]),
    ],
    projects: [
      { name: "pgwatch-lite", description: "An open-source PostgreSQL monitoring dashboard.", technologies: ["Go", "PostgreSQL"] },
    ],
    skills: {
      technical: ["Python", "FastAPI", "Django", "PostgreSQL", "Redis", "Kafka", "Docker", "Kubernetes", "AWS", "Go"],
      soft: ["Mentoring", "Communication"],
      languages: ["English", "German"],
    },
  },
  product: {
    name: "Morgan Reyes",
    email: "morgan.reyes@example.org",
    phone: "",
    location: "London, UK",
    links: [],
    headline: "Product Manager",
    summary: "Product manager who turns customer research into roadmaps for B2B SaaS teams. Certified Scrum Product Owner (CSPO).",
    education: [{ degree: "MBA", field: null, institution: "London Business School", year: "2018" }],
    experience: [
      exp("Product Manager", "Brightline Software", "Jan 2019", "Present", [
        "Owned the roadmap for the analytics suite across three squads",
        "Grew weekly active users by 45% in 2022 by redesigning onboarding from Mixpanel funnel data",
        "Ran 30 A/B tests a quarter with the growth team",
        "Received the Brightline Customer Champion Award in 2021",
        "Wrote PRDs and acceptance criteria for 6 enterprise integrations",
      ]),
      exp("Business Analyst", "Fabrikam Consulting", "Sep 2015", "Dec 2018", [
        "Analysed churn with SQL and Looker for 9 retail clients",
        "Cut reporting time by 45 hours a month by automating dashboards",
      ]),
    ],
    projects: [],
    skills: {
      technical: ["Product Management", "SQL", "Mixpanel", "Looker", "A/B Testing", "Jira"],
      soft: ["Stakeholder Management", "Communication"],
      languages: ["English", "Spanish"],
    },
  },
  frontend: {
    name: "Sam Okafor",
    email: "sam@okafor.example",
    phone: "",
    location: "Amsterdam",
    links: ["https://samokafor.example"],
    headline: "Frontend Engineer",
    summary: "Frontend engineer focused on accessible, fast React interfaces.",
    education: [{ degree: "BSc", field: "Information Science", institution: "University of Amsterdam", year: "2018" }],
    experience: [
      exp("Frontend Engineer", "Tailspin Travel", "Apr 2020", "Present", [
        "Rebuilt the booking flow in React and TypeScript, raising mobile conversion by 15%",
        "Brought the design system to WCAG 2.1 AA with screen-reader and keyboard testing",
        "Improved Largest Contentful Paint by 40% with Next.js server components and image budgets",
        "Wrote Playwright end-to-end tests for 25 critical journeys",
      ]),
      exp("Web Developer", "Litware Agency", "Aug 2018", "Mar 2020", [
        "Built 15 marketing sites with Vue.js and Tailwind CSS",
        "Documented 40 components in Storybook",
      ]),
    ],
    projects: [{ name: "a11y-lint", description: "A small accessibility linter for JSX.", technologies: ["TypeScript", "Node.js"] }],
    skills: {
      technical: ["React", "TypeScript", "Next.js", "Vue.js", "Tailwind CSS", "Storybook", "Playwright", "Jest", "GraphQL"],
      soft: ["Collaboration"],
      languages: ["English", "Dutch"],
    },
  },
  ml: {
    name: "Priya Natarajan",
    email: "priya.n@example.net",
    phone: "",
    location: "Remote",
    links: [],
    headline: "Machine Learning Engineer",
    summary: "Machine learning engineer who takes ranking and classification models from notebooks to production.",
    education: [
      { degree: "MSc", field: "Statistics", institution: "University of Toronto", year: "2017" },
      { degree: "B.Tech", field: "Computer Science", institution: "IIT Madras", year: "2015" },
    ],
    experience: [
      exp("Machine Learning Engineer", "Adatum Health", "Feb 2020", "Present", [
        "Trained PyTorch ranking models that lifted click-through by 12%",
        "Built Spark feature pipelines processing 2 TB of claims data a day",
        "Deployed models on SageMaker endpoints with p99 latency under 50 ms",
        "Set up MLflow experiment tracking for a team of 6 data scientists",
      ]),
      exp("Data Scientist", "Woodgrove Bank", "Jul 2017", "Jan 2020", [
        "Built scikit-learn fraud classifiers that cut false positives by 25%",
        "Monitored data drift with Evidently dashboards",
      ]),
    ],
    projects: [],
    skills: {
      technical: ["Python", "PyTorch", "scikit-learn", "Spark", "MLflow", "SageMaker", "SQL", "Hugging Face Transformers"],
      soft: [],
      languages: ["English", "Tamil"],
    },
  },
};

/** The CV text the profile came from (what the upload stores as `cv_text`). */
export function cvTextOf(p: ProfileFields): string {
  return [
    p.name,
    [p.email, p.phone, p.location, ...p.links].filter(Boolean).join(" | "),
    p.headline,
    "",
    "Summary",
    p.summary,
    "",
    "Experience",
    ...p.experience.flatMap((e) => [
      `${e.title} — ${e.company} (${e.start_date} – ${e.end_date})`,
      e.description,
      ...e.highlights.map((h) => `• ${h}`),
      "",
    ]),
    "Projects",
    ...p.projects.map((x) => `${x.name}: ${x.description} (${x.technologies.join(", ")})`),
    "",
    "Education",
    ...p.education.map((e) => `${e.degree}${e.field ? ` in ${e.field}` : ""}, ${e.institution}, ${e.year}`),
    "",
    "Skills",
    [...p.skills.technical, ...p.skills.soft].join(", "),
    `Languages: ${p.skills.languages.join(", ")}`,
  ]
    .filter((l) => l !== undefined)
    .join("\n");
}

const BENEFITS =
  "Benefits\n- 30 days of paid vacation\n- A yearly learning budget and a home-office allowance\n- We are an equal opportunity employer and value diversity.";

/** Postings: headline line (role at employer), the fixture paragraph, a benefits section. */
export const POSTINGS: Record<string, { text: string; company: string; title: string }> = {
  backend: { title: "Senior Backend Engineer", company: "Lumen Data", text: "" },
  frontend: { title: "Senior Frontend Engineer", company: "Parcelly", text: "" },
  ml: { title: "Machine Learning Engineer", company: "Quanta Health", text: "" },
  product: { title: "Senior Product Manager", company: "Metricly", text: "" },
};
for (const [key, posting] of Object.entries(POSTINGS)) {
  const body = readFixtureText("jobs", key === "product" ? "e2e_product-manager.txt" : `e2e_${key}-eng.txt`);
  posting.text = `${posting.title} at ${posting.company} (Remote)\n\n${body.trim()}\n\n${BENEFITS}\n`;
}
