import { LinkButton } from "@/components/ui/button";
import { FeatureGrid } from "@/components/marketing/feature-grid";
import { HowItWorks } from "@/components/marketing/how-it-works";
import { getOptionalUser } from "@/lib/auth/current-user";

export default async function LandingPage() {
  const user = await getOptionalUser();
  return (
    <div className="space-y-20 pb-10">
      <section className="grid items-center gap-10 pt-6 lg:grid-cols-2">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">
            Interview practice · Job applications
          </p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">Walk into your next interview already practised.</h1>
          <p className="mt-5 text-lg text-ink-muted dark:text-ink-dark-muted">
            InterVu asks you the questions your target role will ask, listens to your answers by voice or text, and scores each one on
            clarity, structure, depth and examples — quoting your own words back to you. Then it turns any job posting into a tailored
            resume, a cover letter and outreach messages, built only from facts in your profile.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            {user ? (
              <LinkButton href="/dashboard" size="lg">
                Open your dashboard
              </LinkButton>
            ) : (
              <>
                <LinkButton href="/register" size="lg">
                  Create a free account
                </LinkButton>
                <LinkButton href="/login" size="lg" variant="secondary">
                  Sign in
                </LinkButton>
              </>
            )}
          </div>
          <p className="mt-4 text-sm text-ink-muted dark:text-ink-dark-muted">
            Runs on your own machine. Works offline; add a Gemini key for model-written feedback.
          </p>
        </div>
        <HowItWorks />
      </section>
      <FeatureGrid />
    </div>
  );
}
