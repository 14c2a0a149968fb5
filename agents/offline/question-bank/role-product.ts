import { family, type FamilyRow } from "./group";

// Product management questions written for InterVu's offline engine. Row format: [kind, levels, text, key points,
// reference answer?] (group.ts). Ids by position ("pm-001", ...): append new rows at the end.

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a product decision you made with incomplete data.",
    [
      "Names the decision, the missing data and the deadline",
      "Explains the assumptions made and how risk was limited (small release, reversible step)",
      "Describes how the result was measured afterwards",
      "States what they would do differently",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a time you had to say no to a stakeholder's feature request.",
    [
      "Explains the request and why it did not fit the goals or roadmap",
      "Shows how they listened and explained the trade-off with evidence",
      "Offers an alternative or a later path",
      "Describes how the relationship was kept afterwards",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about a product launch that did not go as planned.",
    [
      "Describes what went wrong and how it was detected",
      "Explains their own actions to recover",
      "Shares the measurable impact and the fix",
      "Names the process change that followed",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Give an example of how you worked with engineers to cut scope without losing the core value.",
    [
      "Identifies the core user problem that had to stay",
      "Explains how scope was split into must-have and later",
      "Shows joint decision making with engineering and design",
      "States the outcome on time and on users",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about a time you changed your mind about a product idea because of user research.",
    [
      "Describes the original belief and the research method",
      "Names the finding that contradicted it",
      "Explains how the plan changed",
      "Shares the result of the new direction",
    ],
  ],
  [
    "behavioral",
    "sl",
    "Describe how you aligned several teams behind one product strategy.",
    [
      "Explains the conflicting goals of the teams",
      "Describes the shared goal or metric they agreed on",
      "Shows how progress and disagreements were made visible",
      "Gives the outcome for the product",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a metric you moved and how you did it.",
    [
      "Names the metric, its baseline and the target",
      "Explains the hypothesis behind the change",
      "Describes the experiment or release and how it was measured",
      "Gives the result with numbers and what was learned",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you decide what goes into the next release when everything seems important?",
    [
      "Uses a prioritisation framework such as RICE, value versus effort or cost of delay",
      "Ties priorities to the product goals and user evidence",
      "Makes trade-offs explicit and shares them with stakeholders",
      "Revisits priorities when new data arrives",
    ],
    "I compare candidates on expected value for users and the business against effort and risk, with a framework such as RICE, tie them to the current goal, write down the trade-offs and share them, and revisit the list when new data comes in.",
  ],
  [
    "role-specific",
    "jmsl",
    "How would you measure the success of a new onboarding flow?",
    [
      "Defines a primary metric such as activation or time to first value",
      "Adds guardrail metrics such as support tickets or drop-off",
      "Sets a baseline and compares with an A/B test or a cohort",
      "Explains what result would change the decision",
    ],
    "Pick one primary metric such as the share of new users who reach their first success within a week, add guardrails like drop-off and support tickets, compare against a baseline with an A/B test or cohorts, and decide in advance what result means keep, change or roll back.",
  ],
  [
    "role-specific",
    "jmsl",
    "What is the difference between a product roadmap and a release plan?",
    [
      "A roadmap shows direction and outcomes over time, not fixed dates for every feature",
      "A release plan lists concrete scope and dates for the next delivery",
      "The roadmap changes with learning; the release plan is a commitment",
    ],
    "A roadmap communicates direction: the problems and outcomes the product will address over the coming quarters, and it changes as the team learns. A release plan is the concrete scope and dates of the next delivery that the team commits to.",
  ],
  [
    "role-specific",
    "msl",
    "How do you write a good product requirement or user story?",
    [
      "States the user, the problem and why it matters",
      "Includes acceptance criteria that can be tested",
      "Leaves the solution open where engineers and designers can decide",
      "Keeps it small enough to deliver in one iteration",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you run a customer discovery interview?",
    [
      "Prepares goals and open questions about past behaviour, not opinions about features",
      "Avoids leading questions and lets the customer talk",
      "Records evidence and patterns across several interviews",
      "Turns findings into problems to solve, not a feature list",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How would you decide whether to build, buy or partner for a new capability?",
    [
      "Compares strategic importance and differentiation",
      "Estimates total cost, time to market and risk for each option",
      "Considers the team's skills and the cost of maintenance",
      "Makes a recommendation with a way to revisit it",
    ],
  ],
  [
    "role-specific",
    "sl",
    "How do you set product goals with OKRs without turning them into a feature list?",
    [
      "Objectives describe outcomes for users or the business",
      "Key results are measurable changes, not outputs shipped",
      "Few goals, agreed with the team and reviewed regularly",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Two weeks before launch, usability tests show users cannot find the main feature. What do you do?",
    [
      "Assesses the severity with the test data and the launch risk",
      "Works with design on the smallest fix that can be tested again",
      "Considers moving the date or launching to a smaller group",
      "Communicates the decision and the reason to stakeholders",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Sales promises a large customer a feature that is not on the roadmap. How do you handle it?",
    [
      "Talks to sales and the customer to understand the real need",
      "Weighs the deal against the roadmap and other customers",
      "Agrees on a clear answer: a workaround, a later date or no",
      "Sets a process so commitments go through product in future",
    ],
  ],
  [
    "situational",
    "msl",
    "Your key metric dropped 15% overnight. Walk me through your first steps.",
    [
      "Checks whether the data or tracking is broken first",
      "Segments the drop by platform, region, release or channel",
      "Works with engineering to find recent changes and roll back if needed",
      "Keeps stakeholders informed while investigating",
    ],
  ],
  [
    "situational",
    "jmsl",
    "An engineer says your proposed feature will take three months, not three weeks. What do you do?",
    [
      "Asks what drives the estimate and which parts are costly",
      "Looks for a smaller version that still tests the value",
      "Re-evaluates the priority against the real cost",
      "Agrees on a plan together and shares the change",
    ],
  ],
  [
    "situational",
    "sl",
    "Leadership asks you to copy a competitor's new feature quickly. How do you respond?",
    [
      "Asks what problem or threat the request is about",
      "Checks evidence from your own users before committing",
      "Proposes a response aligned with the product strategy",
      "Explains the cost of the switch on the current roadmap",
    ],
  ],
  [
    "situational",
    "jm",
    "You inherit a backlog of 400 tickets. How do you make it useful again?",
    [
      "Groups tickets by theme and user problem",
      "Closes duplicates and items that no longer fit the goals",
      "Keeps a small, ordered top of the backlog",
      "Agrees the rules with the team so it stays clean",
    ],
  ],
];

export const productQuestions = family("pm", "product", rows);
