import { family, type FamilyRow } from "./group";

// Nursing and healthcare questions written for InterVu's offline engine (row format in group.ts). General practice
// questions for interview practice, not clinical guidance.

const rows: FamilyRow[] = [
  [
    "behavioral",
    "jmsl",
    "Tell me about a time you advocated for a patient.",
    [
      "Describes the patient's need and why it was not being met",
      "Explains how they raised it with the team or physician",
      "Shows the outcome for the patient",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Describe a time you noticed a patient's condition getting worse.",
    [
      "Describes the signs they noticed",
      "Explains the assessment and escalation (for example an early warning score)",
      "Gives the outcome and what they learned",
    ],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about working with a difficult colleague on a busy shift.",
    ["Describes the situation without blame", "Explains how they communicated to keep patients safe", "States the outcome"],
  ],
  [
    "behavioral",
    "jmsl",
    "Tell me about a mistake you made and how you handled it.",
    [
      "States the mistake honestly",
      "Explains immediate action for patient safety and reporting",
      "Describes what changed in their practice",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Describe a time you supported a patient's family through bad news.",
    [
      "Shows empathy and clear, honest communication",
      "Explains how they involved the right people",
      "Describes how the family was supported afterwards",
    ],
  ],
  [
    "behavioral",
    "msl",
    "Tell me about mentoring a new nurse or student.",
    ["Describes how they assessed the learner's needs", "Explains how they taught and gave feedback", "Shows the learner's progress"],
  ],
  [
    "behavioral",
    "jm",
    "Tell me about a shift where you had too many tasks. How did you manage?",
    ["Explains how they prioritised by patient need", "Describes delegation and asking for help", "Gives the outcome"],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you prioritise care when several patients need you at once?",
    [
      "Uses clinical priority: airway, breathing, circulation first",
      "Assesses urgency and stability of each patient",
      "Delegates appropriately and asks for help",
      "Communicates with the team",
    ],
    "Assess who is most unstable first, using the ABC (airway, breathing, circulation) order, deal with urgent needs, delegate what others can safely do, and tell the team so nobody is left waiting without a plan.",
  ],
  [
    "role-specific",
    "jmsl",
    "How do you make sure medications are given safely?",
    [
      "Follows the rights of medication administration: right patient, drug, dose, route, time",
      "Checks allergies and double-checks high-risk drugs",
      "Documents and monitors for effects",
    ],
    "By following the rights of medication administration (right patient, drug, dose, route and time, with documentation), checking allergies, double-checking high-risk drugs with a colleague and watching for effects afterwards.",
  ],
  [
    "role-specific",
    "jmsl",
    "What does a good handover between shifts include?",
    [
      "A structured format such as SBAR",
      "Current condition, changes, risks and pending tasks",
      "Time for questions, ideally at the bedside",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "How do you prevent infections on your ward?",
    [
      "Hand hygiene at the right moments",
      "Correct use of protective equipment and isolation",
      "Aseptic technique and care of lines and wounds",
    ],
  ],
  [
    "role-specific",
    "msl",
    "How do you educate a patient about managing a new condition at home?",
    [
      "Assesses what the patient knows and can manage",
      "Uses plain language and the teach-back method",
      "Provides written material and follow-up",
    ],
  ],
  [
    "role-specific",
    "jmsl",
    "Why does documentation matter so much in nursing?",
    ["Continuity of care and communication between staff", "Legal record of care given", "Must be accurate, timely and objective"],
  ],
  [
    "role-specific",
    "sl",
    "How do you handle a patient who refuses treatment?",
    [
      "Respects the patient's right to decide",
      "Explores reasons and explains risks in plain language",
      "Checks capacity and involves the physician",
      "Documents the discussion",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A physician gives you an order you believe is unsafe. What do you do?",
    [
      "Does not carry it out without clarification",
      "Raises the concern with the physician directly",
      "Escalates through the chain of command if needed",
      "Documents the conversation",
    ],
  ],
  [
    "situational",
    "jmsl",
    "A patient falls while you are on shift. What are your steps?",
    [
      "Checks the patient for injury and makes them safe",
      "Informs the physician and the family",
      "Documents and reports the incident",
      "Reviews fall risk measures",
    ],
  ],
  [
    "situational",
    "jmsl",
    "Your ward is understaffed and you are asked to take extra patients. How do you respond?",
    ["Assesses whether care can stay safe", "Raises the concern with the charge nurse", "Prioritises and documents"],
  ],
  [
    "situational",
    "msl",
    "A family member is angry and shouting at the nurses' station. What do you do?",
    ["Stays calm and listens", "Moves the conversation to a private space", "Addresses concerns and involves senior staff if needed"],
  ],
  [
    "situational",
    "jm",
    "You notice a colleague skipping hand hygiene. What do you do?",
    ["Reminds them respectfully at the time", "Follows up if it continues", "Focuses on patient safety"],
  ],
  [
    "situational",
    "sl",
    "A patient's pain is not controlled with the prescribed medication. What do you do?",
    [
      "Reassesses the pain with a scale",
      "Tries non-drug measures as appropriate",
      "Contacts the prescriber for review",
      "Documents and re-evaluates",
    ],
  ],
];

export const nursingQuestions = family("nurse", "nursing", rows);
