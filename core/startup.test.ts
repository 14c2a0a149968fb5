import { describe, expect, it } from "vitest";
import { onServerStart, runStartupWork } from "./startup";

describe("start-up work", () => {
  it("runs every registered task once, reports the ones that fail, and forgets them", () => {
    const ran: string[] = [];
    onServerStart("a", () => ran.push("a"));
    onServerStart("broken", () => {
      throw new Error("no");
    });
    onServerStart("b", () => ran.push("b"));
    expect(runStartupWork()).toEqual({ ran: 3, failed: ["broken"] });
    expect(ran).toEqual(["a", "b"]);
    expect(runStartupWork()).toEqual({ ran: 0, failed: [] });
  });
});
