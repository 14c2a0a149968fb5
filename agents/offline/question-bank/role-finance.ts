import { family, type FamilyRow } from "./group";

// Finance and accounting questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you found an error in the financial statements.",
    [
      "Describes how the error was found",
      "Explains how its cause and impact were checked",
      "Shows who was told and how it was corrected",
      "Names the control added",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a financial analysis that influenced a decision.",
    ["States the decision and the question", "Explains the model and assumptions", "Gives the recommendation and the outcome"],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about a month-end close you made faster.",
    ["Describes the bottlenecks", "Explains the changes: automation, checklists, deadlines", "Gives the time saved"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about explaining financial results to non-finance managers.",
    ["Describes the audience", "Explains how the message was simplified", "Shows the result"],
  ],
  [
    "behavioral",
    "msl",
    "Describe a time you challenged a budget request.",
    ["Explains the request and the concern", "Describes the analysis and the conversation", "States the outcome"],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about handling several deadlines during a busy close or audit.",
    ["Explains how they prioritised", "Describes how accuracy was protected", "Gives the outcome"],
  ],
  [
    "behavioral",
    "sl",
    "Tell me about an audit finding you had to resolve.",
    ["Describes the finding", "Explains the remediation plan", "Shows how it was verified"],
  ],
  [
    "role-specific",
    "jmsl",
    "Walk me through the three financial statements and how they connect.",
    [
      "The income statement shows revenue, expenses and profit over a period",
      "The balance sheet shows assets, liabilities and equity at a point in time",
      "The cash flow statement shows cash from operating, investing and financing",
      "Net income flows into retained earnings and starts the cash flow statement",
    ],
    "The income statement shows revenue, expenses and net income over a period; the balance sheet shows assets, liabilities and equity at a date; the cash flow statement shows operating, investing and financing cash. Net income starts the cash flow statement and adds to retained earnings on the balance sheet, and the ending cash matches the balance sheet.",
  ],
  [
    "role-specific",
    "jmsl",
    "What is the difference between accrual and cash accounting?",
    [
      "Accrual records revenue and expenses when earned or incurred",
      "Cash records them when cash moves",
      "Accrual gives a truer picture of performance; cash shows liquidity",
    ],
    "Accrual accounting records revenue when earned and expenses when incurred, whatever the timing of payment; cash accounting records them only when cash changes hands. Accrual matches costs to revenue, cash shows liquidity.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you build a budget or forecast?",
    [
      "Starts from drivers such as volume, price and headcount",
      "Uses history and input from the business",
      "Documents assumptions and runs scenarios",
      "Compares actuals with the forecast and updates it",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "What is working capital and how can a company improve it?",
    [
      "Current assets minus current liabilities",
      "Improved by collecting receivables faster, managing inventory, paying suppliers on terms",
      "Affects liquidity and cash flow",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you value a company or a project?",
    [
      "Discounted cash flow: forecast cash flows discounted at the cost of capital",
      "Comparables: multiples of similar companies",
      "Sensitivity to key assumptions",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "What is a variance analysis and how do you explain a variance?",
    [
      "Compares actual results with budget or forecast",
      "Splits the variance into causes such as price, volume and mix",
      "Explains material variances and what action follows",
    ],
  ],
  [
    "role-specific",
    "msl",
    "What internal controls would you put in place for payments?",
    [
      "Segregation of duties between approving and paying",
      "Approval limits and documented authorisation",
      "Regular reconciliations and reviews",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Your manager asks you to book revenue before the contract is signed. What do you do?",
    ["Explains the revenue recognition rules", "Refuses to misstate and suggests the correct treatment", "Escalates if pressured"],
  ],
  [
    "situational",
    "jmsl",
    "The bank reconciliation does not balance at the end of the day before the deadline. What do you do?",
    [
      "Checks timing differences, duplicates and errors systematically",
      "Reports the open difference honestly with a plan",
      "Never forces the balance",
    ],
  ],
  [
    "situational",
    "msl",
    "A department is 20% over budget halfway through the year. How do you handle it?",
    ["Analyses the causes with the budget owner", "Forecasts the year-end impact", "Agrees corrective actions or a re-forecast"],
  ],
  [
    "situational",
    "jm",
    "You notice an unusual payment to a new supplier. What do you do?",
    ["Checks the supporting documents and approvals", "Verifies the supplier", "Reports concerns following policy"],
  ],
  [
    "situational",
    "sl",
    "Cash will run short in three months. What do you recommend?",
    [
      "Builds a short-term cash forecast",
      "Identifies levers: collections, payments, spending, financing",
      "Presents options to leadership early",
    ],
  ],
  [
    "situational",
    "jmsl",
    "An executive wants a number that your model does not support. How do you respond?",
    ["Explains the assumptions behind the model", "Shows what would need to be true for their number", "Keeps the analysis honest"],
  ],
];

export const financeQuestions = family("fin", "finance", rows);
