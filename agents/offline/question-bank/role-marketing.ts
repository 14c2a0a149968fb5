import { family, type FamilyRow } from "./group";

// Marketing questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a campaign you ran from start to finish.",
    [
      "States the goal, the audience and the budget",
      "Explains the message and channel choices",
      "Gives the results with numbers",
      "Names what they would change",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a campaign that underperformed. What did you do?",
    ["Explains how the underperformance was spotted", "Describes the analysis of causes", "Shows the changes made and their effect"],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about working with sales to improve lead quality.",
    ["Describes the problem with the leads", "Explains how a shared definition of a qualified lead was agreed", "Gives the result"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you used data to change a marketing decision.",
    ["Describes the decision and the data", "Explains the analysis", "States the result"],
  ],
  [
    "behavioral",
    "msl",
    "Describe how you built a brand or product message from scratch.",
    ["Explains the research on audience and competitors", "Describes the positioning and how it was tested", "Shows how it was rolled out"],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about managing several campaigns at once.",
    ["Explains how they planned and prioritised", "Describes tools and checklists used", "Gives the outcome"],
  ],
  [
    "behavioral",
    "sl",
    "Tell me about a marketing budget decision you had to defend.",
    ["Explains the decision and the expected return", "Describes the evidence presented", "States the outcome"],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you measure the return on a marketing campaign?",
    [
      "Defines goals and metrics before launch",
      "Tracks conversions and customer acquisition cost",
      "Uses attribution carefully and knows its limits",
      "Compares with a control or baseline",
    ],
    "Set the goal and metric first, track conversions and cost per acquisition, compare revenue or pipeline against spend, and check against a baseline or control group because attribution models over-credit some channels.",
  ],
  [
    "role-specific",
    "jmsl",
    "What is the marketing funnel, and how do you improve each stage?",
    [
      "Awareness, consideration, conversion, retention",
      "Different messages and channels for each stage",
      "Measures conversion between stages to find the weakest one",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you decide which channels to invest in?",
    ["Where the target audience is", "Cost per acquisition and scale of each channel", "Tests small before scaling"],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you design a good A/B test for an email campaign?",
    [
      "Tests one variable at a time, such as the subject line",
      "Uses a large enough sample and a clear metric",
      "Waits for significance before choosing",
    ],
  ],
  [
    "role-specific",
    "msl",
    "What is positioning, and how do you create it?",
    [
      "How the product is different and for whom",
      "Based on customer research and competitor analysis",
      "Expressed in a clear value proposition that guides all messaging",
    ],
    "Positioning defines who the product is for, what problem it solves and why it is different from the alternatives; it comes from customer research and competitor analysis and is written as a value proposition that every message follows.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you improve organic search traffic?",
    [
      "Researches what the audience searches for",
      "Creates useful content matched to search intent",
      "Fixes technical basics: speed, structure, links",
      "Measures rankings and traffic over time",
    ],
  ],
  [
    "role-specific",
    "msl",
    "What is customer lifetime value and why does it matter?",
    [
      "The total revenue or margin expected from a customer",
      "Compared with acquisition cost to judge profitable channels",
      "Improved through retention and expansion",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Your campaign launches tomorrow and you find an error in the main message. What do you do?",
    ["Assesses the impact of the error", "Fixes it or delays the launch", "Informs the stakeholders", "Adds a review step for the future"],
  ],
  [
    "situational",
    "jmsl",
    "Your budget is cut by 30% mid-quarter. How do you adapt?",
    ["Reviews channel performance", "Cuts the least efficient spend first", "Protects the goals that matter most and resets expectations"],
  ],
  [
    "situational",
    "msl",
    "A post about your company is getting negative attention on social media. How do you respond?",
    [
      "Assesses the facts and the scale quickly",
      "Responds openly and calmly with the facts",
      "Coordinates with communications and leadership",
    ],
  ],
  [
    "situational",
    "jm",
    "Sales says marketing leads are useless. How do you respond?",
    ["Asks for specific examples", "Analyses lead quality data together", "Agrees on definitions and feedback loops"],
  ],
  [
    "situational",
    "sl",
    "You are launching a product in a market you do not know. Where do you start?",
    ["Researches the customers, competitors and channels", "Tests messages with small campaigns", "Sets clear metrics and adjusts"],
  ],
  [
    "situational",
    "jmsl",
    "A competitor copies your campaign idea. What do you do?",
    ["Stays focused on your own customers", "Uses what makes your offer different", "Moves to the next idea faster"],
  ],
];

export const marketingQuestions = family("mkt", "marketing", rows);
