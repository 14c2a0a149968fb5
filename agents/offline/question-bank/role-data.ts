import { family, type FamilyRow } from "./group";

// Data analysis questions written for InterVu's offline engine (row format in group.ts). These are for analysts:
// questions about data engineering tools live in tech-data.ts.

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about an analysis that changed a business decision.",
    [
      "Describes the question the business had",
      "Explains the data and method used",
      "Shows how the findings were communicated",
      "States the decision and its measurable impact",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a time you found a serious problem in the data you were given.",
    [
      "Explains how the problem was noticed",
      "Describes how its cause and extent were checked",
      "Shows how it was fixed or worked around and who was told",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about explaining a complex finding to a non-technical audience.",
    [
      "Describes the audience and what they needed to decide",
      "Explains how the message was simplified: one main point, a clear chart",
      "Shows how they checked understanding",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Give an example of an analysis where your first conclusion was wrong.",
    [
      "Describes the first conclusion and why it seemed right",
      "Explains what revealed the mistake",
      "States how they corrected it and what they check now",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a dashboard or report you built that people actually used.",
    [
      "Describes the users and their questions",
      "Explains the design choices: few metrics, clear definitions",
      "Shows evidence of use and impact",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Describe a time you had to push back on a stakeholder's interpretation of the numbers.",
    [
      "Explains the interpretation and why it was misleading",
      "Describes how they presented the evidence respectfully",
      "Gives the outcome",
    ],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about learning a new analysis tool or method quickly.",
    ["Names the tool or method and why it was needed", "Explains how they learned it", "Shows the result they delivered with it"],
  ],
  [
    "role-specific",
    "jmsl",
    "What is the difference between correlation and causation, and how would you test for causation?",
    [
      "Correlation means two variables move together; causation means one changes the other",
      "Confounders and reverse causality can create correlation without causation",
      "A randomised experiment (A/B test) is the strongest test",
      "Without an experiment, methods such as difference-in-differences or controls help",
    ],
    "Correlation only says two things move together; causation says changing one changes the other. Confounders or reverse causality can explain a correlation, so the best test is a randomised experiment, and without one, methods like difference-in-differences or controlling for confounders.",
  ],
  [
    "role-specific",
    "jmsl",
    "How would you design an A/B test for a new checkout button?",
    [
      "Defines the hypothesis and one primary metric such as conversion",
      "Randomises users and estimates the sample size needed",
      "Runs for a fixed period and avoids stopping early",
      "Checks significance and guardrail metrics before deciding",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you handle missing values in a dataset?",
    [
      "Finds out why values are missing (random or systematic)",
      "Chooses between removing rows, imputing or flagging",
      "Checks how the choice changes the results",
      "Documents the decision",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "Explain the difference between the mean and the median, and when you would report each.",
    [
      "The mean is the average; the median is the middle value",
      "Outliers and skewed data pull the mean but not the median",
      "Report the median for skewed data such as income or response times",
    ],
    "The mean is the sum divided by the count, the median the middle value when sorted; outliers and skew pull the mean but not the median, so for skewed data such as salaries or response times the median describes the typical case better.",
  ],
  [
    "role-specific",
    "jmsl",
    "How would you write a SQL query to find the top three products by revenue in each region?",
    [
      "Aggregates revenue per product and region with GROUP BY",
      "Ranks within each region with a window function such as ROW_NUMBER or RANK",
      "Filters to rank three or less",
      "Mentions how ties are handled",
    ],
  ],
  [
    "role-specific",
    "msl",
    "What makes a good KPI, and what can go wrong with one?",
    [
      "Tied to a real goal, clearly defined and measurable",
      "Actionable: teams can influence it",
      "Can be gamed or cause side effects, so it needs guardrails",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you make sure your analysis is correct before sharing it?",
    [
      "Checks the data against known totals or another source",
      "Reviews the logic and has someone else check it",
      "Tests edge cases and sanity-checks surprising numbers",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A manager asks for a number by the end of the day, but the data is unreliable. What do you do?",
    [
      "Explains the data problem and its effect on the number",
      "Delivers the best estimate with a range and caveats",
      "Proposes how and when a reliable number can be produced",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Two dashboards show different figures for the same metric. How do you resolve it?",
    [
      "Compares definitions, filters, time zones and data sources",
      "Finds the cause of the difference",
      "Agrees one definition with the owners and documents it",
    ],
  ],
  [
    "situational",
    "msl",
    "An A/B test shows a significant win, but the result looks too good to be true. What do you check?",
    [
      "Checks the randomisation and sample ratio",
      "Looks for tracking bugs, novelty effects or peeking",
      "Examines segments and guardrail metrics",
      "Considers re-running the test",
    ],
  ],
  [
    "situational",
    "jm",
    "You are given a dataset and asked to 'find insights'. How do you start?",
    [
      "Clarifies the business question and the decision it supports",
      "Explores the data: quality, distributions, key segments",
      "Forms hypotheses and tests the most valuable ones",
    ],
  ],
  [
    "situational",
    "sl",
    "Leadership wants a metric that your analysis shows is misleading. How do you handle it?",
    [
      "Shows with examples how the metric misleads",
      "Proposes a better metric or guardrails",
      "Accepts the final decision while documenting the risk",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A stakeholder wants you to exclude data points that hurt their conclusion. What do you do?",
    [
      "Asks for the reason behind the exclusion",
      "Excludes data only for a valid, documented rule",
      "Shows results with and without the points",
      "Escalates if pressured to misreport",
    ],
  ],
];

export const dataAnalysisQuestions = family("da", "data-analysis", rows);
