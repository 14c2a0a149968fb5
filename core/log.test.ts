import { afterEach, describe, expect, it } from "vitest";
import { captureLogsForTests, errorFields, log } from "./log";

let capture: ReturnType<typeof captureLogsForTests> | null = null;
afterEach(() => capture?.stop());

describe("log", () => {
  it("writes one JSON object per line with level, time and service", () => {
    capture = captureLogsForTests();
    log().info({ event: "x", n: 1 }, "hello");
    const [line] = capture.lines();
    expect(line).toMatchObject({ level: "info", service: "intervu", event: "x", n: 1, msg: "hello" });
    expect(Date.parse(String(line.time))).not.toBeNaN();
  });

  it("masks fields that must never reach a log, even when a caller passes them", () => {
    capture = captureLogsForTests();
    log().warn(
      { password: "hunter2-secret", body: { cv_text: "Jane Doe CV", authorization: "Bearer abc.def" }, answer: "my answer" },
      "oops",
    );
    const text = capture.text();
    for (const value of ["hunter2-secret", "Jane Doe CV", "abc.def", "my answer"]) expect(text).not.toContain(value);
    expect(text).toContain("[redacted]");
  });

  it("describes errors by name, message and stack", () => {
    expect(errorFields(new TypeError("bad"))).toMatchObject({ name: "TypeError", message: "bad" });
    expect(errorFields("plain")).toEqual({ value: "plain" });
  });
});
