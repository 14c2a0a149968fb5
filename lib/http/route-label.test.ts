import { describe, expect, it } from "vitest";
import { routeLabel } from "./route-label";

describe("routeLabel", () => {
  it.each([
    ["/", 200, "/"],
    ["/api/interview/0123456789abcdef01234567/evaluate", 200, "/api/interview/[id]/evaluate"],
    ["/career/0123456789ABCDEF01234567/print?x=1", 200, "/career/[id]/print"],
    ["/api/auth/callback/credentials", 302, "/api/auth/callback/credentials"],
    ["/_next/static/chunks/abc123.js", 200, "/_next/static"],
    ["/_next/image?url=x", 400, "/_next"],
    ["/wp-login.php", 404, "(not found)"],
    ["/api/%ff%fe", 400, "/api/[param]"],
    ["/a/b/c/d/e/f/g/h/i", 200, "(other)"],
  ])("%s (%i) → %s", (path, status, label) => {
    expect(routeLabel(path, status)).toBe(label);
  });
});
