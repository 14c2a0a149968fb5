import { expect, expectAccessible, test } from "./a11y";
import { signUpAndSignIn } from "./helpers";

// Dictation and read-aloud, driven by scripted stand-ins for SpeechRecognition and speechSynthesis installed
// before the page's scripts run. The test plays the browser's part: interim and final results, a session the
// browser ends at a pause (dictation must carry on), and a recognition error (the UI falls back to typing).

declare global {
  interface Window {
    __speech: {
      spoken: Array<{ text: string; rate: number; voice: string | null }>;
      starts: number;
      rec: null | {
        continuous: boolean;
        interimResults: boolean;
        onresult: ((e: unknown) => void) | null;
        onerror: ((e: unknown) => void) | null;
        onend: (() => void) | null;
      };
      emit: (results: Array<{ text: string; final: boolean }>, resultIndex?: number) => void;
    };
  }
}

const QUESTIONS = ["Tell me about a project you are proud of.", "How do you keep a large codebase maintainable?"];

test("dictates an answer across pauses, reads questions aloud, and falls back to typing after an error", async ({ page: signInPage }) => {
  await signInPage.context().addInitScript(() => {
    const state: Window["__speech"] = {
      spoken: [],
      starts: 0,
      rec: null,
      emit(results, resultIndex = 0) {
        const list = results.map((r) => Object.assign([{ transcript: r.text }], { isFinal: r.final }));
        state.rec?.onresult?.({ resultIndex, results: list });
      },
    };
    window.__speech = state;

    class FakeRecognition {
      continuous = false;
      interimResults = false;
      lang = "";
      onstart: (() => void) | null = null;
      onresult: ((e: unknown) => void) | null = null;
      onerror: ((e: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        state.starts++;
        state.rec = this;
        setTimeout(() => this.onstart?.(), 10);
      }
      stop() {
        setTimeout(() => this.onend?.(), 10);
      }
      abort() {
        setTimeout(() => this.onend?.(), 0);
      }
    }
    Object.assign(window, { SpeechRecognition: FakeRecognition, webkitSpeechRecognition: FakeRecognition });

    class FakeUtterance {
      text: string;
      rate = 1;
      lang = "";
      voice: { voiceURI: string } | null = null;
      onstart: (() => void) | null = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const voices = [
      { voiceURI: "test-voice-a", name: "Test Voice A", lang: "en-US", default: true, localService: true },
      { voiceURI: "test-voice-b", name: "Test Voice B", lang: "en-GB", default: false, localService: true },
    ];
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voices,
      speak(u: FakeUtterance) {
        state.spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.voiceURI ?? null });
        setTimeout(() => {
          u.onstart?.();
          setTimeout(() => u.onend?.(), 30);
        }, 5);
      },
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.assign(window, { SpeechSynthesisUtterance: FakeUtterance });

    // The browser's sticky user activation, as the spec defines it: false until a click or key press in this
    // document. (Under this test setup Chromium spoke on arrival, i.e. reported an activation nobody made, so the
    // test plays the browser here too.)
    let active = false;
    for (const type of ["pointerdown", "keydown"]) addEventListener(type, () => (active = true), { capture: true });
    Object.defineProperty(Navigator.prototype, "userActivation", {
      configurable: true,
      get: () => ({ hasBeenActive: active, isActive: active }),
    });
  });

  await signUpAndSignIn(signInPage, { prefix: "dict" });
  const res = await signInPage.request.post("/api/interview/save", {
    data: { questions: QUESTIONS, answers: [], role: "Software engineer", level: "senior", type: "mixed", techstack: ["TypeScript"] },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  // A tab nobody has clicked or typed in yet, as after following a link from elsewhere or a reload.
  const page = await signInPage.context().newPage();
  await page.goto(`/interview/${id}`);
  await expectAccessible(page, "practice page");

  // Read aloud: nothing is spoken before the person's first gesture (browsers refuse it, e.g. after a reload)...
  await expect(page.getByRole("button", { name: "Read aloud" })).toBeVisible();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__speech.spoken.length)).toBe(0);
  // ...then "Read aloud" speaks, and the next question is read as it appears.
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect.poll(() => page.evaluate(() => window.__speech.spoken.map((s) => s.text))).toContain(QUESTIONS[0]);
  await page.getByRole("button", { name: "Next question" }).click();
  await expect.poll(() => page.evaluate(() => window.__speech.spoken.at(-1)?.text)).toBe(QUESTIONS[1]);
  await page.getByRole("button", { name: "Previous question" }).click();
  // Voice and rate can be changed and are remembered.
  await page.getByRole("button", { name: "Voice settings" }).click();
  await page.getByLabel("Voice").selectOption("test-voice-b");
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect.poll(() => page.evaluate(() => window.__speech.spoken.at(-1)?.voice)).toBe("test-voice-b");
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("intervu-speech-prefs") ?? "{}").voiceURI)).toBe("test-voice-b");

  // Dictation: continuous with interim results; the interim text shows live, final text lands in the answer.
  const answer = page.getByLabel("Your answer");
  await page.getByRole("button", { name: "Dictate", exact: true }).click();
  await expect(page.getByText(/Listening/)).toBeVisible();
  expect(await page.evaluate(() => [window.__speech.rec?.continuous, window.__speech.rec?.interimResults])).toEqual([true, true]);

  await page.evaluate(() => window.__speech.emit([{ text: "I rebuilt our design", final: false }]));
  await expect(page.getByText("I rebuilt our design…")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "artifacts/screenshots/interview-dictation-light.png", fullPage: true });
  await page.evaluate(() => window.__speech.emit([{ text: "I rebuilt our design system in TypeScript", final: true }]));
  await expect(answer).toHaveValue("I rebuilt our design system in TypeScript");

  // The browser ends the session at a pause: dictation starts again by itself and keeps appending.
  const startsBefore = await page.evaluate(() => window.__speech.starts);
  await page.evaluate(() => window.__speech.rec?.onend?.());
  await expect.poll(() => page.evaluate(() => window.__speech.starts)).toBe(startsBefore + 1);
  await expect(page.getByText(/Listening/)).toBeVisible();
  await page.evaluate(() => window.__speech.emit([{ text: "and cut build times by 30 percent", final: true }]));
  await expect(answer).toHaveValue("I rebuilt our design system in TypeScript and cut build times by 30 percent");

  // The transcript stays editable while listening.
  await answer.press("End");
  await answer.pressSequentially(".");
  await expect(answer).toHaveValue("I rebuilt our design system in TypeScript and cut build times by 30 percent.");

  // A recognition error stops dictation with a message; typing carries on and is saved.
  await page.evaluate(() => {
    window.__speech.rec?.onerror?.({ error: "not-allowed" });
    window.__speech.rec?.onend?.();
  });
  await expect(page.getByText(/Microphone access is blocked/)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "artifacts/screenshots/interview-dictation-error-light.png", fullPage: true });
  await expect(page.getByText("Microphone off")).toBeVisible();
  await expect(page.getByRole("button", { name: "Dictate", exact: true })).toBeVisible();
  await answer.pressSequentially(" Typed after the error.");
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 15_000 });

  await page.reload();
  await expect(answer).toHaveValue("I rebuilt our design system in TypeScript and cut build times by 30 percent. Typed after the error.");
});

test("without speech recognition the page says so and typing works", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "SpeechRecognition", { value: undefined, configurable: true });
    Object.defineProperty(window, "webkitSpeechRecognition", { value: undefined, configurable: true });
  });
  await signUpAndSignIn(page, { prefix: "nodict" });
  const res = await page.request.post("/api/interview/save", {
    data: { questions: QUESTIONS, answers: [], role: "Software engineer", level: "mid", type: "technical", techstack: [] },
  });
  const { id } = (await res.json()) as { id: string };
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/interview/${id}`);
  await expect(page.getByLabel("Your answer")).toBeVisible();
  await expect(page.getByRole("button", { name: "Dictate", exact: true })).toHaveCount(0);
  await expect(page.getByText("Dictation is not available in this browser")).toBeVisible();
  await page.getByLabel("Your answer").fill("Small, well-named modules, tests next to the code, and a linter in CI.");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "artifacts/screenshots/interview-practice-mobile.png", fullPage: true });
});

test("with no speech voices installed, Read aloud says so instead of doing nothing", async ({ page }) => {
  await page.addInitScript(() => {
    const synth = { getVoices: () => [], speak() {}, cancel() {}, addEventListener() {}, removeEventListener() {} };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  });
  await signUpAndSignIn(page, { prefix: "novoice" });
  const res = await page.request.post("/api/interview/save", {
    data: { questions: QUESTIONS, answers: [], role: "Software engineer", level: "mid", type: "technical", techstack: [] },
  });
  const { id } = (await res.json()) as { id: string };
  await page.goto(`/interview/${id}`);
  await page.getByRole("button", { name: "Read aloud" }).click();
  await expect(page.getByText(/no speech voices installed/)).toBeVisible();
  await expect(page.getByText(/answer by typing/)).toBeVisible();
});

test("the practice page does not shift as the voice controls mount (CLS < 0.05 on each of 3 loads)", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.__cls += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await signUpAndSignIn(page, { prefix: "cls" });
  const res = await page.request.post("/api/interview/save", {
    data: { questions: QUESTIONS, answers: [], role: "Software engineer", level: "mid", type: "technical", techstack: [] },
  });
  const { id } = (await res.json()) as { id: string };
  const scores: number[] = [];
  for (let load = 0; load < 3; load++) {
    await page.goto(`/interview/${id}`);
    await expect(page.locator("[data-save-status]")).toBeVisible();
    await page.waitForTimeout(1500); // voices, drafts and the server re-read have all arrived by now
    scores.push(await page.evaluate(() => (window as unknown as { __cls: number }).__cls));
  }
  console.log(`practice page CLS per load: ${scores.map((s) => s.toFixed(4)).join(", ")}`);
  expect(Math.max(...scores)).toBeLessThan(0.05);
});
