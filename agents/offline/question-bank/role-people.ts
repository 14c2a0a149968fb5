import { family, type FamilyRow } from "./group";

// HR and recruiting questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a difficult hire you made and how you found the right person.",
    [
      "Describes the role and why it was hard to fill",
      "Explains the sourcing and assessment approach",
      "Shows how they worked with the hiring manager",
      "Gives the outcome and time to hire",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a time you handled a sensitive employee issue.",
    ["Describes the issue while keeping confidentiality", "Explains how facts were gathered fairly", "Shows the actions and the outcome"],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about a policy or process you introduced.",
    ["Explains the problem it solved", "Describes how managers and employees were consulted", "Shows the adoption and effect"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you disagreed with a hiring manager.",
    ["Describes the disagreement", "Explains how evidence and fairness guided the discussion", "States the outcome"],
  ],
  [
    "behavioral",
    "msl",
    "Describe how you improved the candidate experience.",
    ["Explains the feedback or data that showed the problem", "Describes the changes", "Gives measurable results"],
  ],
  [
    "behavioral",
    "sl",
    "Tell me about supporting a team through a reorganisation or layoffs.",
    ["Describes the situation", "Explains how communication was planned and delivered", "Shows care for those leaving and those staying"],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about a time you made a mistake in an HR process.",
    ["States the mistake honestly", "Explains how it was corrected and who was told", "Describes the safeguard added"],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you run a structured interview, and why does it matter?",
    [
      "The same job-related questions for every candidate",
      "A scoring rubric agreed before the interviews",
      "Reduces bias and makes candidates comparable",
      "Interviewers score independently before discussing",
    ],
    "Every candidate gets the same job-related questions, scored against a rubric agreed in advance, and interviewers score independently before discussing; this predicts performance better and reduces bias.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you reduce bias in hiring?",
    [
      "Uses structured interviews and clear criteria",
      "Writes inclusive job descriptions",
      "Uses diverse panels and sources",
      "Reviews data for differences between groups",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you measure the effectiveness of recruiting?",
    [
      "Time to hire and time to fill",
      "Quality of hire and retention of new hires",
      "Source effectiveness and cost per hire",
      "Candidate and hiring manager satisfaction",
    ],
  ],
  [
    "role-specific",
    "msl",
    "What goes into a good onboarding program?",
    [
      "Preparation before day one",
      "Clear goals for the first 30, 60 and 90 days",
      "A buddy or mentor and regular check-ins",
      "Feedback to improve the program",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How would you handle a complaint of harassment?",
    [
      "Takes it seriously and protects the person from retaliation",
      "Investigates promptly, fairly and confidentially",
      "Documents findings and follows policy and law",
      "Takes appropriate action and follows up",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you approach performance management?",
    [
      "Clear expectations and regular feedback, not only annual reviews",
      "Fair, documented assessments",
      "Support and improvement plans for underperformance",
    ],
  ],
  [
    "role-specific",
    "sl",
    "How would you reduce employee turnover?",
    [
      "Analyses where and why people leave: exit interviews, data",
      "Acts on the main causes: managers, pay, growth",
      "Measures the effect over time",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A top candidate is about to accept a competing offer. What do you do?",
    [
      "Finds out what matters most to the candidate",
      "Works with the hiring manager on a response",
      "Stays honest about what can be offered",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A manager wants to fire someone immediately after one mistake. How do you respond?",
    ["Gathers the facts", "Checks policy, past performance and consistency", "Advises a fair, documented process"],
  ],
  [
    "situational",
    "msl",
    "An employee tells you in confidence about a manager's misconduct. What do you do?",
    [
      "Listens and explains what can and cannot stay confidential",
      "Follows the investigation process",
      "Protects the employee from retaliation",
    ],
  ],
  [
    "situational",
    "jm",
    "You have 30 open roles and a small team. How do you prioritise?",
    ["Agrees priorities with the business", "Focuses effort on critical roles", "Uses referrals and efficient sourcing"],
  ],
  [
    "situational",
    "sl",
    "Engagement survey scores dropped sharply in one department. What do you do?",
    ["Looks at the detailed results", "Talks to employees and the manager", "Agrees an action plan and follows up"],
  ],
  [
    "situational",
    "jmsl",
    "A candidate asks why they were rejected. How do you answer?",
    ["Gives honest, respectful and useful feedback", "Stays within legal and policy limits", "Keeps the door open for future roles"],
  ],
];

export const peopleQuestions = family("hr", "people", rows);
