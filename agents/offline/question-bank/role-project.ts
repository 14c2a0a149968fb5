import { family, type FamilyRow } from "./group";

// Project and program management questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a project that was falling behind schedule and how you got it back on track.",
    [
      "Describes how the delay was detected and its cause",
      "Explains the options considered: scope, people, dates",
      "Shows how stakeholders agreed to the new plan",
      "Gives the outcome and the early warning they added",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a time you managed a difficult stakeholder.",
    [
      "Explains what the stakeholder needed and why they were difficult",
      "Describes how they built trust: regular updates, listening, clear commitments",
      "Shows how a disagreement was resolved",
      "Gives the result for the project",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about a risk you spotted early that others had missed.",
    [
      "Names the risk and how they noticed it",
      "Explains how they assessed likelihood and impact",
      "Describes the mitigation they put in place",
      "States what happened as a result",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Give an example of a project where the scope kept changing.",
    [
      "Describes the source of the changes",
      "Explains the change control they used",
      "Shows how the impact on time and cost was made visible",
      "Gives the final outcome",
    ],
  ],
  [
    "behavioral",
    "sl",
    "Tell me about leading a program with several dependent teams.",
    [
      "Describes the dependencies and how they were mapped",
      "Explains the cadence used to track them (syncs, shared plan)",
      "Shows how a blocked dependency was resolved",
      "Gives the delivered result",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a project that failed or was cancelled. What did you learn?",
    ["Explains honestly why it failed", "States their own part in it", "Names the lessons and how they apply them now"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you had to deliver bad news to a sponsor.",
    [
      "Explains the news and why it had to be shared early",
      "Describes how it was prepared: facts, impact, options",
      "Shows how the sponsor reacted and what was decided",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "What is the critical path and why does it matter?",
    [
      "The longest chain of dependent tasks determines the earliest finish date",
      "Any delay on it delays the whole project",
      "Tasks off the critical path have slack (float)",
      "Managers watch and protect it, and recalculate it when plans change",
    ],
    "The critical path is the longest sequence of dependent tasks from start to finish; its length is the shortest possible duration of the project, so any delay on it moves the end date, while other tasks have slack.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you choose between an agile and a waterfall approach for a project?",
    [
      "Waterfall suits stable, well-understood requirements and fixed contracts",
      "Agile suits uncertain requirements and frequent feedback",
      "Hybrid approaches are common; the choice depends on risk and the client",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you build and maintain a risk register?",
    [
      "Lists each risk with likelihood, impact and an owner",
      "Defines a response: avoid, reduce, transfer or accept",
      "Reviews it regularly and updates it as the project changes",
      "Escalates risks beyond a threshold",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you estimate a project you have never done before?",
    [
      "Breaks the work down into smaller pieces (work breakdown structure)",
      "Uses analogies, expert input and ranges rather than single numbers",
      "Adds contingency for unknowns and states assumptions",
      "Refines the estimate as the project learns",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "What should a good status report contain?",
    [
      "Progress against the plan and milestones",
      "Risks, issues and decisions needed, with owners",
      "A clear overall status that matches the facts",
      "Short enough for the audience to read",
    ],
  ],
  [
    "role-specific",
    "sl",
    "How do you manage a project budget and respond to overruns?",
    [
      "Tracks actual spend against plan regularly (earned value or simple burn)",
      "Finds the cause of the variance early",
      "Presents options: reduce scope, re-plan or request funds",
      "Documents the change and its approval",
    ],
  ],
  [
    "role-specific",
    "msl",
    "What is a RACI matrix and when is it useful?",
    [
      "Defines who is Responsible, Accountable, Consulted and Informed for each task",
      "Only one person is accountable per task",
      "Useful when many teams or unclear ownership cause delays",
    ],
    "A RACI matrix lists tasks or decisions against people and marks who is Responsible for doing the work, who is Accountable (one person), who is Consulted and who is Informed; it helps when ownership is unclear across several teams.",
  ],
  [
    "situational",
    "jmsl",
    "A key team member resigns halfway through your project. What do you do?",
    [
      "Secures a knowledge hand-over before they leave",
      "Assesses the impact on the plan and critical path",
      "Finds cover: redistribute work, backfill or adjust scope",
      "Communicates the change to stakeholders",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Two senior stakeholders give you conflicting requirements. How do you proceed?",
    [
      "Clarifies each requirement and the goal behind it",
      "Brings them together with the trade-offs laid out",
      "Escalates to the sponsor if they cannot agree",
      "Documents the decision",
    ],
  ],
  [
    "situational",
    "msl",
    "A vendor tells you a critical delivery will be four weeks late. How do you respond?",
    [
      "Checks the contract and the real impact on the schedule",
      "Looks for workarounds or re-sequencing of tasks",
      "Negotiates with the vendor on partial delivery or remedies",
      "Updates the plan and informs stakeholders",
    ],
  ],
  [
    "situational",
    "jm",
    "Your team keeps missing sprint commitments. What do you do?",
    [
      "Looks at the data: estimates, interruptions, unplanned work",
      "Discusses causes with the team in a retrospective",
      "Adjusts capacity planning and protects focus time",
      "Measures whether the change helps",
    ],
  ],
  [
    "situational",
    "sl",
    "The sponsor wants the project finished a month early. How do you answer?",
    [
      "Analyses what an earlier date would require",
      "Offers options: reduced scope, more resources, more risk",
      "Makes the trade-offs clear and asks for a decision",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Halfway through, you realise the original requirements were misunderstood. What do you do?",
    [
      "Confirms the misunderstanding with the client or users",
      "Assesses the impact on scope, time and cost",
      "Proposes a corrected plan and gets agreement",
      "Changes how requirements are confirmed in future",
    ],
  ],
];

export const projectQuestions = family("prj", "project", rows);
