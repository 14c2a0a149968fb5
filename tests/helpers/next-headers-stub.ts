// A stand-in for next/headers in tests that call server actions outside Next's request scope. Each test sets
// `scope.headers` (Cookie, Origin, ...); cookies() reads the jar from its Cookie header:
//   const request = vi.hoisted(() => ({ headers: new Headers() }));
//   vi.mock("next/headers", async () => (await import("@/tests/helpers/next-headers-stub")).nextHeadersFor(request));

export type RequestScope = { headers: Headers };

export function nextHeadersFor(scope: RequestScope) {
  return {
    headers: async () => scope.headers,
    cookies: async () => {
      const jar = (scope.headers.get("cookie") ?? "")
        .split(/;\s*/)
        .filter(Boolean)
        .map((pair) => ({ name: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1) }));
      return { getAll: () => jar, get: (name: string) => jar.find((c) => c.name === name), set: () => {}, delete: () => {} };
    },
  };
}
