import "server-only";
import { promises as dns } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { checkUrl, vetAddresses, FetchRefusedError, type VettedAddress } from "@/lib/net/url-policy";

// Fetches a URL a user typed without letting it reach the network the server runs in.
//
// Each hop: the URL is checked (http/https, default port, no credentials, no internal names, IP literals in any
// spelling judged by address), the host is resolved here, every resolved address must be public, and the socket
// is opened to that vetted address only (Host header and TLS SNI keep the name). Redirects (at most 3) are
// checked the same way. One deadline covers the whole exchange; the body is streamed and cut at the size cap.

export { FetchRefusedError } from "@/lib/net/url-policy";

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;
/** Where the socket for a vetted address really goes. Production: the address itself on the default port. */
export type Dialer = (target: { address: string; family: 4 | 6; port: number; hostname: string }) => { address: string; port: number };

export type SafeFetchOptions = {
  resolver?: Resolver;
  /** Test hook: tests map made-up public addresses to a loopback server. */
  dial?: Dialer;
  /** Extra trusted CA for TLS (tests with a self-signed certificate). */
  ca?: string | Buffer;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
};

export type SafeFetchResult = {
  url: string;
  final_url: string;
  status: number;
  content_type: string;
  body: string;
};

export const SAFE_FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 2 * 1024 * 1024, maxRedirects: 3 } as const;
const ALLOWED_TYPES = new Set(["text/html", "application/xhtml+xml", "text/plain"]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolver: Resolver = async (hostname) => {
  const answers = await dns.lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

export async function safeFetch(rawUrl: string, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const timeoutMs = options.timeoutMs ?? SAFE_FETCH_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? SAFE_FETCH_LIMITS.maxBytes;
  const maxRedirects = options.maxRedirects ?? SAFE_FETCH_LIMITS.maxRedirects;
  const resolver = options.resolver ?? systemResolver;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = checkUrl(rawUrl);
    for (let redirects = 0; ; redirects++) {
      const vetted = await vetHost(url, resolver, controller.signal);
      const res = await requestOnce(url, vetted, options, controller.signal);
      if (REDIRECTS.has(res.statusCode ?? 0)) {
        res.destroy();
        if (redirects >= maxRedirects)
          throw new FetchRefusedError("too_many_redirects", "That page redirects too many times. Paste the job text instead.");
        const location = res.headers.location;
        if (!location) throw new FetchRefusedError("bad_redirect", "That page redirects nowhere. Paste the job text instead.");
        url = checkUrl(resolveLocation(location, url));
        continue;
      }
      checkStatus(res);
      const contentType = checkContentType(res);
      const body = await readBody(res, maxBytes, contentType.charset);
      return { url: rawUrl, final_url: url.toString(), status: res.statusCode ?? 200, content_type: contentType.mime, body };
    }
  } catch (error) {
    if (error instanceof FetchRefusedError) throw error;
    if (controller.signal.aborted) throw new FetchRefusedError("timeout", "That page took too long to load. Paste the job text instead.");
    throw new FetchRefusedError("network", "We couldn't load that page. Check the address, or paste the job text instead.", error);
  } finally {
    clearTimeout(timer);
  }
}

async function vetHost(url: URL, resolver: Resolver, signal: AbortSignal): Promise<VettedAddress> {
  return vetAddresses(url, (host) => abortable(resolver(host), signal));
}

function requestOnce(url: URL, vetted: VettedAddress, options: SafeFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const isHttps = url.protocol === "https:";
  const defaultPort = isHttps ? 443 : 80;
  const hostname = stripBrackets(url.hostname);
  const target = (options.dial ?? defaultDial)({ address: vetted.address, family: vetted.family, port: defaultPort, hostname });
  const requestOptions: https.RequestOptions = {
    host: target.address, // an IP address: no second DNS lookup can swap the destination
    port: target.port,
    family: vetted.family,
    method: "GET",
    path: `${url.pathname}${url.search}`,
    agent: false,
    signal,
    headers: {
      host: url.host,
      "user-agent": "InterVu/1.0 (job posting reader)",
      accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
      "accept-encoding": "gzip, deflate, br",
    },
  };
  if (isHttps) {
    if (!vetted.isLiteral) requestOptions.servername = hostname;
    if (options.ca) requestOptions.ca = options.ca;
  }
  return new Promise((resolve, reject) => {
    const req = (isHttps ? https : http).request(requestOptions, resolve);
    req.on("error", reject);
    req.end();
  });
}

function checkStatus(res: IncomingMessage): void {
  const status = res.statusCode ?? 0;
  if (status >= 200 && status < 300) return;
  res.destroy();
  if (status === 401 || status === 403 || status === 407) {
    throw new FetchRefusedError("login_required", "That page needs a sign-in, so we can't read it. Paste the job text instead.");
  }
  if (status === 404 || status === 410)
    throw new FetchRefusedError("http_status", "That page was not found. Check the address, or paste the job text instead.");
  throw new FetchRefusedError("http_status", `That page answered with an error (status ${status}). Paste the job text instead.`);
}

function checkContentType(res: IncomingMessage): { mime: string; charset: string } {
  const header = String(res.headers["content-type"] ?? "");
  const mime = header.split(";")[0].trim().toLowerCase();
  if (!ALLOWED_TYPES.has(mime)) {
    res.destroy();
    throw new FetchRefusedError(
      "content_type",
      "That address is not a web page (only HTML or text pages can be read). Paste the job text instead.",
    );
  }
  const charset = /charset\s*=\s*"?([A-Za-z0-9_.:-]+)/i.exec(header)?.[1] ?? "utf-8";
  return { mime, charset };
}

async function readBody(res: IncomingMessage, maxBytes: number, charset: string): Promise<string> {
  const tooLarge = () => new FetchRefusedError("too_large", "That page is too large to read (over 2 MB). Paste the job text instead.");
  const declared = Number(res.headers["content-length"] ?? "0");
  if (declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const stream = decodeStream(res);
  const chunks: Buffer[] = [];
  let raw = 0;
  let total = 0;
  if (stream !== res) {
    res.on("data", (chunk: Buffer) => {
      raw += chunk.length;
      if (raw > maxBytes) res.destroy(tooLarge());
    });
  }
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > maxBytes) throw tooLarge(); // also caps what a compressed body expands to
      chunks.push(buf);
    }
  } catch (error) {
    res.destroy();
    if (stream !== res) stream.destroy();
    throw error;
  }
  return decodeText(Buffer.concat(chunks), charset);
}

function decodeStream(res: IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "identity")
    .trim()
    .toLowerCase();
  if (encoding === "identity" || encoding === "") return res;
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  if (!decoder) {
    res.destroy();
    throw new FetchRefusedError("content_type", "That page uses an encoding we can't read. Paste the job text instead.");
  }
  res.on("error", (e) => decoder.destroy(e));
  return res.pipe(decoder);
}

function decodeText(buffer: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(buffer);
  } catch {
    return new TextDecoder("utf-8").decode(buffer);
  }
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).toString();
  } catch {
    throw new FetchRefusedError("bad_redirect", "That page redirects to an address that isn't valid. Paste the job text instead.");
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error("aborted"));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

const defaultDial: Dialer = ({ address, port }) => ({ address, port });

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
