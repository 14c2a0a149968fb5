import { family, type FamilyRow } from "./group";

// Sales and account executive questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about the most difficult deal you closed.",
    [
      "Describes the customer, the deal size and why it was hard",
      "Explains their own strategy: stakeholders, value, objections",
      "States the outcome with numbers",
      "Names what they learned",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a deal you lost and what you learned from it.",
    ["Explains honestly why the deal was lost", "Takes ownership of their part", "Shows how they changed their approach"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you exceeded your quota.",
    [
      "Gives the quota and the result in numbers",
      "Explains the actions that made the difference: pipeline, focus, accounts",
      "Shows what was repeatable",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you missed your target. What did you do?",
    ["States the gap honestly", "Explains the causes they found", "Describes the plan to recover and the result"],
  ],
  [
    "behavioral",
    "msl",
    "Describe how you built a relationship with a customer who was hard to reach.",
    [
      "Explains the research and the channels used",
      "Describes offering value before asking for time",
      "Gives the outcome of the relationship",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about working with a colleague in another team to win a deal.",
    [
      "Describes the colleague's role (solutions engineer, product, legal)",
      "Explains how work was shared and aligned",
      "States the result",
    ],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about a time you turned a cold lead into a customer.",
    ["Describes how the lead was found and qualified", "Explains the outreach and the first meeting", "Gives the result"],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you qualify a sales opportunity?",
    [
      "Uses a framework such as BANT or MEDDIC",
      "Confirms budget, decision process, decision maker and need",
      "Checks the timeline and the pain behind it",
      "Drops or deprioritises deals that do not qualify",
    ],
    "With a framework such as BANT or MEDDIC: is there a real pain and need, a budget, a decision maker and a known decision process and timeline; if not, the deal is deprioritised instead of forecast.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you handle the objection 'your product is too expensive'?",
    [
      "Asks questions to understand what the price is compared with",
      "Reframes around value and return on investment",
      "Uses customer examples and numbers",
      "Offers options before discounting",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you manage and forecast your pipeline?",
    [
      "Keeps the CRM up to date with stages and next steps",
      "Forecasts from qualified deals with realistic probabilities",
      "Reviews the pipeline weekly and removes stale deals",
      "Builds enough pipeline coverage for the target (for example three times quota)",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "What does a good discovery call look like?",
    [
      "Prepares research on the company and the person",
      "Asks open questions about goals, pains and current process",
      "Listens more than talks",
      "Agrees a clear next step",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you sell to a committee with several decision makers?",
    [
      "Maps the stakeholders, their roles and concerns",
      "Finds a champion inside the customer",
      "Tailors the value to each stakeholder",
      "Manages the decision process and timeline",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you prepare for a negotiation?",
    [
      "Knows the customer's priorities and alternatives",
      "Sets a walk-away point and tradeable items",
      "Trades concessions rather than giving them",
    ],
  ],
  [
    "role-specific",
    "msl",
    "What is the difference between solution selling and transactional selling?",
    [
      "Transactional selling is about price and speed for simple products",
      "Solution selling diagnoses the customer's problem and tailors value",
      "The sales cycle and the skills needed differ",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A prospect goes silent after a great demo. What do you do?",
    [
      "Follows up with value, not just a reminder",
      "Tries other contacts and channels",
      "Asks directly whether priorities changed",
      "Decides when to close the opportunity",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A customer asks for a discount at the last minute to sign today. How do you respond?",
    [
      "Asks what is behind the request",
      "Trades the discount for something: term, volume, case study",
      "Stays within approval limits and protects margin",
    ],
  ],
  [
    "situational",
    "msl",
    "Your biggest deal of the quarter is slipping to next quarter. What do you do?",
    [
      "Finds out the real reason with the champion",
      "Tries to remove the blocker or agree a smaller first phase",
      "Updates the forecast honestly and early",
    ],
  ],
  [
    "situational",
    "jm",
    "You are given a new territory with no pipeline. What is your 90-day plan?",
    [
      "Researches and segments the accounts",
      "Prioritises the best-fit accounts and builds outreach",
      "Sets activity and pipeline targets and reviews them",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A customer asks for a feature the product does not have. What do you say?",
    [
      "Understands the need behind the feature",
      "Shows how the product solves it today or a workaround",
      "Does not promise what is not on the roadmap",
    ],
  ],
  [
    "situational",
    "sl",
    "A competitor offers the customer a much lower price. How do you keep the deal?",
    [
      "Understands what the customer values most",
      "Shows differentiated value and total cost, not just price",
      "Uses references and proof",
      "Knows when to walk away",
    ],
  ],
];

export const salesQuestions = family("sales", "sales", rows);
