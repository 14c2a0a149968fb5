import ipaddr from "ipaddr.js";

// IP address parsing and classification for the SSRF-safe fetcher, on ipaddr.js (parsing in every spelling, and
// its tables of special-purpose ranges).
//
// The rule is an allow-list in spirit: an address is fetchable only when it is ordinary public unicast.
// Everything special (loopback, private, link-local, unique-local, CGNAT, multicast, unspecified, broadcast,
// documentation, benchmarking, reserved, cloud metadata) is refused, and IPv6 forms that embed an IPv4 address
// (mapped, translated, NAT64, 6to4) are judged by the IPv4 address they carry.

export type IpFamily = 4 | 6;
export type ParsedIp = { family: 4; value: number } | { family: 6; bytes: Uint8Array };

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");
const DOCUMENTATION_V4 = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"].map((c) => ipaddr.IPv4.parseCIDR(c));

/**
 * Parses an IPv4 literal in every spelling `inet_aton` accepts: 1 to 4 parts, each decimal, octal (leading 0)
 * or hex (0x), the last part filling the remaining bytes (127.1, 10.1, 2130706433, 0x7f.1, 0177.0.0.1),
 * with an optional trailing dot. Returns the 32-bit value or null when `host` is not such a literal.
 */
export function parseIPv4Literal(host: string): number | null {
  const text = host.endsWith(".") ? host.slice(0, -1) : host;
  if (!/^[0-9a-fx.]+$/i.test(text) || !ipaddr.IPv4.isValid(text)) return null;
  const [a, b, c, d] = ipaddr.IPv4.parse(text).toByteArray();
  return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}

/** True when `host` looks like an attempt at a numeric IPv4 literal (even an invalid one). */
export function looksNumericHost(host: string): boolean {
  const text = host.endsWith(".") ? host.slice(0, -1) : host;
  const last = text.split(".").pop() ?? "";
  return /^(0x[0-9a-f]*|[0-9]+)$/i.test(last);
}

/** Parses an IPv6 literal (optionally in brackets; zone ids are refused by returning null). */
export function parseIPv6Literal(input: string): Uint8Array | null {
  const text = input.startsWith("[") && input.endsWith("]") ? input.slice(1, -1) : input;
  if (text.includes("%") || !text.includes(":") || !ipaddr.IPv6.isValid(text)) return null;
  return Uint8Array.from(ipaddr.IPv6.parse(text).toByteArray());
}

export function parseIp(host: string): ParsedIp | null {
  const v6 = parseIPv6Literal(host);
  if (v6) return { family: 6, bytes: v6 };
  const v4 = parseIPv4Literal(host);
  return v4 === null ? null : { family: 4, value: v4 };
}

/** Why an address must not be fetched, or null when it is ordinary public unicast. */
export function refusalReason(ip: ParsedIp): string | null {
  return ip.family === 4 ? v4Reason(toV4(ip.value)) : v6Reason(new ipaddr.IPv6(Array.from(ip.bytes)));
}

export function formatIPv4(value: number): string {
  return toV4(value).toString();
}

function toV4(value: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255]);
}

function v4Reason(addr: ipaddr.IPv4): string | null {
  if (DOCUMENTATION_V4.some((cidr) => addr.match(cidr))) return "documentation";
  const range = addr.range();
  return range === "unicast" ? null : range;
}

function v6Reason(addr: ipaddr.IPv6): string | null {
  const bytes = addr.toByteArray();
  const embedded = (offset: number) => new ipaddr.IPv4(bytes.slice(offset, offset + 4));
  const range = addr.range();
  // ::ffff:a.b.c.d (mapped), ::ffff:0:a.b.c.d (translated), 64:ff9b::a.b.c.d (well-known NAT64): the IPv4 address.
  if (range === "ipv4Mapped" || range === "rfc6145") return v4Reason(embedded(12));
  if (range === "rfc6052") return addr.match(ipaddr.parseCIDR("64:ff9b::/96")) ? v4Reason(embedded(12)) : "reserved (local NAT64)";
  // 2002::/16 6to4 embeds an IPv4 address in bits 16-47.
  if (range === "6to4") return v4Reason(embedded(2));
  if (range !== "unicast") return range;
  // ::a.b.c.d (IPv4-compatible, deprecated) and everything else outside 2000::/3 is never a real destination.
  return addr.match(GLOBAL_UNICAST_V6) ? null : "reserved";
}
