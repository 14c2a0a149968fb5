import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_LOGIN, loginPathFor, safeNextPath } from "@/lib/auth/safe-next";

describe("safeNextPath", () => {
  it.each([
    ["/dashboard", "/dashboard"],
    ["/interview/abc?tab=report#q2", "/interview/abc?tab=report#q2"],
    ["/career/applications", "/career/applications"],
    ["/", "/"],
    ["  /profile  ", "/profile"],
    ["/a/../b", "/b"],
  ])("accepts the same-origin path %j", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "http://localhost/dashboard",
    "//evil.example",
    "//evil.example/path",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,hi",
    "dashboard",
    "evil.example",
    "",
    "   ",
    "/" + "a".repeat(3000),
    // Dot segments that normalise into a protocol-relative address (issue 21: checked before normalising).
    "/.//evil.example",
    "/././/evil.example/path",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
  ])("rejects %j", (input) => {
    expect(safeNextPath(input)).toBe(DEFAULT_AFTER_LOGIN);
  });

  it("rejects non-strings and honours the fallback", () => {
    expect(safeNextPath(undefined)).toBe(DEFAULT_AFTER_LOGIN);
    expect(safeNextPath(["/dashboard"])).toBe(DEFAULT_AFTER_LOGIN);
    expect(safeNextPath({ toString: () => "/x" })).toBe(DEFAULT_AFTER_LOGIN);
    expect(safeNextPath("//evil.example", "/")).toBe("/");
  });
});

describe("loginPathFor", () => {
  it("carries a safe path and drops an unsafe one", () => {
    expect(loginPathFor("/interview/new?role=dev")).toBe("/login?next=%2Finterview%2Fnew%3Frole%3Ddev");
    expect(loginPathFor("https://evil.example")).toBe("/login");
    expect(loginPathFor(undefined)).toBe("/login");
    expect(loginPathFor("/login")).toBe("/login");
  });
});
