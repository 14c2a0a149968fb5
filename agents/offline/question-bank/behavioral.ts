import type { BankQuestion } from "./types";
import { bankId, bankLevels, type KeyPoints, type LevelCodes } from "./group";

// Behavioural questions written for InterVu's offline engine.
// Row format: [topic, levels ("j" junior, "m" mid, "s" senior, "l" lead), text, key points].
// Ids are assigned by position ("beh-001", ...): append new rows at the end so existing ids stay stable.

type Row = [topic: string, levels: LevelCodes, text: string, key_points: KeyPoints];

const rows: Row[] = [
  // Teamwork
  [
    "teamwork",
    "jmsl",
    "Tell me about a time you worked closely with a teammate whose working style was very different from yours.",
    [
      "Describes the concrete difference in style (e.g. planner vs. improviser) and the shared goal",
      "Explains how they adapted: agreements on communication, hand-offs or check-ins",
      "Shows respect for the other person's strengths rather than blaming",
      "States the outcome for the work and what they would repeat",
    ],
  ],
  [
    "teamwork",
    "jm",
    "Describe a group project where you had to pick up work that was not originally yours.",
    [
      "Context: why the work was left uncovered (absence, scope change, blocked teammate)",
      "How they got up to speed quickly (asked questions, read code, paired)",
      "Kept the team informed about what they took over",
      "Result delivered and what they learned about the unfamiliar area",
    ],
  ],
  [
    "teamwork",
    "jmsl",
    "Give an example of how you helped a team that was struggling to work well together.",
    [
      "Names the specific symptom (missed hand-offs, silent meetings, duplicated work)",
      "Actions they personally took, not just what 'we' did",
      "A process or habit change that stuck (e.g. written decisions, pairing, clearer ownership)",
      "Measurable or observable improvement afterwards",
    ],
  ],
  [
    "teamwork",
    "msl",
    "Tell me about a time you collaborated with another team to deliver something neither team could do alone.",
    [
      "Clear description of the dependency and each team's incentives",
      "How a shared plan, interface or contract was agreed",
      "How progress and blockers were tracked across teams",
      "Outcome and what made the collaboration succeed or struggle",
    ],
  ],
  [
    "teamwork",
    "j",
    "Tell me about a time you asked for help when you were stuck.",
    [
      "Shows they tried first and can say what they had already ruled out",
      "Chose the right person and framed the question clearly",
      "Timing: did not wait too long or give up too early",
      "What they learned so they could handle it alone next time",
    ],
  ],
  // Conflict
  [
    "conflict",
    "jmsl",
    "Describe a disagreement you had with a colleague about a technical approach. How was it resolved?",
    [
      "States both positions fairly, including the merits of the other view",
      "Moved the discussion to evidence: prototypes, benchmarks, requirements, trade-offs",
      "Separated the person from the problem and kept the relationship intact",
      "Resolution reached (including 'disagree and commit') and the outcome",
    ],
  ],
  [
    "conflict",
    "msl",
    "Tell me about a time you had to push back on a request from a manager or product owner.",
    [
      "Explains the request and why it was a problem (risk, cost, quality, ethics)",
      "Pushed back with data and alternatives rather than a flat no",
      "Chose an appropriate setting and tone",
      "Outcome and how the relationship was afterwards",
    ],
  ],
  [
    "conflict",
    "jm",
    "Tell me about a time you received criticism you thought was unfair.",
    [
      "Describes the feedback and why it felt unfair without getting defensive in the retelling",
      "Looked for the part that was valid and asked clarifying questions",
      "Responded calmly and followed up with facts where needed",
      "What changed in their behaviour or in the relationship",
    ],
  ],
  [
    "conflict",
    "sl",
    "Describe a time you mediated a conflict between two people on your team.",
    [
      "Listened to each side separately before bringing them together",
      "Focused on shared goals and observable behaviour, not personalities",
      "Agreed concrete next steps or working agreements",
      "Followed up later to check the fix held; escalated if it did not",
    ],
  ],
  [
    "conflict",
    "msl",
    "Tell me about a time you disagreed with a decision but still had to carry it out.",
    [
      "Voiced the disagreement through the right channel with reasons",
      "Understood the wider context that led to the decision",
      "Committed fully once decided, without undermining it",
      "Reflects on whether the decision turned out right and what they learned",
    ],
  ],
  // Failure
  [
    "failure",
    "jmsl",
    "Tell me about a mistake you made that affected other people. What did you do?",
    [
      "Owns the mistake clearly without deflecting",
      "Immediate actions to limit the impact and inform those affected",
      "Root cause identified, not just the symptom",
      "Lasting change (checklist, test, automation, habit) to prevent a repeat",
    ],
  ],
  [
    "failure",
    "jmsl",
    "Describe a project that did not go as planned. What would you do differently?",
    [
      "Honest account of what went wrong and their own part in it",
      "Signals that were missed early on",
      "Specific, credible changes they would make next time",
      "How they applied the lesson on a later project",
    ],
  ],
  [
    "failure",
    "msl",
    "Tell me about a time something you shipped caused a production incident.",
    [
      "Timeline: detection, communication, mitigation, resolution",
      "Prioritised restoring service before finding blame",
      "Blameless post-mortem with concrete actions",
      "Follow-through: which safeguards were actually added (tests, alerts, rollout steps)",
    ],
  ],
  [
    "failure",
    "j",
    "Tell me about a time you failed to meet a goal you set for yourself.",
    [
      "Specific goal and why it mattered to them",
      "Honest analysis of why it was missed",
      "What they changed in how they plan or work",
      "Shows resilience and a later success or retry",
    ],
  ],
  [
    "failure",
    "sl",
    "Tell me about a bet or initiative you championed that turned out to be wrong.",
    [
      "Why they believed in it and what evidence they had",
      "When and how they recognised it was not working",
      "How they stopped or changed course and managed the people affected",
      "What they now do differently when making bets (smaller experiments, kill criteria)",
    ],
  ],
  // Leadership
  [
    "leadership",
    "jm",
    "Tell me about a time you took the lead on something without being asked.",
    [
      "Spotted a gap nobody owned",
      "Took initiative while keeping relevant people informed",
      "Brought others along rather than working alone",
      "Concrete outcome and recognition of the impact",
    ],
  ],
  [
    "leadership",
    "msl",
    "Describe a time you led a technical initiative from idea to delivery.",
    [
      "How the problem was identified and the case made for it",
      "Planning: scope, milestones, risks and who did what",
      "How they kept momentum and handled setbacks",
      "Measured result (performance, cost, reliability, developer time)",
    ],
  ],
  [
    "leadership",
    "sl",
    "Tell me about a time you had to influence people who did not report to you.",
    [
      "Understood the other people's goals and constraints",
      "Built credibility with evidence, prototypes or small wins",
      "Used the right mix of one-to-one conversations and written proposals",
      "Result and how lasting the buy-in was",
    ],
  ],
  [
    "leadership",
    "l",
    "How have you built or reshaped an engineering team's culture? Give a concrete example.",
    [
      "Names the cultural problem and how they diagnosed it",
      "Specific rituals, norms or incentives they changed",
      "Modelled the behaviour themselves",
      "Evidence of change: engagement scores, retention, delivery metrics, anecdotes",
    ],
  ],
  [
    "leadership",
    "l",
    "Tell me about a time you had to lead a team through a major change such as a reorganisation or a change of direction.",
    [
      "Explained the why honestly and early",
      "Listened to concerns and addressed them individually",
      "Kept the team focused with clear near-term goals",
      "Outcome for delivery and morale; who, if anyone, was lost and why",
    ],
  ],
  // Ownership
  [
    "ownership",
    "jmsl",
    "Give an example of a problem you fixed even though it was not your responsibility.",
    [
      "Why the problem mattered to users or the team",
      "Checked with the owner or informed them before or while acting",
      "Fixed it properly rather than with a hack",
      "Put something in place so it stayed fixed or got a clear owner",
    ],
  ],
  [
    "ownership",
    "msl",
    "Tell me about a system or feature you owned end to end. How did you make sure it kept working after launch?",
    [
      "Defined what 'working' meant: metrics, SLOs or user outcomes",
      "Monitoring, alerting and documentation they set up",
      "Handled bugs and feedback after launch",
      "Iterations made based on real usage data",
    ],
  ],
  [
    "ownership",
    "jm",
    "Describe a time you noticed a risk in your project before anyone else did.",
    [
      "What the risk was and how they spotted it",
      "Raised it with evidence and a suggested mitigation",
      "Followed up until it was handled",
      "Outcome, including what would have happened otherwise",
    ],
  ],
  [
    "ownership",
    "sl",
    "Tell me about a time you reduced technical debt in a way the business supported.",
    [
      "Quantified the cost of the debt (incidents, lead time, onboarding)",
      "Framed the work in business terms and got it prioritised",
      "Delivered incrementally without stopping feature work",
      "Measured improvement afterwards",
    ],
  ],
  // Ambiguity
  [
    "ambiguity",
    "jmsl",
    "Tell me about a time you had to start work with unclear or incomplete requirements.",
    [
      "What was unclear and why it could not be resolved up front",
      "How they reduced ambiguity: questions, prototypes, stating assumptions",
      "Kept stakeholders aligned as understanding evolved",
      "Outcome and how they handled changes in direction",
    ],
  ],
  [
    "ambiguity",
    "sl",
    "Describe a situation where you had to make an important decision without enough data.",
    [
      "What data was missing and the cost of waiting",
      "How they bounded the risk (reversible choice, small experiment)",
      "Communicated the decision and its assumptions",
      "Revisited the decision as data arrived",
    ],
  ],
  [
    "ambiguity",
    "m",
    "Tell me about a time the goal of your project changed halfway through.",
    [
      "What changed and why",
      "How they re-planned and what they salvaged",
      "Handled frustration in themselves and others",
      "Result and what they do now to stay flexible",
    ],
  ],
  [
    "ambiguity",
    "l",
    "How do you set direction for a team when the company strategy itself is unclear?",
    [
      "Translates what is known into team-level goals and principles",
      "Makes assumptions explicit and checks them with leadership",
      "Chooses work that is valuable under several possible futures",
      "Keeps the team informed without passing on anxiety",
    ],
  ],
  // Deadlines
  [
    "deadlines",
    "jmsl",
    "Tell me about a time you had a tight deadline. How did you make sure you delivered?",
    [
      "Scale of the deadline and why it was fixed",
      "Broke work down and prioritised the must-haves",
      "Communicated progress and risks early",
      "What was delivered, what was cut, and the quality trade-offs",
    ],
  ],
  [
    "deadlines",
    "jmsl",
    "Describe a time you realised you were going to miss a deadline. What did you do?",
    [
      "Noticed early rather than at the last minute",
      "Told stakeholders promptly with options (cut scope, move date, add help)",
      "Took responsibility for their part",
      "Outcome and how they estimate or plan differently now",
    ],
  ],
  [
    "deadlines",
    "sl",
    "Tell me about a time you negotiated scope to protect a launch date.",
    [
      "Understood which outcomes mattered most to the stakeholders",
      "Proposed a concrete smaller scope with trade-offs spelled out",
      "Protected quality and safety rather than cutting corners",
      "Result of the launch and follow-up delivery of deferred items",
    ],
  ],
  [
    "deadlines",
    "j",
    "Tell me about a time you had several assignments due at once. How did you manage them?",
    [
      "Listed the tasks and their deadlines",
      "A clear way of prioritising (urgency, importance, dependencies)",
      "Tools or routines used to stay on track",
      "Result and what they would change",
    ],
  ],
  // Feedback
  [
    "feedback",
    "jmsl",
    "Tell me about a piece of feedback that changed how you work.",
    [
      "The feedback in specific terms and who gave it",
      "Initial reaction and how they processed it",
      "Concrete behaviour change made",
      "Evidence the change worked",
    ],
  ],
  [
    "feedback",
    "msl",
    "Describe a time you had to give difficult feedback to a peer.",
    [
      "Prepared with specific, observable examples",
      "Delivered privately, promptly and with care",
      "Focused on impact and invited their perspective",
      "What changed afterwards and the state of the relationship",
    ],
  ],
  [
    "feedback",
    "j",
    "How do you ask for feedback on your work? Give an example.",
    [
      "Asks specific questions rather than 'any feedback?'",
      "Asks at the right time (early drafts, after milestones)",
      "Acts on the feedback and closes the loop",
      "Example of an improvement that came from it",
    ],
  ],
  [
    "feedback",
    "sl",
    "Tell me about a time you received feedback from someone junior to you.",
    [
      "Made it safe for them to speak up",
      "Listened without defensiveness and thanked them",
      "Acted on it visibly",
      "How it affected trust in the team",
    ],
  ],
  // Mentoring
  [
    "mentoring",
    "msl",
    "Tell me about someone you mentored. How did you help them grow?",
    [
      "Assessed their starting point and goals",
      "Specific techniques: pairing, stretch tasks, reviews, gradual autonomy",
      "Balanced support with letting them struggle productively",
      "Their measurable growth (promotion, ownership of a feature)",
    ],
  ],
  [
    "mentoring",
    "sl",
    "Describe a time you helped a struggling new team member get up to speed.",
    [
      "Identified what was blocking them (domain, tools, confidence)",
      "Structured onboarding: first tasks, documentation, a buddy",
      "Regular check-ins and adjusted approach",
      "Time to productivity and what was improved for future hires",
    ],
  ],
  [
    "mentoring",
    "j",
    "Tell me about a time you taught someone something, at work, at school or elsewhere.",
    [
      "What was being taught and the learner's starting point",
      "How they explained it (examples, analogies, hands-on practice)",
      "Checked understanding rather than assuming",
      "Outcome and what they learned about teaching",
    ],
  ],
  [
    "mentoring",
    "l",
    "How do you grow senior engineers into tech leads or managers?",
    [
      "Identifies readiness and interest rather than assuming everyone wants it",
      "Gives real but safe leadership opportunities",
      "Coaching through regular one-to-ones and feedback",
      "Example of someone they grew and the outcome",
    ],
  ],
  // Stakeholder management
  [
    "stakeholder management",
    "msl",
    "Tell me about a time you had to explain a technical issue to a non-technical stakeholder.",
    [
      "Adapted language to the audience and avoided jargon",
      "Focused on impact, options and decisions needed",
      "Used visuals or analogies where they helped",
      "Outcome: decision made or trust gained",
    ],
  ],
  [
    "stakeholder management",
    "sl",
    "Describe a situation where two stakeholders wanted conflicting things from your team.",
    [
      "Understood each stakeholder's underlying goal",
      "Made the trade-off visible with data",
      "Brought them together or escalated to the right decision maker",
      "Outcome and how expectations were managed",
    ],
  ],
  [
    "stakeholder management",
    "l",
    "How do you manage expectations with senior leadership when your team's delivery is at risk?",
    [
      "Early, honest communication with no surprises",
      "Presents the cause, the impact and options with trade-offs",
      "Asks for specific decisions or support",
      "Example where this preserved trust",
    ],
  ],
  [
    "stakeholder management",
    "m",
    "Tell me about a time a customer or user was unhappy with something you built.",
    [
      "Listened to understand the real problem",
      "Separated quick fixes from longer-term changes",
      "Kept the user updated until resolution",
      "What changed in the product or the process afterwards",
    ],
  ],
  // Prioritisation
  [
    "prioritisation",
    "jmsl",
    "How do you decide what to work on when everything seems urgent? Give a real example.",
    [
      "A clear framework: impact, urgency, effort, dependencies",
      "Checked priorities with a manager or stakeholders when unsure",
      "Said no or 'not now' explicitly to some work",
      "Outcome and whether the choice proved right",
    ],
  ],
  [
    "prioritisation",
    "sl",
    "Tell me about a time you had to say no to a feature request.",
    [
      "Understood the requester's underlying need",
      "Explained the reasoning with data and opportunity cost",
      "Offered an alternative or a path to yes later",
      "Relationship and outcome afterwards",
    ],
  ],
  [
    "prioritisation",
    "l",
    "How do you balance feature work, technical debt and operational work on a roadmap?",
    [
      "Explicit allocation or a mechanism (capacity percentages, error budgets)",
      "Makes debt and toil visible with metrics",
      "Negotiates with product leadership using business impact",
      "Example of adjusting the balance when reality changed",
    ],
  ],
  // Communication
  [
    "communication",
    "jmsl",
    "Tell me about a time a misunderstanding caused problems on a project. How did you fix it?",
    [
      "Where the misunderstanding came from (unclear spec, assumptions)",
      "How it was discovered and corrected",
      "Repaired the work and the relationships",
      "Communication habit adopted afterwards (written summaries, demos)",
    ],
  ],
  [
    "communication",
    "msl",
    "Describe a design document or proposal you wrote that changed a decision.",
    [
      "Problem framing and the audience",
      "Options considered with trade-offs, not just the preferred one",
      "How feedback was gathered and incorporated",
      "Decision made and its outcome",
    ],
  ],
  // Learning
  [
    "learning",
    "jmsl",
    "Tell me about a time you had to learn a new technology quickly to get something done.",
    [
      "Why it was needed and the time available",
      "Learning approach: docs, small experiments, asking experts",
      "Applied it to deliver a real result",
      "How they checked the quality of work done with an unfamiliar tool",
    ],
  ],
  [
    "learning",
    "j",
    "What is something you have learned recently outside of your coursework or job, and how did you learn it?",
    [
      "Specific topic and motivation",
      "Concrete learning method and resources",
      "Something built or applied with it",
      "Reflection on how they learn best",
    ],
  ],
  // Motivation and career
  [
    "motivation",
    "jmsl",
    "Tell me about the project you are most proud of and your role in it.",
    [
      "Clear problem and why it mattered",
      "Their specific contribution distinguished from the team's",
      "Challenges overcome and technical or personal decisions made",
      "Measurable impact",
    ],
  ],
  [
    "motivation",
    "jm",
    "Tell me about a time you went beyond what was expected of you.",
    [
      "What the baseline expectation was",
      "What extra they did and why",
      "Did it without neglecting core responsibilities",
      "Impact on users, team or themselves",
    ],
  ],
  // Decision making
  [
    "decision making",
    "msl",
    "Tell me about a trade-off you made between speed and quality. Would you make it again?",
    [
      "The specific choice and the constraints at the time",
      "How the risk was contained (flags, follow-up tickets, tests on critical paths)",
      "Whether the follow-up work actually happened",
      "Honest reflection on the result",
    ],
  ],
  [
    "decision making",
    "sl",
    "Describe a technical decision you made that was hard to reverse. How did you approach it?",
    [
      "Recognised it as a one-way door",
      "Gathered input, prototyped and wrote down the options",
      "Considered long-term costs: maintenance, hiring, lock-in",
      "Outcome and how it aged",
    ],
  ],
  // Lead: hiring, managing, strategy
  [
    "hiring",
    "l",
    "How do you design a hiring process for engineers, and how do you know it works?",
    [
      "Defines the skills and signals needed for the role first",
      "Structured interviews with rubrics and trained interviewers",
      "Reduces bias and keeps a good candidate experience",
      "Measures outcomes: pass-through rates, offer acceptance, performance of hires",
    ],
  ],
  [
    "hiring",
    "l",
    "Tell me about a hire that did not work out. What did you learn?",
    [
      "What signals were missed or misread during hiring",
      "How they supported the person once problems appeared",
      "How the situation was resolved fairly and respectfully",
      "Changes made to the hiring process afterwards",
    ],
  ],
  [
    "managing performance",
    "l",
    "Describe how you handled an underperforming team member.",
    [
      "Diagnosed the cause: skills, clarity, motivation, personal situation",
      "Clear expectations and a written plan with timelines",
      "Regular feedback and support offered",
      "Outcome, whether improvement or a fair exit, and its effect on the team",
    ],
  ],
  [
    "managing performance",
    "l",
    "How do you run one-to-ones with your reports, and what have you changed based on them?",
    [
      "Regular cadence owned by the report's agenda",
      "Mix of career growth, feedback and blockers, not just status",
      "Notes and follow-ups so commitments are kept",
      "Example of something meaningful learned and acted upon",
    ],
  ],
  [
    "strategy",
    "l",
    "Tell me about a technical strategy or multi-quarter roadmap you defined. How did you get buy-in?",
    [
      "Started from business goals and current pain points",
      "Options and trade-offs evaluated, with a written strategy",
      "Engaged engineers and stakeholders early to co-own it",
      "Milestones, metrics and how progress was reported",
    ],
  ],
  [
    "strategy",
    "l",
    "How do you decide whether to build something in-house or buy or adopt an existing solution?",
    [
      "Core differentiator versus commodity capability",
      "Total cost of ownership, including maintenance and people",
      "Risk factors: lock-in, vendor health, security and compliance",
      "Example decision and how it turned out",
    ],
  ],
  [
    "strategy",
    "sl",
    "Tell me about a time you changed your team's engineering process. How did you measure whether it helped?",
    [
      "The problem with the old process, backed by evidence",
      "Introduced the change as an experiment with the team's input",
      "Metrics chosen (lead time, defect rate, satisfaction)",
      "Result and whether the change was kept, adjusted or dropped",
    ],
  ],
  // Ethics, customer focus, resilience
  [
    "ethics",
    "jmsl",
    "Tell me about a time you were asked to do something you felt was wrong or risky for users.",
    [
      "The specific concern (privacy, security, misleading users)",
      "Raised it respectfully with facts and alternatives",
      "Escalated appropriately if needed",
      "Outcome and what it says about their values",
    ],
  ],
  [
    "customer focus",
    "msl",
    "Describe a time you used customer or user data to change what your team was building.",
    [
      "Source of the insight (analytics, interviews, support tickets)",
      "How they validated the insight before acting",
      "Convinced the team or product owner to change course",
      "Measured impact on users",
    ],
  ],
  [
    "resilience",
    "jmsl",
    "Tell me about a stressful period at work or school and how you handled it.",
    [
      "The cause and scale of the pressure",
      "Practical strategies used: prioritising, asking for help, routines",
      "Kept quality and relationships intact",
      "What they learned about their own limits and sustainable pace",
    ],
  ],
  [
    "remote collaboration",
    "jmsl",
    "How have you kept collaboration effective when working remotely or across time zones? Give an example.",
    [
      "Specific challenge (time zones, async hand-offs, visibility)",
      "Practices used: written updates, overlap hours, recorded demos",
      "Made sure quieter or distant colleagues were included",
      "Result on delivery and team connection",
    ],
  ],
  [
    "onboarding",
    "m",
    "Tell me about a time you improved documentation or onboarding for others.",
    [
      "Noticed the pain (repeated questions, slow ramp-up)",
      "What they wrote or automated, and how they kept it current",
      "Got feedback from the people using it",
      "Impact such as time to first contribution",
    ],
  ],
  [
    "leadership",
    "l",
    "How do you balance staying hands-on technically with your management or leadership responsibilities?",
    [
      "Chooses where their technical involvement adds most (reviews, design, unblocking)",
      "Avoids becoming a bottleneck on the critical path",
      "Protects time for people work such as one-to-ones and hiring",
      "Example of adjusting the balance as the team grew",
    ],
  ],
];

export const behavioralQuestions: BankQuestion[] = rows.map(([topic, levels, text, key_points], i) => ({
  id: bankId("beh", i),
  text,
  category: "behavioral",
  topic,
  tech: [],
  levels: bankLevels(levels),
  key_points,
}));
