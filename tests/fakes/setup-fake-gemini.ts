import { afterAll, beforeAll, beforeEach } from "vitest";
import { resetGatewayForTests } from "@/agents/gateway";
import { resetConfigForTests } from "@/core/config";
import { startFakeGemini, type FakeGemini } from "./fake-gemini";

// Points the Gemini engine at a fake Gemini server for the tests of the calling file (or describe block):
//   const fake = setupFakeGemini({ timeoutMs: 2000 });
//   it("...", async () => { fake.enqueue({ json: {...} }); ... });
// beforeAll starts the server, sets the env (AI_ENGINE=gemini, GEMINI_BASE_URL, GEMINI_API_KEY, AI_TIMEOUT_MS and
// optionally GEMINI_MODEL) and re-reads config and the gateway; afterAll closes it and switches back to the offline engine.
// The returned handle forwards to the running server, so it can be used from any hook or test.

type GatewayTuning = NonNullable<Parameters<typeof resetGatewayForTests>[0]>;

/** Gateway tuning for suites that exercise retries: short backoff, short Retry-After cap. */
export const QUICK_RETRIES: GatewayTuning = { baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 50 };

export type SetupFakeGeminiOptions = {
  /** AI_TIMEOUT_MS. */
  timeoutMs: number;
  /** GEMINI_API_KEY (default "test-key"). */
  apiKey?: string;
  /** GEMINI_MODEL; left as it is when not given. */
  model?: string;
  /** Passed to resetGatewayForTests (default { baseDelayMs: 5 }). */
  gateway?: GatewayTuning;
  /** Before every test: clear the fake's queue, handler and recorded requests, and reset the gateway again. */
  resetEach?: boolean;
};

export function setupFakeGemini(options: SetupFakeGeminiOptions): FakeGemini {
  const gateway = options.gateway ?? { baseDelayMs: 5 };
  let current: FakeGemini | null = null;
  const server = (): FakeGemini => {
    if (!current) throw new Error("setupFakeGemini: the fake Gemini server is started in beforeAll");
    return current;
  };

  beforeAll(async () => {
    current = await startFakeGemini();
    process.env.GEMINI_API_KEY = options.apiKey ?? "test-key";
    process.env.AI_ENGINE = "gemini";
    process.env.GEMINI_BASE_URL = current.url;
    if (options.model !== undefined) process.env.GEMINI_MODEL = options.model;
    process.env.AI_TIMEOUT_MS = String(options.timeoutMs);
    resetConfigForTests();
    resetGatewayForTests(gateway);
  });
  afterAll(async () => {
    await current?.close();
    current = null;
    process.env.AI_ENGINE = "offline";
    resetConfigForTests();
  });
  if (options.resetEach) {
    beforeEach(() => {
      server().reset();
      resetGatewayForTests(gateway);
    });
  }

  return {
    get url() {
      return server().url;
    },
    get port() {
      return server().port;
    },
    get requests() {
      return server().requests;
    },
    enqueue: (...replies) => server().enqueue(...replies),
    setHandler: (fn) => server().setHandler(fn),
    setLatency: (ms) => server().setLatency(ms),
    reset: () => server().reset(),
    pending: () => server().pending(),
    close: () => server().close(),
  };
}
