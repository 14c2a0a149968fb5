import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { Dialer, ResolvedAddress, Resolver } from "@/lib/net/safe-fetch";

// A loopback web server that records every request, a resolver that maps made-up public names to made-up
// public addresses, and a dialer that sends those (and only those) addresses to the loopback server.
// Anything else the fetcher tries to dial is recorded as an escape and refused, so no test can reach a real network.

export const PUBLIC_A = "93.184.215.14";
export const PUBLIC_B = "93.184.215.15";

export type Hit = { path: string; host: string | undefined; servername?: string };

export type TestNet = {
  port: number;
  tlsPort: number | null;
  ca: Buffer | null;
  hits: Hit[];
  escapes: string[];
  dials: string[];
  resolves: string[];
  resolver: Resolver;
  dial: Dialer;
  close: () => Promise<void>;
};

const DNS: Record<string, ResolvedAddress[]> = {
  "jobs.example-public.test": [{ address: PUBLIC_A, family: 4 }],
  "careers.example-public.test": [{ address: PUBLIC_B, family: 4 }],
  "internal.example-public.test": [{ address: "10.1.2.3", family: 4 }],
  "loop.example-public.test": [{ address: "127.0.0.1", family: 4 }],
  "meta.example-public.test": [{ address: "169.254.169.254", family: 4 }],
  "mixed.example-public.test": [
    { address: PUBLIC_A, family: 4 },
    { address: "192.168.1.10", family: 4 },
  ],
  "v6private.example-public.test": [{ address: "fd00::1", family: 6 }],
  "v6loop.example-public.test": [{ address: "::1", family: 6 }],
  "mapped.example-public.test": [{ address: "::ffff:127.0.0.1", family: 6 }],
  "nat64.example-public.test": [{ address: "64:ff9b::a00:1", family: 6 }],
  "cgnat.example-public.test": [{ address: "100.64.0.1", family: 4 }],
  "linklocal6.example-public.test": [{ address: "fe80::1%eth0", family: 6 }],
  "empty.example-public.test": [],
};

export async function startTestNet(): Promise<TestNet> {
  const hits: Hit[] = [];
  const escapes: string[] = [];
  const dials: string[] = [];
  const resolves: string[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    hits.push({ path: req.url ?? "", host: req.headers.host, servername: (req.socket as { servername?: string }).servername });
    route(req, res, port);
  };
  const server = http.createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;

  const tls = makeCert();
  let tlsServer: https.Server | null = null;
  let tlsPort: number | null = null;
  if (tls) {
    tlsServer = https.createServer({ key: tls.key, cert: tls.cert }, handler);
    await new Promise<void>((r) => tlsServer!.listen(0, "127.0.0.1", r));
    tlsPort = (tlsServer.address() as AddressInfo).port;
  }

  let rebindCalls = 0;
  const resolver: Resolver = async (host) => {
    resolves.push(host);
    if (host === "rebind.example-public.test") {
      rebindCalls += 1;
      return [{ address: rebindCalls === 1 ? PUBLIC_A : "127.0.0.1", family: 4 }];
    }
    const answer = DNS[host];
    if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return answer;
  };
  const dial: Dialer = ({ address, port: wanted }) => {
    dials.push(`${address}:${wanted}`);
    if (address === PUBLIC_A || address === PUBLIC_B) {
      return { address: "127.0.0.1", port: wanted === 443 ? (tlsPort ?? 1) : port };
    }
    escapes.push(`${address}:${wanted}`);
    throw new Error(`test dialer refuses ${address}:${wanted}`);
  };
  const close = async () => {
    server.closeAllConnections();
    tlsServer?.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    if (tlsServer) await new Promise<void>((r) => tlsServer!.close(() => r()));
  };
  return { port, tlsPort, ca: tls?.cert ?? null, hits, escapes, dials, resolves, resolver, dial, close };
}

function route(req: http.IncomingMessage, res: http.ServerResponse, port: number) {
  const url = new URL(req.url ?? "/", "http://x");
  const html = (body: string, type = "text/html; charset=utf-8") => {
    res.writeHead(200, { "content-type": type });
    res.end(body);
  };
  const redirect = (location: string, status = 302) => {
    res.writeHead(status, { location });
    res.end();
  };
  const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
  if (chain) {
    const n = Number(chain[1]);
    return n === 0 ? html("<h1>End of chain</h1>") : redirect(`/chain/${n - 1}`);
  }
  switch (url.pathname) {
    case "/job":
      return html("<html><body><h1>Senior Backend Engineer</h1><p>Acme Corp is hiring.</p></body></html>");
    case "/text":
      return html("Backend Engineer at Acme\nRequirements: Go, PostgreSQL", "text/plain");
    case "/xhtml":
      return html("<html xmlns='http://www.w3.org/1999/xhtml'><body>XHTML job</body></html>", "application/xhtml+xml");
    case "/latin1":
      res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" });
      return res.end(Buffer.from("<p>Caf\xe9 d\xe9veloppeur</p>", "latin1"));
    case "/gzip":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      return res.end(zlib.gzipSync("<h1>Compressed job</h1>"));
    case "/gzip-bomb":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      return res.end(zlib.gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x41)));
    case "/json":
      return html('{"job":"x"}', "application/json");
    case "/pdf":
      return html("%PDF-1.4", "application/pdf");
    case "/no-type":
      res.writeHead(200);
      return res.end("<h1>no type</h1>");
    case "/big": {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 3 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => {});
      return pump();
    }
    case "/big-declared":
      res.writeHead(200, { "content-type": "text/html", "content-length": String(3 * 1024 * 1024) });
      return res.write("<h1>starts</h1>");
    case "/slow":
      res.writeHead(200, { "content-type": "text/html" });
      return res.write("<h1>still loading"); // never ends
    case "/login":
      res.writeHead(401, { "content-type": "text/html", "www-authenticate": "Basic" });
      return res.end("sign in");
    case "/forbidden":
      res.writeHead(403, { "content-type": "text/html" });
      return res.end("forbidden");
    case "/missing":
      res.writeHead(404, { "content-type": "text/html" });
      return res.end("not found");
    case "/broken":
      res.writeHead(500, { "content-type": "text/html" });
      return res.end("oops");
    case "/to-private":
      return redirect("http://10.0.0.5/admin");
    case "/to-loopback":
      return redirect(`http://127.0.0.1:${port}/secret`);
    case "/to-loopback-default-port":
      return redirect("http://localhost/secret");
    case "/to-metadata":
      return redirect("http://169.254.169.254/latest/meta-data/iam/", 307);
    case "/to-internal-name":
      return redirect("http://internal.example-public.test/secret", 301);
    case "/to-decimal-ip":
      return redirect("http://2130706433/secret", 308);
    case "/to-mapped-v6":
      return redirect("http://[::ffff:7f00:1]/secret");
    case "/to-ftp":
      return redirect("ftp://jobs.example-public.test/secret");
    case "/to-port":
      return redirect(`http://jobs.example-public.test:${port}/secret`);
    case "/to-relative":
      return redirect("/job");
    case "/to-other-public":
      return redirect("http://careers.example-public.test/job");
    case "/to-nowhere":
      res.writeHead(302);
      return res.end();
    case "/secret":
      return html("<h1>internal secret</h1>");
    default:
      res.writeHead(404);
      return res.end();
  }
}

function makeCert(): { key: Buffer; cert: Buffer } | null {
  try {
    const dir = mkdtempSync(path.join(tmpdir(), "ssrf-tls-"));
    const key = path.join(dir, "key.pem");
    const cert = path.join(dir, "cert.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        key,
        "-out",
        cert,
        "-days",
        "1",
        "-subj",
        "/CN=jobs.example-public.test",
        "-addext",
        "subjectAltName=DNS:jobs.example-public.test",
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } catch {
    return null;
  }
}
