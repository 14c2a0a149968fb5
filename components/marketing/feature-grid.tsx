import { Card } from "@/components/ui/card";

const FEATURES = [
  {
    title: "Questions for your role",
    body: "Technical, behavioural or mixed questions by role, level and tech stack — or generated from a job you saved — with the key points a strong answer covers.",
  },
  {
    title: "Answer by voice or text",
    body: "Questions are read aloud; dictate with live transcription or type. Every answer is saved as you go, so a reload never loses your work.",
  },
  {
    title: "Feedback you can act on",
    body: "Scores for clarity, structure, depth and examples with written bands, quotes from your answer, a stronger version, and coaching drawn from your history.",
  },
  {
    title: "Your profile from your CV",
    body: "Upload a PDF, DOCX or text CV. It becomes a structured profile you can edit, and your strengths and weaknesses build up from every interview.",
  },
  {
    title: "Tailored applications",
    body: "Paste a job link or its text: get a match score, missing keywords, a tailored resume, a cover letter, a recruiter e-mail and a LinkedIn note.",
  },
  {
    title: "Nothing invented",
    body: "Every claim in a tailored resume comes from your profile. Anything a model makes up is removed and shown to you as a warning.",
  },
];

export function FeatureGrid() {
  return (
    <section aria-labelledby="features-heading">
      <h2 id="features-heading" className="text-2xl font-bold tracking-tight">
        Everything you need between the job posting and the offer
      </h2>
      <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {FEATURES.map((feature) => (
          <Card key={feature.title}>
            <h3 className="font-semibold">{feature.title}</h3>
            <p className="mt-2 text-sm text-ink-muted dark:text-ink-dark-muted">{feature.body}</p>
          </Card>
        ))}
      </div>
    </section>
  );
}
