import { family, type FamilyRow } from "./group";

// UX/UI design questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Walk me through a design project you are proud of, from problem to result.",
    [
      "States the user problem and the constraints",
      "Describes the research and how it shaped the design",
      "Explains key design decisions and alternatives rejected",
      "Gives the outcome with evidence such as usability or business results",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a time user testing proved your design wrong.",
    ["Describes the design and the test", "Explains what users struggled with", "Shows how the design changed and was tested again"],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a disagreement with a product manager or engineer about a design.",
    [
      "Explains both positions and the stakes",
      "Shows how evidence or a test settled it",
      "Describes the outcome and the working relationship after",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about designing under a tight deadline.",
    [
      "Explains what was cut and what was protected",
      "Describes how quality was kept with patterns or a design system",
      "States the result and the follow-up work",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about receiving harsh feedback on your work.",
    ["Describes the feedback and their first reaction", "Explains what they took from it", "Shows what they changed"],
  ],
  [
    "behavioral",
    "sl",
    "Describe how you introduced or improved a design system.",
    [
      "Explains the inconsistency or cost it addressed",
      "Describes how components and guidelines were agreed with engineering",
      "Shows adoption and measurable effect",
    ],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about a design you made more accessible.",
    [
      "Names the accessibility problem found",
      "Explains the changes: contrast, keyboard, labels, screen readers",
      "Describes how it was verified",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you run a usability test?",
    [
      "Defines goals and realistic tasks",
      "Recruits representative users; five can find most problems",
      "Observes without leading and asks users to think aloud",
      "Summarises findings by severity and acts on them",
    ],
    "Set goals, write realistic tasks, recruit a handful of representative users, watch them think aloud without helping, then group the problems by how often and how badly they block users and fix the worst first.",
  ],
  [
    "role-specific",
    "jmsl",
    "What is the difference between UX and UI design?",
    [
      "UX covers the whole experience: research, flows, information architecture",
      "UI covers the visual and interactive layer: layout, type, colour, components",
      "They overlap and both serve user goals",
    ],
    "UX design is about the whole experience: understanding users, structuring information and flows so tasks are easy. UI design is the visual and interactive layer: layout, typography, colour and components. They overlap and serve the same user goals.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you make an interface accessible?",
    [
      "Follows WCAG: sufficient contrast, text alternatives, keyboard access",
      "Uses semantic structure and clear labels for screen readers",
      "Does not rely on colour alone",
      "Tests with assistive technology and real users",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you decide between several design options?",
    [
      "Checks each against the user goal and the constraints",
      "Uses evidence: tests, analytics, heuristics",
      "Considers cost to build and consistency with the system",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "When do you use low-fidelity wireframes and when high-fidelity prototypes?",
    [
      "Low fidelity early to explore structure and flows quickly",
      "High fidelity to test details, interactions and visual design",
      "Choose by the question the prototype must answer",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you measure whether a design change worked?",
    [
      "Defines success metrics before the change: task success, time, conversion",
      "Compares with a baseline or runs an A/B test",
      "Combines numbers with qualitative feedback",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "What makes a good user persona, and what are its limits?",
    [
      "Based on research, with goals, behaviours and pain points",
      "Few personas that the team actually uses",
      "Risk of stereotypes or assumptions without data",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Engineering says your design is too costly to build. What do you do?",
    [
      "Asks which parts are costly and why",
      "Looks for a simpler design that keeps the user value",
      "Agrees on a phased approach if needed",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A stakeholder insists on a change you believe will hurt usability. How do you handle it?",
    ["Understands the goal behind the request", "Shows evidence or proposes a quick test", "Offers an alternative that meets the goal"],
  ],
  [
    "situational",
    "msl",
    "Analytics show users abandon a form halfway. How do you investigate and fix it?",
    [
      "Finds which field or step loses users",
      "Watches sessions or runs tests to learn why",
      "Simplifies: fewer fields, clearer errors, saved progress",
      "Measures the effect of the fix",
    ],
  ],
  [
    "situational",
    "jm",
    "You join a team with no user research. How would you start?",
    [
      "Talks to support, sales and existing data to find questions",
      "Runs a few quick interviews or tests",
      "Shares findings to build support for more research",
    ],
  ],
  [
    "situational",
    "sl",
    "Two product teams designed the same pattern differently. What do you do?",
    ["Compares both against user needs and evidence", "Agrees one pattern with both teams", "Adds it to the design system with guidance"],
  ],
  [
    "situational",
    "jmsl",
    "You have one day to improve a confusing settings page. What do you do?",
    [
      "Identifies the most important tasks users come for",
      "Groups and labels settings in users' language",
      "Tests quickly with a few people",
    ],
  ],
];

export const designQuestions = family("ux", "design", rows);
