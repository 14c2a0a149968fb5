import { describe, expect, it, vi } from "vitest";
import { isAppError } from "./errors";

describe("isAppError", () => {
  it("recognises an AppError made by another copy of the module (a production build can hold two)", async () => {
    vi.resetModules();
    const other = await import("./errors");
    const error = new other.AppError("conflict", "changed elsewhere");
    expect(error instanceof (await import("./errors")).AppError).toBe(true);
    expect(isAppError(error)).toBe(true);
    expect(isAppError({ code: "conflict", message: "x" })).toBe(false);
  });
});
