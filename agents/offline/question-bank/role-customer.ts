import { family, type FamilyRow } from "./group";

// Customer success and support questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you turned an unhappy customer into a loyal one.",
    [
      "Describes why the customer was unhappy",
      "Explains the actions taken: listening, ownership, a fix",
      "Shows the follow-up that rebuilt trust",
      "Gives the outcome such as renewal or feedback",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a time you had to say no to a customer.",
    ["Explains the request and why it could not be met", "Shows how the no was explained with empathy", "Offers an alternative"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a problem you solved that affected many customers.",
    [
      "Describes the problem and its scale",
      "Explains how they found the root cause with other teams",
      "Shows how customers were kept informed",
      "Gives the result and the prevention step",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about a customer renewal you saved.",
    ["Explains the warning signs of churn", "Describes the plan: stakeholders, value review, fixes", "Gives the outcome with numbers"],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about handling a very high volume of tickets.",
    ["Describes how they prioritised", "Explains the shortcuts that kept quality: templates, knowledge base", "Gives the outcome"],
  ],
  [
    "behavioral",
    "msl",
    "Describe how you passed customer feedback to the product team and what happened.",
    ["Describes the feedback and evidence gathered", "Explains how it was presented to product", "Shows the result for customers"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you stayed calm with an angry customer.",
    ["Describes the situation", "Explains techniques: listening, acknowledging, not taking it personally", "Shows how it was resolved"],
  ],
  [
    "role-specific",
    "jmsl",
    "What metrics matter most in customer success, and why?",
    [
      "Retention and churn, net revenue retention",
      "Customer health: usage, adoption, satisfaction (NPS, CSAT)",
      "Leading indicators matter more than lagging ones",
    ],
    "Retention and churn and net revenue retention show whether customers stay and grow; health signals like product usage, adoption and satisfaction scores (NPS, CSAT) are leading indicators that let you act before a customer leaves.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you onboard a new customer so they succeed?",
    [
      "Agrees the customer's goals and success criteria",
      "Plans the first milestones and time to first value",
      "Trains users and checks adoption",
      "Reviews progress with the customer",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you prioritise support tickets?",
    [
      "By impact and urgency: outages and blocked customers first",
      "Follows service level agreements",
      "Groups similar issues to solve them once",
    ],
  ],
  [
    "role-specific",
    "msl",
    "What is a customer health score and how would you build one?",
    [
      "Combines signals such as usage, support tickets, sentiment and payments",
      "Weights them by how well they predict churn",
      "Used to trigger action, and checked against real outcomes",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you write a good reply to a customer's support request?",
    [
      "Acknowledges the problem in the customer's words",
      "Gives clear steps or the answer, in plain language",
      "Sets expectations for next steps and timing",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you find expansion opportunities in an existing account?",
    [
      "Understands the customer's goals and usage",
      "Spots new teams, use cases or limits reached",
      "Works with sales on a value-based proposal",
    ],
  ],
  [
    "role-specific",
    "jm",
    "How do you escalate an issue to engineering effectively?",
    [
      "Reproduces the issue and collects details: steps, logs, impact",
      "States the business impact and urgency",
      "Keeps the customer updated while it is worked on",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A key customer threatens to cancel after an outage. What do you do?",
    [
      "Responds quickly and takes ownership",
      "Explains what happened and what is being fixed",
      "Offers a concrete remedy and follow-up",
      "Involves leadership if needed",
    ],
  ],
  [
    "situational",
    "jmsl",
    "You do not know the answer to a customer's question. How do you handle it?",
    ["Says honestly that you will find out", "Gives a time for the answer", "Finds the answer and follows up"],
  ],
  [
    "situational",
    "msl",
    "A customer uses only a fraction of what they pay for. What do you do?",
    ["Finds out why: training, fit, priorities", "Builds an adoption plan tied to their goals", "Tracks usage and reviews it with them"],
  ],
  [
    "situational",
    "jm",
    "Two customers need you urgently at the same time. How do you choose?",
    ["Compares impact and urgency", "Tells the other customer when you will get to them", "Asks colleagues for help if needed"],
  ],
  [
    "situational",
    "jmsl",
    "A customer asks for a refund that policy does not allow. What do you do?",
    ["Listens to the reason", "Explains the policy clearly and kindly", "Looks for an alternative or escalates a justified exception"],
  ],
  [
    "situational",
    "sl",
    "Churn in one customer segment doubled this quarter. How do you respond?",
    [
      "Analyses the churned accounts for common causes",
      "Talks to churned and at-risk customers",
      "Builds a plan with product and sales",
      "Measures the effect",
    ],
  ],
];

export const customerQuestions = family("cs", "customer", rows);
