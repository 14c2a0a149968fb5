import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac } from "node:crypto";
import { getConfig } from "@/core/config";

// What the logs know about the request being served: its id (also the X-Request-Id reply header), and once the
// caller is known, a hashed user id. Set by lib/http/request-log.ts for every request; read by whatever logs
// inside it (AI calls, store outages), so their lines carry the same request id as the access line.

export type RequestScope = {
  requestId: string;
  method: string;
  path: string;
  startedAt: number;
  /** HMAC of the user id (16 hex characters): the same user gives the same value, the value gives no id back. */
  user?: string;
};

const g = globalThis as typeof globalThis & { __intervuRequestScope?: AsyncLocalStorage<RequestScope> };
const storage = (g.__intervuRequestScope ??= new AsyncLocalStorage<RequestScope>());

export function requestScope(): RequestScope | undefined {
  return storage.getStore();
}

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

/** Makes `scope` current for the rest of this synchronous call and everything it starts (see request-log.ts). */
export function enterRequestScope(scope: RequestScope): void {
  storage.enterWith(scope);
}

/** A stable, non-reversible label for a user in logs: HMAC-SHA-256 keyed by the app secret, cut to 16 hex. */
function hashUserId(userId: string): string {
  return createHmac("sha256", getConfig().secret).update(`log-user:${userId}`).digest("hex").slice(0, 16);
}

/** Records who is calling on the current request's scope (no-op outside a request). */
export function noteRequestUser(userId: string): void {
  const scope = storage.getStore();
  if (scope && !scope.user) scope.user = hashUserId(userId);
}
