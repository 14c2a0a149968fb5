import { z } from "zod";

// Runs in the browser before the app becomes interactive. zod 4 compiles fast object parsers with `new Function`,
// after probing whether eval is allowed; under our Content-Security-Policy (no 'unsafe-eval', see
// lib/http/security-headers.ts) that probe is itself reported as a CSP violation on the first form validation.
// Interpreted parsing is all the browser's forms need.
z.config({ jitless: true });
