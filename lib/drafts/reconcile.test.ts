import { describe, expect, it } from "vitest";
import { mergeText } from "./merge-text";
import { reconcile, type DraftSlot } from "./reconcile";

const text = { equal: (a: string, b: string) => a === b, merge: mergeText };
const draft = (value: string, base: number, saved: boolean, baseValue = ""): DraftSlot<string> => ({ value, base, baseValue, saved });

describe("reconcile", () => {
  it("no draft, or a draft equal to the server copy: the server copy", () => {
    expect(reconcile(null, { value: "s", revision: 2 }, text)).toMatchObject({ value: "s", base: 2, saved: true, source: "server" });
    expect(reconcile(draft("s", 1, false), { value: "s", revision: 2 }, text)).toMatchObject({ base: 2, saved: true, source: "server" });
  });

  it("Back after a save: the page's cached copy is older than what this device saw saved, so the draft is shown", () => {
    const r = reconcile(draft("My saved answer", 3, true), { value: "", revision: 0 }, text);
    expect(r).toMatchObject({ value: "My saved answer", base: 3, saved: true, source: "local" });
  });

  it("F5 while typing: unsaved text typed on the server's revision wins and stays unsaved (to be saved)", () => {
    const r = reconcile(draft("typed before the reload", 1, false, "typed"), { value: "typed", revision: 1 }, text);
    expect(r).toMatchObject({ value: "typed before the reload", base: 1, saved: false, source: "local" });
  });

  it("a saved draft never beats a newer server copy (another device saved since)", () => {
    const r = reconcile(draft("old", 1, true), { value: "newer from elsewhere", revision: 2 }, text);
    expect(r).toMatchObject({ value: "newer from elsewhere", source: "server" });
  });

  it("an empty server copy never replaces a newer draft, and an empty draft never a newer server copy", () => {
    expect(reconcile(draft("words", 1, false), { value: "", revision: 1 }, text).value).toBe("words");
    expect(reconcile(draft("", 1, true), { value: "words", revision: 2 }, text).value).toBe("words");
  });

  it("unsaved edits on an older revision while the server moved on: both kept, to be saved on the server's revision", () => {
    const r = reconcile(draft("Tab B's answer.", 0, false, ""), { value: "Tab A's answer.", revision: 1 }, text);
    expect(r).toMatchObject({
      value: "Tab A's answer.\n\nTab B's answer.",
      base: 1,
      baseValue: "Tab A's answer.",
      saved: false,
      source: "merged",
    });
  });
});
