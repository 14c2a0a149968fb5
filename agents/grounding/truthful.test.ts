import { describe, expect, it } from "vitest";
import { CANDIDATES } from "@/tests/helpers/career-corpus";
import { groundSentence, type GroundingContext } from ".";

// The truthful suite (issue 13): true statements, paraphrased from each profile the way a model writes them in a
// letter, a message or a resume bullet, must survive grounding (at least 95 %). `entry` marks a resume bullet of
// that job; without it the sentence is letter/message prose.

const TRUE: Record<string, Array<{ text: string; entry?: number }>> = {
  backend: [
    { text: "At Northwind Labs I reduced AWS hosting costs by 30% by moving batch jobs to spot instances." },
    { text: "I led a team of 4 engineers that built the payments API in Python and FastAPI." },
    { text: "Brought API p95 latency down from 800 ms to 200 ms using Redis caching and better PostgreSQL indexes.", entry: 0 },
    { text: "At Contoso Retail, I built Django REST services that 12 internal teams relied on." },
    { text: "Faster order validation lifted checkout conversion by 8%.", entry: 1 },
    { text: "I containerised 20 services with Docker and ran them on Kubernetes." },
    { text: "I was promoted to Backend Engineer II at Contoso Retail in 2019." },
    { text: "I have 7 years of experience building Python services and data pipelines." },
    { text: "As a Senior Backend Engineer at Northwind Labs, I introduced Kafka-based event streaming for order updates." },
    { text: "I hold a BSc in Computer Science from the Technical University of Munich." },
    { text: "Outside work I maintain pgwatch-lite, an open-source PostgreSQL monitoring dashboard written in Go." },
    { text: "I am applying for the Senior Backend Engineer role at Lumen Data." },
    { text: "Your posting asks for 4+ years of professional Python experience, which matches my background." },
    { text: "I care about reliable systems, clear APIs and calm on-call rotations." },
    { text: "Since 2021 I have been a Senior Backend Engineer at Northwind Labs." },
    { text: "Engineering teams I have worked with valued clear documentation and careful reviews." },
  ],
  product: [
    { text: "At Brightline Software I own the roadmap for the analytics suite across three squads." },
    { text: "I grew weekly active users by 45% in 2022 by redesigning onboarding from Mixpanel funnel data." },
    { text: "Redesigned onboarding using Mixpanel funnel data, growing weekly active users 45%.", entry: 0 },
    { text: "With the growth team I ran 30 A/B tests a quarter." },
    { text: "In 2021 I received the Brightline Customer Champion Award." },
    { text: "I wrote PRDs and acceptance criteria for 6 enterprise integrations." },
    { text: "As a Business Analyst at Fabrikam Consulting, I analysed churn with SQL and Looker for 9 retail clients." },
    { text: "Automated dashboards that saved 45 hours of reporting time a month.", entry: 1 },
    { text: "I am a Certified Scrum Product Owner." },
    { text: "I hold an MBA from London Business School." },
    { text: "I turn customer research into roadmaps for B2B SaaS teams." },
    { text: "I'm excited to apply for the Senior Product Manager role at Metricly." },
    { text: "I have been a Product Manager at Brightline Software since 2019." },
    { text: "My background in SQL and Looker lets me answer my own data questions." },
  ],
  frontend: [
    { text: "At Tailspin Travel I rebuilt the booking flow in React and TypeScript, which raised mobile conversion by 15%." },
    { text: "I brought our design system to WCAG 2.1 AA with screen-reader and keyboard testing." },
    { text: "Improved Largest Contentful Paint by 40% using Next.js server components and image budgets.", entry: 0 },
    { text: "I wrote Playwright end-to-end tests covering 25 critical journeys." },
    { text: "As a Web Developer at Litware Agency, I built 15 marketing sites with Vue.js and Tailwind CSS." },
    { text: "Documented 40 components in Storybook.", entry: 1 },
    { text: "I also built a11y-lint, a small accessibility linter for JSX written in TypeScript." },
    { text: "I studied Information Science at the University of Amsterdam." },
    { text: "I have worked as a Frontend Engineer at Tailspin Travel since 2020." },
    { text: "I'd love to bring my React and TypeScript experience to the Senior Frontend Engineer role at Parcelly." },
    { text: "I focus on accessible, fast React interfaces." },
    { text: "I have built interfaces against GraphQL APIs." },
  ],
  ml: [
    { text: "At Adatum Health I trained PyTorch ranking models that lifted click-through by 12%." },
    { text: "I built Spark feature pipelines that process 2 TB of claims data a day." },
    { text: "Deployed models to SageMaker endpoints with p99 latency under 50 ms.", entry: 0 },
    { text: "I set up MLflow experiment tracking for a team of 6 data scientists." },
    { text: "As a Data Scientist at Woodgrove Bank, I built scikit-learn fraud classifiers that cut false positives by 25%." },
    { text: "Monitored data drift with Evidently dashboards.", entry: 1 },
    { text: "I hold an MSc in Statistics from the University of Toronto and a B.Tech in Computer Science from IIT Madras." },
    { text: "I take ranking and classification models from notebooks to production." },
    { text: "I have been a Machine Learning Engineer at Adatum Health since 2020." },
    { text: "The Machine Learning Engineer role at Quanta Health asks for 3+ years of applied ML engineering, and I have more than that." },
    { text: "I work with Python, PyTorch and Hugging Face Transformers every day." },
    { text: "Before Adatum Health, I spent two and a half years at Woodgrove Bank." },
  ],
};

const JOBS: Record<string, { company: string; title: string; text: string }> = {
  backend: { company: "Lumen Data", title: "Senior Backend Engineer", text: "4+ years of professional Python experience" },
  product: { company: "Metricly", title: "Senior Product Manager", text: "4+ years of product management experience" },
  frontend: { company: "Parcelly", title: "Senior Frontend Engineer", text: "4+ years building production React applications" },
  ml: { company: "Quanta Health", title: "Machine Learning Engineer", text: "3+ years of applied ML engineering experience" },
};

describe("truthful suite", () => {
  it("keeps at least 95 % of true statements, across four profiles", () => {
    let total = 0;
    const removed: string[] = [];
    for (const [key, statements] of Object.entries(TRUE)) {
      const ctx: GroundingContext = {
        profile: CANDIDATES[key],
        allowedNames: [JOBS[key].company, JOBS[key].title],
        jobText: JOBS[key].text,
      };
      for (const s of statements) {
        total++;
        const warnings: string[] = [];
        const out = groundSentence(s.text, ctx, "letter", warnings, s.entry === undefined ? {} : { entry: s.entry });
        if (out !== s.text) removed.push(`${key}: ${s.text} → ${warnings.join(" ")}`);
      }
    }
    const kept = (total - removed.length) / total;
    console.log(`truthful suite: ${total - removed.length} of ${total} true statements kept (${(100 * kept).toFixed(1)} %)`);
    for (const r of removed) console.log(`  removed: ${r}`);
    expect(total).toBeGreaterThanOrEqual(50);
    expect(kept).toBeGreaterThanOrEqual(0.95);
  });
});
