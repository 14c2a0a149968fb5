import "server-only";
import http from "node:http";
import { apiRequestProblem, problemBody } from "@/lib/http/request-problem";

// The Node server's own front door, installed once at start (instrumentation.ts). Next builds a fetch Request for
// every request before any of our code runs; for TRACE/TRACK (forbidden by the Fetch standard) that throws, and
// Next logs a stack and answers a text 500. Here such /api requests, and /api paths with broken %-escapes, get
// the API's JSON error before Next sees them. Everything else passes through untouched.

const INSTALLED = Symbol.for("intervu.frontDoor");

type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;

export function installFrontDoor(proto: { emit: Emit } = http.Server.prototype as unknown as { emit: Emit }): void {
  const marked = proto as { emit: Emit; [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request" && answerProblem(args[0] as http.IncomingMessage, args[1] as http.ServerResponse)) return true;
    return emit.call(this, event, ...args);
  };
}

/** Answers the request when it is one the framework cannot handle; true when it did. */
function answerProblem(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const problem = apiRequestProblem(req.method ?? "", req.url ?? "");
  if (!problem) return false;
  const body = problemBody(problem);
  res.writeHead(problem.status, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  res.end(body);
  req.resume(); // drain any body so the connection can be reused
  return true;
}
