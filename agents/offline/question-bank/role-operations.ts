import { family, type FamilyRow } from "./group";

// Operations and logistics questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a process you made more efficient.",
    [
      "Describes the process and the problem",
      "Explains how they measured it and found the waste",
      "Describes the change and how it was rolled out",
      "Gives the result with numbers",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a time a supply problem threatened a deadline.",
    ["Explains the problem and its impact", "Describes the actions: alternatives, communication", "Gives the outcome"],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about managing a team through a peak period.",
    ["Explains the planning for capacity", "Describes how the team was supported", "Gives the results"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a safety issue you addressed.",
    ["Describes the hazard", "Explains the immediate and lasting fix", "Shows how compliance was checked"],
  ],
  [
    "behavioral",
    "msl",
    "Describe negotiating with a supplier or carrier.",
    ["Explains the goals", "Describes the preparation and the negotiation", "Gives the outcome in cost or service"],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about a mistake in an order or shipment and how you fixed it.",
    ["Describes the mistake", "Explains how the customer was looked after", "Names the root cause and the fix"],
  ],
  [
    "behavioral",
    "sl",
    "Tell me about introducing a new system or tool in operations.",
    ["Explains the need", "Describes the rollout and training", "Shows adoption and measurable effect"],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you decide how much inventory to hold?",
    [
      "Balances service level against holding cost",
      "Uses demand forecasts, lead times and variability",
      "Sets safety stock and reorder points",
      "Reviews slow-moving stock",
    ],
    "Hold enough to meet the target service level at the lowest cost: forecast demand, account for lead time and variability with safety stock, set reorder points, and review slow movers regularly.",
  ],
  [
    "role-specific",
    "jmsl",
    "Which KPIs would you use to run a warehouse?",
    [
      "Order accuracy and on-time shipping",
      "Throughput and productivity per hour",
      "Inventory accuracy and cost per order",
      "Safety incidents",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "What is lean, and how have you applied it?",
    [
      "Eliminating waste and improving flow",
      "Tools such as 5S, value stream mapping and kaizen",
      "Continuous improvement with the people who do the work",
    ],
    "Lean is about delivering value with less waste: mapping the value stream, removing waiting, excess inventory, movement and defects, using tools like 5S and kaizen, and improving continuously with the people doing the work.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you find the root cause of a recurring problem?",
    [
      "Collects data on when and where it happens",
      "Uses methods such as the five whys or a fishbone diagram",
      "Tests the fix and checks the problem stays gone",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you choose and manage suppliers?",
    [
      "Evaluates cost, quality, reliability and risk",
      "Sets clear agreements and measures performance",
      "Keeps alternatives for critical supplies",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you plan capacity for a seasonal peak?",
    ["Forecasts volume from history and the business", "Plans staff, space, equipment and carriers", "Prepares contingency plans"],
  ],
  [
    "role-specific",
    "sl",
    "How do you reduce logistics costs without hurting service?",
    [
      "Analyses cost drivers: routes, loads, modes",
      "Consolidates shipments and optimises routes",
      "Negotiates rates and monitors service levels",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A major customer order will ship late. What do you do?",
    ["Tells the customer early with a new date", "Looks for options: partial shipment, faster transport", "Fixes the cause"],
  ],
  [
    "situational",
    "jmsl",
    "A key machine or system breaks down during a busy shift. What do you do?",
    ["Ensures safety first", "Activates the backup plan and reallocates work", "Gets the repair started and informs stakeholders"],
  ],
  [
    "situational",
    "msl",
    "Inventory counts do not match the system. How do you investigate?",
    [
      "Recounts and checks recent transactions",
      "Looks for process gaps: receiving, picking, returns",
      "Fixes the process and monitors accuracy",
    ],
  ],
  [
    "situational",
    "jm",
    "An employee repeatedly ignores a safety procedure. What do you do?",
    ["Stops the unsafe behaviour immediately", "Talks to them to understand why", "Retrains and applies consequences consistently"],
  ],
  [
    "situational",
    "sl",
    "Your main supplier goes out of business. What is your plan?",
    ["Assesses stock and immediate needs", "Activates alternative suppliers", "Reviews supply risk across the base"],
  ],
  [
    "situational",
    "jmsl",
    "You are asked to cut operating costs by 10%. Where do you start?",
    ["Analyses the cost base", "Prioritises savings that do not harm safety or service", "Involves the team and tracks results"],
  ],
];

export const operationsQuestions = family("ops", "operations", rows);
