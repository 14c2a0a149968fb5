import { emptyProfileFields, type ProfileFields } from "@/core/schemas/profile";

// Shared fixture for the offline writing tests (cover letter, outreach messages): a backend posting and
// Avery, a backend engineer with 5 years at one company. Each test picks the skills and highlights it needs.

export const BACKEND_POSTING = `Senior Backend Engineer at Example Analytics (Berlin, hybrid)

We are looking for a Senior Backend Engineer to build our data platform. You will design Python services and work with PostgreSQL and Kafka.

Requirements
- 5+ years of Python experience
- Strong PostgreSQL and SQL skills
- Experience with Docker and Kubernetes
`;

export function averyProfile({ technical, highlights }: { technical: string[]; highlights: string[] }): ProfileFields {
  return {
    ...emptyProfileFields,
    name: "Avery Stone",
    email: "avery@example.com",
    headline: "Backend Engineer",
    skills: { technical, soft: [], languages: [] },
    experience: [
      {
        title: "Backend Engineer",
        company: "Northwind Labs",
        location: null,
        start_date: "2019-01",
        end_date: "2024-01",
        duration: "",
        description: "",
        highlights,
      },
    ],
  };
}
