import { describe, expect, it } from "vitest";
import { onServerStart, runStartupWork } from "./startup";

describe("start-up work", () => {
  it("runs every registered task once, waits for the asynchronous ones, reports failures and slow tasks, and forgets them", async () => {
    const ran: string[] = [];
    onServerStart("a", () => void ran.push("a"));
    onServerStart("broken", () => {
      throw new Error("no");
    });
    onServerStart("remote", async () => {
      await new Promise((r) => setTimeout(r, 10));
      ran.push("remote");
    });
    onServerStart("hangs", () => new Promise<void>(() => undefined));
    expect(await runStartupWork(200)).toEqual({ ran: 4, failed: ["broken: no", "hangs: no answer within 200 ms"] });
    expect(ran.sort()).toEqual(["a", "remote"]);
    expect(await runStartupWork(200)).toEqual({ ran: 0, failed: [] });
  });
});
