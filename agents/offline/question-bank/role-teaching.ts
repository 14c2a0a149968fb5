import { family, type FamilyRow } from "./group";

// Teaching questions written for InterVu's offline engine (row format in group.ts).

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a lesson that did not go well and what you changed.",
    ["Describes what went wrong", "Explains how they reflected on the cause", "Shows what they changed and the result"],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a time you helped a struggling student make progress.",
    ["Explains how they identified the difficulty", "Describes the support given", "Shows evidence of progress"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about working with a parent who disagreed with you.",
    ["Describes the disagreement", "Explains how they listened and shared evidence", "Gives the outcome for the student"],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about a time you collaborated with colleagues on curriculum.",
    ["Describes the goal", "Explains their contribution", "Shows the impact on students"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about managing a challenging class.",
    ["Describes the behaviour issues", "Explains the strategies: routines, relationships, consistency", "Gives the result"],
  ],
  [
    "behavioral",
    "msl",
    "Describe how you used assessment data to change your teaching.",
    ["Describes the data", "Explains what it showed", "Shows what changed and the effect"],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about a new teaching method you tried.",
    ["Explains why they tried it", "Describes how it was introduced", "Shows how they judged whether it worked"],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you differentiate instruction for students with different needs?",
    [
      "Uses assessment to understand each student's level",
      "Adapts content, process or product: tasks, support, grouping",
      "Keeps high expectations for all",
    ],
    "Find out where each student is with assessment, then vary the content, the support and the tasks (grouping, scaffolds, extension work) so every student works towards the same high expectations.",
  ],
  [
    "role-specific",
    "jmsl",
    "What is the difference between formative and summative assessment?",
    [
      "Formative assessment checks learning during teaching to adjust it",
      "Summative assessment measures learning at the end",
      "Both are needed; formative feedback drives progress",
    ],
    "Formative assessment happens during learning to see what students understand and adjust teaching; summative assessment measures what was learned at the end of a unit. Formative feedback is what helps students improve.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you plan a lesson?",
    ["Starts from clear learning objectives", "Plans activities and checks for understanding", "Allows for different needs and timing"],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you build positive classroom behaviour?",
    [
      "Clear routines and expectations from day one",
      "Positive relationships and consistent consequences",
      "Engaging lessons reduce disruption",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you support students with special educational needs?",
    [
      "Works with specialists and follows individual plans",
      "Adapts materials and environment",
      "Monitors progress and communicates with families",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you give feedback that helps students improve?",
    ["Specific and tied to the learning goal", "Timely, with a clear next step", "Students act on it"],
  ],
  [
    "role-specific",
    "sl",
    "How do you use technology in the classroom?",
    ["Only where it supports the learning goal", "Considers access and distraction", "Evaluates whether it improves learning"],
  ],
  [
    "situational",
    "jmsl",
    "A student discloses something that suggests they are at risk. What do you do?",
    [
      "Listens calmly without promising secrecy",
      "Follows the safeguarding procedure immediately",
      "Reports to the designated lead and records the facts",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Half the class failed a test. What do you do next?",
    ["Analyses which concepts were misunderstood", "Re-teaches in a different way", "Checks understanding again"],
  ],
  [
    "situational",
    "jmsl",
    "A student is persistently disruptive in your lessons. How do you handle it?",
    [
      "Looks for the cause behind the behaviour",
      "Applies consistent consequences and positive support",
      "Involves parents and colleagues if needed",
    ],
  ],
  [
    "situational",
    "jm",
    "A lesson finishes 15 minutes early. What do you do?",
    ["Uses a planned extension or review activity", "Checks understanding with a quick task", "Adjusts future planning"],
  ],
  [
    "situational",
    "msl",
    "A parent complains that their child is not challenged enough. How do you respond?",
    ["Listens and looks at the evidence", "Explains the current plan", "Agrees extension steps and follows up"],
  ],
  [
    "situational",
    "sl",
    "Your department's results fell this year. What would you do as a lead?",
    ["Analyses the data by group and topic", "Reviews teaching and curriculum with the team", "Agrees priorities and monitors progress"],
  ],
];

export const teachingQuestions = family("edu", "teaching", rows);
