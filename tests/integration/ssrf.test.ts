import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { safeFetch, FetchRefusedError, type SafeFetchOptions } from "@/lib/net/safe-fetch";
import { startTestNet, PUBLIC_A, type TestNet } from "./ssrf-helpers";

// The SSRF suite: every refused URL is a 422 AppError, and none of them reaches any server (the loopback test
// server records every hit; the test dialer records every attempt to connect anywhere but the loopback server).

let net: TestNet;
let opts: SafeFetchOptions;

beforeAll(async () => {
  net = await startTestNet();
  opts = { resolver: net.resolver, dial: net.dial, ca: net.ca ?? undefined };
});
afterAll(async () => net.close());
beforeEach(() => {
  net.hits.length = 0;
  net.escapes.length = 0;
  net.dials.length = 0;
  net.resolves.length = 0;
});

async function refused(url: string, extra: SafeFetchOptions = {}): Promise<FetchRefusedError> {
  const error = await safeFetch(url, { ...opts, ...extra }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${url} should be refused`).toBeInstanceOf(FetchRefusedError);
  const e = error as FetchRefusedError;
  expect(e.status).toBe(422);
  expect(e.code).toBe("unprocessable");
  expect(e.message).toMatch(/paste the job text/i);
  expect(net.escapes).toEqual([]);
  return e;
}

function expectNothingFetched() {
  expect(net.hits).toEqual([]);
  expect(net.dials).toEqual([]);
}

describe("refused before any connection: URL shape and IP literals in every spelling", () => {
  const cases: Array<[string, string]> = [
    ["loopback", "http://127.0.0.1/"],
    ["localhost name", "http://localhost/"],
    ["*.localhost name", "http://app.localhost/"],
    ["decimal loopback", "http://2130706433/"],
    ["octal loopback", "http://0177.0.0.1/"],
    ["full octal loopback", "http://017700000001/"],
    ["hex short loopback", "http://0x7f.1/"],
    ["hex loopback", "http://0x7f000001/"],
    ["mixed hex/octal loopback", "http://0x7f.0.00.01/"],
    ["short form loopback", "http://127.1/"],
    ["trailing dot loopback", "http://127.0.0.1./"],
    ["zero-padded loopback", "http://127.000.000.001/"],
    ["private 10/8", "http://10.0.0.1/"],
    ["private short form 10.1", "http://10.1/"],
    ["private 172.16/12", "http://172.16.5.4/"],
    ["private 172.31 edge", "http://172.31.255.255/"],
    ["private 192.168/16", "http://192.168.1.1/"],
    ["link-local", "http://169.254.1.1/"],
    ["cloud metadata v4", "http://169.254.169.254/latest/meta-data/"],
    ["cloud metadata v4 decimal", "http://2852039166/"],
    ["carrier-grade NAT", "http://100.64.0.1/"],
    ["unspecified", "http://0.0.0.0/"],
    ["unspecified short", "http://0/"],
    ["multicast", "http://224.0.0.1/"],
    ["broadcast", "http://255.255.255.255/"],
    ["reserved 240/4", "http://240.0.0.1/"],
    ["documentation TEST-NET-1", "http://192.0.2.10/"],
    ["benchmarking", "http://198.18.0.1/"],
    ["IPv6 loopback", "http://[::1]/"],
    ["IPv6 unspecified", "http://[::]/"],
    ["IPv4-mapped loopback dotted", "http://[::ffff:127.0.0.1]/"],
    ["IPv4-mapped loopback hex", "http://[::ffff:7f00:1]/"],
    ["IPv4-mapped loopback long form", "http://[0:0:0:0:0:ffff:7f00:0001]/"],
    ["IPv4-mapped private", "http://[::ffff:10.0.0.1]/"],
    ["IPv4-mapped metadata", "http://[::ffff:169.254.169.254]/"],
    ["IPv4-compatible loopback", "http://[::127.0.0.1]/"],
    ["IPv6 link-local", "http://[fe80::1]/"],
    ["IPv6 unique-local", "http://[fc00::1]/"],
    ["AWS IPv6 metadata", "http://[fd00:ec2::254]/"],
    ["IPv6 multicast", "http://[ff02::1]/"],
    ["NAT64 of loopback", "http://[64:ff9b::7f00:1]/"],
    ["NAT64 of metadata", "http://[64:ff9b::a9fe:a9fe]/"],
    ["NAT64 of private, dotted", "http://[64:ff9b::192.168.0.1]/"],
    ["6to4 of loopback", "http://[2002:7f00:1::]/"],
    ["IPv6 documentation", "http://[2001:db8::1]/"],
    ["GCP metadata name", "http://metadata.google.internal/computeMetadata/v1/"],
    ["single-label metadata name", "http://metadata/"],
    ["single-label intranet name", "http://intranet/"],
    ["mDNS .local name", "http://printer.local/"],
    ["ftp scheme", "ftp://jobs.example-public.test/"],
    ["file scheme", "file:///etc/passwd"],
    ["gopher scheme", "gopher://jobs.example-public.test/"],
    ["javascript scheme", "javascript:alert(1)"],
    ["data scheme", "data:text/html,<h1>hi</h1>"],
    ["non-default port", "http://jobs.example-public.test:8080/job"],
    ["http port on https", "https://jobs.example-public.test:80/job"],
    ["credentials in URL", "http://user:pass@jobs.example-public.test/job"],
    ["not a URL", "jobs at acme please"],
  ];
  it.each(cases)("%s: %s", async (_name, url) => {
    await refused(url);
    expectNothingFetched();
  });
});

describe("refused after resolving: names that point inside", () => {
  const cases: Array<[string, string]> = [
    ["name → private 10.x", "http://internal.example-public.test/job"],
    ["name → loopback", "http://loop.example-public.test/job"],
    ["name → metadata", "http://meta.example-public.test/latest/meta-data/"],
    ["name → public and private (all answers must be public)", "http://mixed.example-public.test/job"],
    ["name → IPv6 unique-local", "http://v6private.example-public.test/job"],
    ["name → IPv6 loopback", "http://v6loop.example-public.test/job"],
    ["name → IPv4-mapped loopback", "http://mapped.example-public.test/job"],
    ["name → NAT64 private", "http://nat64.example-public.test/job"],
    ["name → CGNAT", "http://cgnat.example-public.test/job"],
    ["name → link-local with zone", "http://linklocal6.example-public.test/job"],
    ["name → no answers", "http://empty.example-public.test/job"],
    ["name that does not resolve", "http://nx.example-public.test/job"],
  ];
  it.each(cases)("%s", async (_name, url) => {
    await refused(url);
    expectNothingFetched();
    expect(net.resolves).toHaveLength(1);
  });

  it("uses the same message for a private address and a missing name (no network map oracle)", async () => {
    const a = await refused("http://internal.example-public.test/");
    const b = await refused("http://nx.example-public.test/");
    expect(a.message).toBe(b.message);
  });
});

describe("redirects: each hop checked again, at most 3", () => {
  const privateTargets: Array<[string, string]> = [
    ["to a private IP", "/to-private"],
    ["to loopback with the server's port", "/to-loopback"],
    ["to localhost on the default port", "/to-loopback-default-port"],
    ["to cloud metadata (307)", "/to-metadata"],
    ["to a name resolving to a private IP (301)", "/to-internal-name"],
    ["to a decimal loopback literal (308)", "/to-decimal-ip"],
    ["to an IPv4-mapped IPv6 loopback", "/to-mapped-v6"],
    ["to an ftp URL", "/to-ftp"],
    ["to a non-default port", "/to-port"],
    ["to nowhere (no Location)", "/to-nowhere"],
  ];
  it.each(privateTargets)("refuses a redirect %s and never fetches the target", async (_name, path) => {
    await refused(`http://jobs.example-public.test${path}`);
    expect(net.hits.map((h) => h.path)).toEqual([path]);
    expect(net.hits.some((h) => h.path.includes("secret"))).toBe(false);
  });

  it("follows 3 redirects", async () => {
    const res = await safeFetch("http://jobs.example-public.test/chain/3", opts);
    expect(res.body).toContain("End of chain");
    expect(net.hits.map((h) => h.path)).toEqual(["/chain/3", "/chain/2", "/chain/1", "/chain/0"]);
  });

  it("refuses a 4th redirect", async () => {
    const e = await refused("http://jobs.example-public.test/chain/4");
    expect(e.reason).toBe("too_many_redirects");
    expect(net.hits).toHaveLength(4);
  });

  it("follows a relative redirect and a redirect to another public name", async () => {
    const a = await safeFetch("http://jobs.example-public.test/to-relative", opts);
    expect(a.final_url).toBe("http://jobs.example-public.test/job");
    const b = await safeFetch("http://jobs.example-public.test/to-other-public", opts);
    expect(b.final_url).toBe("http://careers.example-public.test/job");
    expect(net.hits.at(-1)?.host).toBe("careers.example-public.test");
  });
});

describe("response limits", () => {
  it.each([
    ["JSON", "/json"],
    ["PDF", "/pdf"],
    ["no content type", "/no-type"],
  ])("refuses a %s response", async (_name, path) => {
    const e = await refused(`http://jobs.example-public.test${path}`);
    expect(e.reason).toBe("content_type");
  });

  it("cuts a streamed body over 2 MB", async () => {
    expect((await refused("http://jobs.example-public.test/big")).reason).toBe("too_large");
  });

  it("refuses a declared Content-Length over 2 MB before reading", async () => {
    expect((await refused("http://jobs.example-public.test/big-declared")).reason).toBe("too_large");
  });

  it("caps what a compressed body expands to", async () => {
    expect((await refused("http://jobs.example-public.test/gzip-bomb")).reason).toBe("too_large");
  });

  it("gives up at the time limit", async () => {
    const started = Date.now();
    const e = await refused("http://jobs.example-public.test/slow", { timeoutMs: 400 });
    expect(e.reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("has a 10 s total limit and a 2 MB size limit by default", async () => {
    const { SAFE_FETCH_LIMITS } = await import("@/lib/net/safe-fetch");
    expect(SAFE_FETCH_LIMITS).toEqual({ timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 });
  });

  it.each([
    ["401 needs a login", "/login", "login_required"],
    ["403 forbidden", "/forbidden", "login_required"],
    ["404", "/missing", "http_status"],
    ["500", "/broken", "http_status"],
  ])("reports %s as a plain 422", async (_name, path, reason) => {
    expect((await refused(`http://jobs.example-public.test${path}`)).reason).toBe(reason);
  });
});

describe("allowed: public names, end to end against the loopback server", () => {
  it("fetches HTML, connecting only to the vetted address and keeping the Host header", async () => {
    const res = await safeFetch("http://jobs.example-public.test/job#apply", opts);
    expect(res.status).toBe(200);
    expect(res.content_type).toBe("text/html");
    expect(res.body).toContain("Senior Backend Engineer");
    expect(net.dials).toEqual([`${PUBLIC_A}:80`]);
    expect(net.hits).toEqual([expect.objectContaining({ path: "/job", host: "jobs.example-public.test" })]);
  });

  it.each([
    ["text/plain", "/text", "PostgreSQL"],
    ["application/xhtml+xml", "/xhtml", "XHTML job"],
    ["gzip-encoded HTML", "/gzip", "Compressed job"],
    ["an ISO-8859-1 page", "/latin1", "Café développeur"],
  ])("reads %s", async (_name, path, expected) => {
    const res = await safeFetch(`http://jobs.example-public.test${path}`, opts);
    expect(res.body).toContain(expected);
  });

  it("accepts a public IP literal and an explicit default port", async () => {
    const res = await safeFetch(`http://${PUBLIC_A}:80/job`, opts);
    expect(res.body).toContain("Senior Backend Engineer");
  });

  it("resolves once per hop: a DNS answer that changes afterwards (rebinding) is never used", async () => {
    const res = await safeFetch("http://rebind.example-public.test/job", opts);
    expect(res.body).toContain("Senior Backend Engineer");
    expect(net.resolves).toEqual(["rebind.example-public.test"]);
    expect(net.dials).toEqual([`${PUBLIC_A}:80`]);
  });

  it("fetches over HTTPS with SNI and certificate checked against the name", async (ctx) => {
    if (!net.tlsPort) ctx.skip();
    const res = await safeFetch("https://jobs.example-public.test/job", opts);
    expect(res.body).toContain("Senior Backend Engineer");
    expect(net.dials).toEqual([`${PUBLIC_A}:443`]);
    expect(net.hits[0]).toMatchObject({ host: "jobs.example-public.test", servername: "jobs.example-public.test" });
  });

  it("refuses HTTPS when the certificate is not trusted", async (ctx) => {
    if (!net.tlsPort) ctx.skip();
    const e = await refused("https://jobs.example-public.test/job", { ca: undefined });
    expect(e.reason).toBe("network");
    expect(net.hits).toEqual([]);
  });
});
