import { AppError } from "@/core/errors";
import { formatIPv4, looksNumericHost, parseIPv4Literal, parseIPv6Literal, refusalReason } from "@/lib/net/ip";

// Which URLs and addresses the job fetcher may reach. Every refusal is an AppError("unprocessable") → 422 with a
// plain message. Address refusals share one message on purpose: telling "private address" apart from "no such
// host" would let a caller map the internal network by name.

export type RefusalReason =
  | "invalid_url"
  | "scheme"
  | "port"
  | "credentials"
  | "blocked_host"
  | "blocked_address"
  | "dns_failed"
  | "too_many_redirects"
  | "bad_redirect"
  | "http_status"
  | "login_required"
  | "content_type"
  | "too_large"
  | "timeout"
  | "network";

export class FetchRefusedError extends AppError {
  readonly reason: RefusalReason;
  constructor(reason: RefusalReason, message: string, cause?: unknown) {
    super("unprocessable", message, { cause });
    this.name = "FetchRefusedError";
    this.reason = reason;
  }
}

export type VettedAddress = { address: string; family: 4 | 6; isLiteral: boolean };

const ADDRESS_REFUSED = "We can't fetch that address. Check the URL, or paste the job text instead.";

/** Names that only mean something inside a private network (RFC 6761/6762/8375, ICANN .internal). */
const INTERNAL_SUFFIXES = [
  "localhost",
  "local",
  "internal",
  "home.arpa",
  "localdomain",
  "arpa",
  "invalid",
  "svc",
  "lan",
  "intranet",
  "corp",
];
const INTERNAL_NAMES = new Set(["metadata.google.internal", "metadata", "instance-data", "metadata.azure.internal"]);

/** Parses and checks a URL's shape: scheme, port, credentials, host name. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefusedError(
      "invalid_url",
      "That doesn't look like a web address. Check the link (https://…), or paste the job text instead.",
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusedError("scheme", "Only http:// and https:// addresses can be fetched. Paste the job text instead.");
  }
  // WHATWG URL drops a port equal to the scheme's default, so any remaining port is a non-default one.
  if (url.port !== "") {
    throw new FetchRefusedError("port", "Only addresses on the standard web ports can be fetched. Paste the job text instead.");
  }
  if (url.username || url.password) {
    throw new FetchRefusedError("credentials", "Addresses with a user name or password can't be fetched. Paste the job text instead.");
  }
  const host = url.hostname.toLowerCase();
  if (host.startsWith("[")) {
    if (!parseIPv6Literal(host)) throw new FetchRefusedError("blocked_address", ADDRESS_REFUSED);
  } else if (looksNumericHost(host)) {
    if (parseIPv4Literal(host) === null) throw new FetchRefusedError("blocked_address", ADDRESS_REFUSED);
  } else if (isInternalName(host)) {
    throw new FetchRefusedError("blocked_host", ADDRESS_REFUSED);
  }
  url.hash = "";
  return url;
}

/** Resolves the URL's host (unless it is an IP literal) and returns the one address the socket may use. */
export async function vetAddresses(
  url: URL,
  resolve: (host: string) => Promise<Array<{ address: string; family: 4 | 6 }>>,
): Promise<VettedAddress> {
  const host = url.hostname.toLowerCase();
  const literal = literalAddress(host);
  if (literal) {
    if (literal.reason) throw new FetchRefusedError("blocked_address", ADDRESS_REFUSED);
    return { address: literal.address, family: literal.family, isLiteral: true };
  }
  let answers: Array<{ address: string; family: 4 | 6 }>;
  try {
    answers = await resolve(host.replace(/\.$/, ""));
  } catch (error) {
    throw new FetchRefusedError("dns_failed", ADDRESS_REFUSED, error);
  }
  if (!answers.length) throw new FetchRefusedError("dns_failed", ADDRESS_REFUSED);
  // Every answer must be public: a name that also points inside would let a retry or a second lookup reach it.
  const vetted = answers.map((a) => literalAddress(a.address));
  if (vetted.some((v) => !v || v.reason)) throw new FetchRefusedError("blocked_address", ADDRESS_REFUSED);
  const first = vetted[0]!;
  return { address: first.address, family: first.family, isLiteral: false };
}

/** An IP literal in any spelling, normalised, with why it is refused (null reason: public). */
function literalAddress(host: string): { address: string; family: 4 | 6; reason: string | null } | null {
  const v6 = parseIPv6Literal(host);
  if (v6) {
    const address = Array.from({ length: 8 }, (_, i) => ((v6[i * 2] << 8) | v6[i * 2 + 1]).toString(16)).join(":");
    return { address, family: 6, reason: refusalReason({ family: 6, bytes: v6 }) };
  }
  if (host.includes("%")) return { address: host, family: 6, reason: "zone id" };
  if (looksNumericHost(host)) {
    const v4 = parseIPv4Literal(host);
    if (v4 === null) return { address: host, family: 4, reason: "malformed" };
    return { address: formatIPv4(v4), family: 4, reason: refusalReason({ family: 4, value: v4 }) };
  }
  return null;
}

function isInternalName(host: string): boolean {
  const name = host.replace(/\.$/, "");
  if (!name.includes(".")) return true; // single labels resolve through search domains to internal hosts
  if (INTERNAL_NAMES.has(name)) return true;
  return INTERNAL_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}
