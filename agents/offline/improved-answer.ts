import {
  ACTION_VERBS,
  EXAMPLE_CUES,
  QUANTITY_ONE,
  RESULT_VERB,
  STAR_CUES,
  WE_ACTION_VERBS,
  type EvalInput,
  type Features,
} from "../text/answer-signals";
import { joinAnd, keyPointAsAdvice } from "../text/coach-phrasing";
import { capitalise, sentenceSpans, shorten, termSet } from "../text/words";
import { hasSpecifics, isWeakSentence, overlap, REASONING_ONE, reusable, seedPrompt, TRADE_OFF } from "./answer-sentences";

// The offline "A stronger answer": the user's own sentences, tidied, in the shape the question calls for (STAR for a
// story; answer, reasoning, example otherwise), with bracketed prompts where a fact is missing. Nothing is invented.

/**
 * A stronger version of the answer built from the user's own sentences (filler words removed) in a better order, with
 * [bracketed] prompts where something is missing. Never invents employers, numbers or events.
 */
export function improvedAnswer(input: EvalInput, f: Features, missed: string[], offTopic: boolean, overall: number): string {
  const draft: Draft = {
    question: input.question ?? "",
    f,
    spans: offTopic ? [] : sentenceSpans(input.answer ?? ""),
    weakAnswer: overall < 6,
    slots: [],
    slotOf: new Map(),
    rendered: new Map(),
  };
  if (f.behavioralQuestion) {
    const situationFound = shapeStory(draft);
    keepOtherSentences(draft);
    askForStoryDetail(draft, situationFound);
  } else {
    shapeExplanation(
      draft,
      (input.key_points ?? []).filter((k) => k && k.trim()),
    );
    keepOtherSentences(draft);
  }
  return render(draft, offTopic, missed);
}

// ---------------------------------------------------------------------------------------------------------------
// The draft: slots of the stronger answer, each filled with the user's own sentences (tidied) or, if empty, a
// [placeholder]. In a weak answer, a thin sentence is not model content: it becomes a [Build on "…": …] prompt (`seeds`).

type Slot = { label?: string; texts: string[]; seeds: number; placeholder: string | null; guide: string };

type Draft = {
  question: string;
  f: Features;
  spans: { text: string }[];
  weakAnswer: boolean;
  slots: Slot[];
  /** sentence index → the slot it went to */
  slotOf: Map<number, number>;
  /** sentence index → its text in the stronger answer */
  rendered: Map<number, string>;
};

const GENERIC_GUIDE = "add the specific detail: who, what you did and how";
const RESULT_PLACEHOLDER = "[What changed because of what you did (your metric, before and after, if you have one) and what you learned.]";
// regex-scan: sees an answer (at most 20,000 characters); timed on hostile input by tests/security/pathological-parsers.test.ts (evaluation)
const ACTION_ANY = new RegExp(`${ACTION_VERBS.source}|${WE_ACTION_VERBS.source}`, "i");

function addSlot(d: Draft, placeholder: string | null, label?: string, guide = GENERIC_GUIDE): number {
  return d.slots.push({ label, texts: [], seeds: 0, placeholder, guide }) - 1;
}

/** The sentence's text as it goes into the slot: tidied, or a prompt that builds on it when it is too thin. */
function put(d: Draft, slot: number, span: number): string {
  const text = reusable(d.spans[span].text) as string;
  const weak = d.weakAnswer && isWeakSentence(text, d.f.behavioralQuestion, d.question);
  if (weak) d.slots[slot].seeds++;
  const out = weak ? seedPrompt(text, d.slots[slot].guide, d.f.behavioralQuestion) : text;
  d.rendered.set(span, out);
  return out;
}

/** Puts the unused sentence that `pick` scores highest (above 0) into the slot; false when none fits. */
function fill(d: Draft, slot: number, pick: (text: string) => number): boolean {
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < d.spans.length; i++) {
    if (d.slotOf.has(i) || !reusable(d.spans[i].text)) continue;
    const sc = pick(d.spans[i].text);
    if (sc > bestScore) {
      best = i;
      bestScore = sc;
    }
  }
  if (best < 0) return false;
  d.slotOf.set(best, slot);
  d.slots[slot].texts.push(put(d, slot, best));
  return true;
}

const first = (test: (text: string) => boolean) => (text: string) => (test(text) ? 1 : 0);

/** Situation, task, action (up to three sentences), result. Returns whether a sentence set the scene. */
function shapeStory(d: Draft): boolean {
  const situation = addSlot(
    d,
    "[Where and when this happened: your team, the project and what was at stake, in one or two sentences.]",
    "Situation",
    "say where and when it happened, who was involved and what was at stake",
  );
  const task = addSlot(
    d,
    "[What you personally were responsible for, and why it mattered.]",
    "Task",
    "say what you personally had to achieve, and why it mattered",
  );
  const action = addSlot(
    d,
    '[Two or three concrete steps you took yourself, in the first person ("I…"), and why.]',
    "Action",
    "name who was involved, the two or three steps you took yourself, and why you chose them",
  );
  const result = addSlot(
    d,
    RESULT_PLACEHOLDER,
    "Result",
    "say what changed because of it (your metric, before and after) and what you learned",
  );
  const situationFound = fill(
    d,
    situation,
    first((t) => STAR_CUES.situation.test(t) || EXAMPLE_CUES.test(t)),
  );
  fill(
    d,
    task,
    first((t) => STAR_CUES.task.test(t)),
  );
  for (let k = 0; k < 3; k++)
    if (
      !fill(
        d,
        action,
        first((t) => STAR_CUES.action.test(t) || ACTION_ANY.test(t)),
      )
    )
      break;
  fill(
    d,
    result,
    first((t) => STAR_CUES.result.test(t) || (QUANTITY_ONE.test(t) && RESULT_VERB.test(t))),
  );
  return situationFound;
}

/** A one-sentence answer, one slot per key point (or how and why), an example, and the trade-off. */
function shapeExplanation(d: Draft, kps: string[]): void {
  const { f, spans } = d;
  const opening = addSlot(
    d,
    `[Open with a one-sentence answer to: "${shorten(d.question, 100)}"]`,
    undefined,
    "make it a one-sentence answer that names your approach and the main reason for it",
  );
  if (f.directStart && spans[0]) fill(d, opening, (t) => (t === spans[0].text ? 1 : 0));
  kps.slice(0, 5).forEach((kp, i) => {
    const slot = addSlot(d, `[${capitalise(keyPointAsAdvice(kp))}.]`, undefined, keyPointAsAdvice(kp));
    const terms = [...termSet(kp)];
    if (f.kpCovered[i]) fill(d, slot, (t) => overlap(termSet(t), terms));
  });
  if (!kps.length) {
    const body = addSlot(d, "[Explain how it works and why, in two or three sentences.]", undefined, "explain how it works and why");
    fill(
      d,
      body,
      first((t) => REASONING_ONE.test(t)),
    );
  }
  const example = addSlot(
    d,
    "[One short example from your own work: the project, what you did and the result, with your metric if you have one.]",
    undefined,
    "name the project, what you did and the result, with your metric if you have one",
  );
  fill(
    d,
    example,
    first((t) => EXAMPLE_CUES.test(t) || (QUANTITY_ONE.test(t) && /\b(?:i|we|my|our)\b/i.test(t))),
  );
  const closing = addSlot(
    d,
    "[Close with the main trade-off, or when you would choose a different approach.]",
    undefined,
    "name the main trade-off, or when you would choose differently",
  );
  fill(
    d,
    closing,
    first((t) => TRADE_OFF.test(t)),
  );
  // A placeholder is not needed when the user's sentences used elsewhere already do its job.
  const usedText = [...d.slotOf.keys()].map((i) => spans[i].text).join(" ");
  if (!d.slots[example].texts.length && (EXAMPLE_CUES.test(usedText) || QUANTITY_ONE.test(usedText))) d.slots[example].placeholder = null;
  if (!d.slots[closing].texts.length && TRADE_OFF.test(usedText)) d.slots[closing].placeholder = null;
}

/**
 * The user's other sentences are kept, after the sentence they followed in the answer (nothing they said is lost,
 * apart from run-on tails and filler words).
 */
function keepOtherSentences(d: Draft): void {
  const { spans, slots, slotOf } = d;
  const used = [...slotOf.keys()].sort((a, b) => a - b);
  for (let i = 0; i < spans.length; i++) {
    if (slotOf.has(i)) continue;
    if (!reusable(spans[i].text)) continue;
    const before = used.filter((j) => j < i).pop();
    const slot = before !== undefined ? (slotOf.get(before) as number) : 0;
    const after = before !== undefined ? slots[slot].texts.indexOf(d.rendered.get(before) as string) + 1 : 0;
    slots[slot].texts.splice(after, 0, put(d, slot, i));
    slotOf.set(i, slot);
    used.push(i);
    used.sort((a, b) => a - b);
  }
}

/** A result without a number gets a prompt for one (never an invented figure); a vague scene, a prompt for specifics. */
function askForStoryDetail(d: Draft, situationFound: boolean): void {
  const result = d.slots[3];
  if (result.texts.length > result.seeds && !QUANTITY_ONE.test(result.texts.join(" ")))
    result.texts.push("[Add the measurable outcome: your metric, before and after.]");
  // The opening came from a sentence that sets no scene: ask for the specifics an interviewer wants.
  // A scene that names nothing specific ("There was this thing at work …") gets the same prompt in a weak answer.
  const scene = d.slots[0];
  const vagueScene = d.weakAnswer && !hasSpecifics(scene.texts.filter((t) => !t.startsWith("[")).join(" "));
  if ((!situationFound || vagueScene) && scene.texts.length > scene.seeds)
    scene.texts.push("[Make it specific: which team, which project, when.]");
}

function render(d: Draft, offTopic: boolean, missed: string[]): string {
  const intro = offTopic
    ? "Your answer didn't address this question, so here is a shape to fill with your own experience; replace everything in [brackets]:"
    : "Here is your answer reshaped, using your own words where they fit; replace anything in [brackets] with your real details:";
  const lines = [intro, ""];
  for (const s of d.slots) {
    const body = s.texts.length ? s.texts.join(" ") : s.placeholder;
    if (!body) continue;
    lines.push(s.label ? `${s.label}: ${body}` : body);
  }
  if (d.f.behavioralQuestion && missed.length && (offTopic || d.f.kpRatio < 0.75))
    lines.push("", `[Also make sure you ${joinAnd(missed.slice(0, 3).map(keyPointAsAdvice))}.]`);
  return lines.join("\n");
}
