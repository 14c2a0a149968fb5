import {
  ACTION_VERBS,
  EXAMPLE_CUES,
  QUANTITY_ONE,
  REASONING,
  RESULT_VERB,
  STAR_CUES,
  WE_ACTION_VERBS,
  type EvalInput,
  type Features,
} from "../text/answer-signals";
import { findSkills } from "../text/skills";
import { joinAnd, keyPointAsAdvice, withoutFillers, wordCount } from "../text/coach-phrasing";
import { capitalise, contentTerms, sentenceSpans, shorten, termSet } from "../text/words";

// The offline "A stronger answer": the user's own sentences, tidied, in the shape the question calls for (STAR for a
// story; answer, reasoning, example otherwise), with bracketed prompts where a fact is missing. Nothing is invented.

/** The user's sentence, tidied for reuse (filler words removed); null when it is too long to reuse as it stands. */
function reusable(text: string | undefined): string | null {
  if (!text) return null;
  const cleaned = withoutFillers(text);
  if (!cleaned || wordCount(cleaned) < 3) return null;
  if (wordCount(cleaned) <= 40) return /[.!?]$/.test(cleaned) ? cleaned : `${cleaned}.`;
  // A run-on sentence: keep its first clauses, up to about 30 words, cut where the speaker paused.
  const clauses = cleaned.replace(/[.!?]+$/, "").split(/(?=,\s+(?:and|but|so|then|which)\s)|(?=;\s)/);
  let kept = "";
  for (const clause of clauses) {
    if (kept && wordCount(kept + clause) > 30) break;
    kept += clause;
  }
  if (!kept || wordCount(kept) > 40) return null;
  return `${kept.trim()}.`;
}

const VAGUE_WORDS = /\b(?:it|them|things?|stuff|something|everything|everyone|somehow|fine|ok|okay)\b/i;
const HYPOTHETICAL = /\b(?:i|we) (?:would|'d|might|could)\b|\bi'd\b/i;

/**
 * A sentence too thin to stand as model content in a stronger answer: short, with nothing specific in it (no number,
 * named technology or thing, reasoning) and vague ("I talked to them and we fixed it.", "I would design it with a
 * queue, then measure."). Only judged in answers that are weak overall; in a strong answer a short sentence is a
 * summary the detail around it supports.
 */
export function isWeakSentence(sentence: string, behavioral: boolean, question = ""): boolean {
  const t = sentence.trim();
  if (wordCount(t) > 12) return false;
  if (QUANTITY_ONE.test(t) || REASONING_ONE.test(t)) return false;
  if (/(?<=[a-z,]\s)[A-Z][a-zA-Z0-9]+/.test(t)) return false;
  // A named technology is specific, unless it only repeats the question's own topic ("Caching is important").
  const asked = new Set(findSkills(question).hard);
  if (findSkills(t).hard.some((s) => !asked.has(s))) return false;
  const terms = contentTerms(t).length;
  return terms <= 3 || (VAGUE_WORDS.test(t) && terms <= 5) || (behavioral && HYPOTHETICAL.test(t));
}

/** Whether the text names something specific: a number, a named technology or a proper noun. */
function hasSpecifics(text: string): boolean {
  return QUANTITY_ONE.test(text) || findSkills(text).hard.length > 0 || /(?<=[a-z,]\s)[A-Z][a-zA-Z0-9]+/.test(text);
}

/** A weak sentence of the user's turned into a prompt that builds on it: `[Build on "…": <what to add>.]`. */
function seedPrompt(sentence: string, guide: string, behavioral: boolean): string {
  const quote = sentence
    .replace(/[[\]]/g, "")
    .replace(/[.!?]+$/, "")
    .trim();
  if (behavioral && HYPOTHETICAL.test(sentence))
    return `[You said what you would do ("${quote}"); tell what you actually did in a real case instead: ${guide}.]`;
  return `[Build on "${quote}": ${guide}.]`;
}

/**
 * A stronger version of the answer built from the user's own sentences (filler words removed) in a better order, with
 * [bracketed] prompts where something is missing. Never invents employers, numbers or events.
 */
export function improvedAnswer(input: EvalInput, f: Features, missed: string[], offTopic: boolean, overall: number): string {
  const spans = offTopic ? [] : sentenceSpans(input.answer ?? "");
  const kps = (input.key_points ?? []).filter((k) => k && k.trim());
  // Slots of the stronger answer, each filled with the user's own sentences (tidied) or, if empty, a [placeholder].
  // In a weak answer, a thin sentence is not model content: it becomes a [Build on "…": …] prompt (`seeds`).
  type Slot = { label?: string; texts: string[]; seeds: number; placeholder: string | null; guide: string };
  const slots: Slot[] = [];
  const slotOf = new Map<number, number>();
  const GENERIC_GUIDE = "add the specific detail: who, what you did and how";
  const addSlot = (placeholder: string | null, label?: string, guide = GENERIC_GUIDE): number =>
    slots.push({ label, texts: [], seeds: 0, placeholder, guide }) - 1;
  const weakAnswer = overall < 6;
  const rendered = new Map<number, string>(); // sentence index → its text in the stronger answer
  const put = (slot: number, span: number): string => {
    const text = reusable(spans[span].text) as string;
    const weak = weakAnswer && isWeakSentence(text, f.behavioralQuestion, input.question ?? "");
    if (weak) slots[slot].seeds++;
    const out = weak ? seedPrompt(text, slots[slot].guide, f.behavioralQuestion) : text;
    rendered.set(span, out);
    return out;
  };
  const fill = (slot: number, pick: (text: string) => number): boolean => {
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < spans.length; i++) {
      if (slotOf.has(i) || !reusable(spans[i].text)) continue;
      const sc = pick(spans[i].text);
      if (sc > bestScore) {
        best = i;
        bestScore = sc;
      }
    }
    if (best < 0) return false;
    slotOf.set(best, slot);
    slots[slot].texts.push(put(slot, best));
    return true;
  };
  const first = (test: (text: string) => boolean) => (text: string) => (test(text) ? 1 : 0);
  const intro = offTopic
    ? "Your answer didn't address this question, so here is a shape to fill with your own experience; replace everything in [brackets]:"
    : "Here is your answer reshaped, using your own words where they fit; replace anything in [brackets] with your real details:";
  const RESULT_PLACEHOLDER =
    "[What changed because of what you did (your metric, before and after, if you have one) and what you learned.]";
  const ACTION_ANY = new RegExp(`${ACTION_VERBS.source}|${WE_ACTION_VERBS.source}`, "i");

  let situationFound = false;
  if (f.behavioralQuestion) {
    const situation = addSlot(
      "[Where and when this happened: your team, the project and what was at stake, in one or two sentences.]",
      "Situation",
      "say where and when it happened, who was involved and what was at stake",
    );
    const task = addSlot(
      "[What you personally were responsible for, and why it mattered.]",
      "Task",
      "say what you personally had to achieve, and why it mattered",
    );
    const action = addSlot(
      '[Two or three concrete steps you took yourself, in the first person ("I…"), and why.]',
      "Action",
      "name who was involved, the two or three steps you took yourself, and why you chose them",
    );
    const result = addSlot(
      RESULT_PLACEHOLDER,
      "Result",
      "say what changed because of it (your metric, before and after) and what you learned",
    );
    situationFound = fill(
      situation,
      first((t) => STAR_CUES.situation.test(t) || EXAMPLE_CUES.test(t)),
    );
    fill(
      task,
      first((t) => STAR_CUES.task.test(t)),
    );
    for (let k = 0; k < 3; k++)
      if (
        !fill(
          action,
          first((t) => STAR_CUES.action.test(t) || ACTION_ANY.test(t)),
        )
      )
        break;
    fill(
      result,
      first((t) => STAR_CUES.result.test(t) || (QUANTITY_ONE.test(t) && RESULT_VERB.test(t))),
    );
  } else {
    const opening = addSlot(
      `[Open with a one-sentence answer to: "${shorten(input.question ?? "", 100)}"]`,
      undefined,
      "make it a one-sentence answer that names your approach and the main reason for it",
    );
    if (f.directStart && spans[0]) fill(opening, (t) => (t === spans[0].text ? 1 : 0));
    kps.slice(0, 5).forEach((kp, i) => {
      const slot = addSlot(`[${capitalise(keyPointAsAdvice(kp))}.]`, undefined, keyPointAsAdvice(kp));
      const terms = [...termSet(kp)];
      if (f.kpCovered[i]) fill(slot, (t) => overlap(termSet(t), terms));
    });
    if (!kps.length) {
      const body = addSlot("[Explain how it works and why, in two or three sentences.]", undefined, "explain how it works and why");
      fill(
        body,
        first((t) => REASONING_ONE.test(t)),
      );
    }
    const example = addSlot(
      "[One short example from your own work: the project, what you did and the result, with your metric if you have one.]",
      undefined,
      "name the project, what you did and the result, with your metric if you have one",
    );
    fill(
      example,
      first((t) => EXAMPLE_CUES.test(t) || (QUANTITY_ONE.test(t) && /\b(?:i|we|my|our)\b/i.test(t))),
    );
    const closing = addSlot(
      "[Close with the main trade-off, or when you would choose a different approach.]",
      undefined,
      "name the main trade-off, or when you would choose differently",
    );
    fill(
      closing,
      first((t) => TRADE_OFF.test(t)),
    );
    // A placeholder is not needed when the user's sentences used elsewhere already do its job.
    const usedText = [...slotOf.keys()].map((i) => spans[i].text).join(" ");
    if (!slots[example].texts.length && (EXAMPLE_CUES.test(usedText) || QUANTITY_ONE.test(usedText))) slots[example].placeholder = null;
    if (!slots[closing].texts.length && TRADE_OFF.test(usedText)) slots[closing].placeholder = null;
  }

  // The user's other sentences are kept, after the sentence they followed in the answer (nothing they said is lost,
  // apart from run-on tails and filler words).
  const used = [...slotOf.keys()].sort((a, b) => a - b);
  for (let i = 0; i < spans.length; i++) {
    if (slotOf.has(i)) continue;
    if (!reusable(spans[i].text)) continue;
    const before = used.filter((j) => j < i).pop();
    const slot = before !== undefined ? (slotOf.get(before) as number) : 0;
    const after = before !== undefined ? slots[slot].texts.indexOf(rendered.get(before) as string) + 1 : 0;
    slots[slot].texts.splice(after, 0, put(slot, i));
    slotOf.set(i, slot);
    used.push(i);
    used.sort((a, b) => a - b);
  }
  // A result without a number gets a prompt for one (never an invented figure).
  if (f.behavioralQuestion) {
    const result = slots[3];
    if (result.texts.length > result.seeds && !QUANTITY_ONE.test(result.texts.join(" ")))
      result.texts.push("[Add the measurable outcome: your metric, before and after.]");
    // The opening came from a sentence that sets no scene: ask for the specifics an interviewer wants.
    // A scene that names nothing specific ("There was this thing at work …") gets the same prompt in a weak answer.
    const vagueScene = weakAnswer && !hasSpecifics(slots[0].texts.filter((t) => !t.startsWith("[")).join(" "));
    if ((!situationFound || vagueScene) && slots[0].texts.length > slots[0].seeds)
      slots[0].texts.push("[Make it specific: which team, which project, when.]");
  }

  const lines = [intro, ""];
  for (const s of slots) {
    const body = s.texts.length ? s.texts.join(" ") : s.placeholder;
    if (!body) continue;
    lines.push(s.label ? `${s.label}: ${body}` : body);
  }
  if (f.behavioralQuestion && missed.length && (offTopic || f.kpRatio < 0.75))
    lines.push("", `[Also make sure you ${joinAnd(missed.slice(0, 3).map(keyPointAsAdvice))}.]`);
  return lines.join("\n");
}

const REASONING_ONE = new RegExp(REASONING.source, "i");
const TRADE_OFF = /\b(?:trade-?offs?|downside|instead of|rather than|it depends|depends on|would not|wouldn't|when not|the cost)\b/i;

function overlap(terms: Set<string>, wanted: string[]): number {
  return wanted.filter((t) => terms.has(t)).length;
}

/** The clause of a sentence that carries its number ("review time dropped from 3 days to 1 day"), at most ~90 characters. */
export function resultClause(sentence: string): string {
  const clauses = sentence.replace(/[.!?]+$/, "").split(/,\s+|;\s+/);
  const withNumber =
    clauses.find((c) => QUANTITY_ONE.test(c) && RESULT_VERB.test(c)) ?? clauses.find((c) => QUANTITY_ONE.test(c)) ?? sentence;
  return shorten(withNumber.replace(/^(?:and|so|as a result,?)\s+/i, ""), 90);
}
