// Interview questions and answers written for the evaluation's tests and `npm run bench:answer` (not product content).

export const LATENCY_QUESTION = {
  question: "How would you reduce the latency of a slow database-backed API endpoint?",
  key_points: [
    "Measures first: profiles the endpoint and finds the slow queries",
    "Adds indexes or rewrites queries; avoids N+1 queries",
    "Caches results that rarely change and explains invalidation",
    "Mentions trade-offs such as stale data or extra memory",
  ],
};

export const DISAGREEMENT_QUESTION = {
  question: "Tell me about a time you disagreed with your manager about a priority.",
  key_points: [
    "Describes the disagreement and what was at stake",
    "Explains how they raised it, with data, respectfully",
    "Shows they committed to the decision once made",
    "Gives the outcome and what they learned",
  ],
};

/** A plain, correct answer to LATENCY_QUESTION. */
export const LATENCY_PLAIN_CORRECT =
  "First I'd profile the endpoint to see where the time goes. Usually it's the database, so I'd check the slow query log, " +
  "add an index or fix N+1 queries. Data that rarely changes I'd cache, accepting that it can be a bit stale.";

/** A STAR answer to DISAGREEMENT_QUESTION with a filler word and numbers. */
export const DISAGREEMENT_STAR =
  "At my last job my manager wanted us to ship a reporting feature before fixing flaky deployments, um, which failed about one in " +
  "five times. I pulled the numbers: we lost around six engineer-hours a week to retries. I showed them in our one-to-one and " +
  "proposed two weeks on the pipeline first. We agreed on one week; I led it, failures dropped to one in fifty, and we still " +
  "shipped the report on time. I learned to bring data, not opinions, to a disagreement.";

/** A rambling, vague answer. */
export const RAMBLING_VAGUE =
  "So basically I think, like, performance is important and you should always make things fast, and I would talk to the team " +
  "and we would figure it out together and probably use some tools, I guess, and then it would be better.";
