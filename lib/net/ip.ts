// IP address parsing and classification for the SSRF-safe fetcher.
//
// The rule is an allow-list in spirit: an address is fetchable only when it is ordinary public unicast.
// Everything special (loopback, private, link-local, unique-local, CGNAT, multicast, unspecified, broadcast,
// documentation, benchmarking, reserved, cloud metadata) is refused, and IPv6 forms that embed an IPv4 address
// (mapped, compatible, translated, NAT64, 6to4) are judged by the IPv4 address they carry.

export type IpFamily = 4 | 6;
export type ParsedIp = { family: 4; value: number } | { family: 6; bytes: Uint8Array };

/** Refused IPv4 blocks: [base, prefix length, why]. */
const V4_BLOCKS: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"],
  ["192.0.2.0", 24, "documentation"],
  ["192.31.196.0", 24, "reserved"],
  ["192.52.193.0", 24, "reserved"],
  ["192.88.99.0", 24, "reserved"],
  ["192.168.0.0", 16, "private"],
  ["192.175.48.0", 24, "reserved"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"], // includes 255.255.255.255 broadcast
];

const V4_RANGES = V4_BLOCKS.map(([base, prefix, why]) => ({ base: parseIPv4Literal(base)!, mask: prefixMask(prefix), why }));

/**
 * Parses an IPv4 literal in every spelling `inet_aton` accepts: 1 to 4 parts, each decimal, octal (leading 0)
 * or hex (0x), the last part filling the remaining bytes (127.1, 10.1, 2130706433, 0x7f.1, 0177.0.0.1),
 * with an optional trailing dot. Returns the 32-bit value or null when `host` is not such a literal.
 */
export function parseIPv4Literal(host: string): number | null {
  let text = host;
  if (text.endsWith(".")) text = text.slice(0, -1);
  if (text === "") return null;
  const parts = text.split(".");
  if (parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    const v = parseV4Part(part);
    if (v === null) return null;
    values.push(v);
  }
  const last = values.pop()!;
  let result = 0;
  for (const v of values) {
    if (v > 255) return null;
    result = result * 256 + v;
  }
  const remainingBytes = 4 - values.length;
  if (last >= 256 ** remainingBytes) return null;
  return result * 256 ** remainingBytes + last;
}

/** True when `host` looks like an attempt at a numeric IPv4 literal (even an invalid one). */
export function looksNumericHost(host: string): boolean {
  const text = host.endsWith(".") ? host.slice(0, -1) : host;
  const last = text.split(".").pop() ?? "";
  return /^(0x[0-9a-f]*|[0-9]+)$/i.test(last);
}

/** Parses an IPv6 literal (optionally in brackets; zone ids are refused by returning null). */
export function parseIPv6Literal(input: string): Uint8Array | null {
  let text = input.startsWith("[") && input.endsWith("]") ? input.slice(1, -1) : input;
  if (text.includes("%") || !text.includes(":")) return null;
  text = text.toLowerCase();
  let tailV4: number[] = [];
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(tail) ? tail.split(".").map(Number) : null;
    if (!v4 || v4.some((n) => n > 255)) return null;
    tailV4 = v4;
    text = text.slice(0, lastColon + 1) + "0:0"; // placeholder groups, replaced below
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parseGroups = (s: string) => (s === "" ? [] : s.split(":"));
  const head = parseGroups(halves[0]);
  const rest = halves.length === 2 ? parseGroups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    if (!/^[0-9a-f]{1,4}$/.test(groups[i])) return null;
    const v = parseInt(groups[i], 16);
    bytes[i * 2] = v >> 8;
    bytes[i * 2 + 1] = v & 0xff;
  }
  if (tailV4.length) bytes.set(tailV4, 12);
  return bytes;
}

export function parseIp(host: string): ParsedIp | null {
  const v6 = parseIPv6Literal(host);
  if (v6) return { family: 6, bytes: v6 };
  if (/^[0-9a-fx.]+$/i.test(host)) {
    const v4 = parseIPv4Literal(host);
    if (v4 !== null) return { family: 4, value: v4 };
  }
  return null;
}

/** Why an address must not be fetched, or null when it is ordinary public unicast. */
export function refusalReason(ip: ParsedIp): string | null {
  return ip.family === 4 ? v4Reason(ip.value) : v6Reason(ip.bytes);
}

export function formatIPv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

function v4Reason(value: number): string | null {
  for (const range of V4_RANGES) {
    if ((value & range.mask) >>> 0 === range.base) return range.why;
  }
  return null;
}

function v6Reason(b: Uint8Array): string | null {
  const word = (i: number) => (b[i * 2] << 8) | b[i * 2 + 1];
  const embeddedV4 = (offset: number) => ((b[offset] << 24) | (b[offset + 1] << 16) | (b[offset + 2] << 8) | b[offset + 3]) >>> 0;
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);

  if (zeros(0, 16)) return "unspecified";
  if (zeros(0, 15) && b[15] === 1) return "loopback";
  // ::ffff:a.b.c.d (mapped) and ::ffff:0:a.b.c.d (translated): judged by the IPv4 address.
  if (zeros(0, 10) && word(5) === 0xffff) return v4Reason(embeddedV4(12)) ?? null;
  if (zeros(0, 8) && word(4) === 0xffff && word(5) === 0) return v4Reason(embeddedV4(12)) ?? null;
  // ::a.b.c.d (IPv4-compatible, deprecated): never a real destination.
  if (zeros(0, 12)) return "reserved (IPv4-compatible)";
  // 64:ff9b::/96 well-known NAT64 prefix: the gateway would connect to the embedded IPv4 address.
  if (word(0) === 0x64 && word(1) === 0xff9b && zeros(4, 12)) return v4Reason(embeddedV4(12));
  if (word(0) === 0x64 && word(1) === 0xff9b && word(2) === 1) return "reserved (local NAT64)";
  // 2002::/16 6to4 embeds an IPv4 address in bits 16-47.
  if (word(0) === 0x2002) return v4Reason(embeddedV4(2)) ?? null;
  const first = word(0);
  if ((first & 0xfe00) === 0xfc00) return "unique-local"; // fc00::/7 (incl. fd00:ec2::254 metadata)
  if ((first & 0xffc0) === 0xfe80) return "link-local"; // fe80::/10
  if ((first & 0xffc0) === 0xfec0) return "site-local"; // fec0::/10
  if ((first & 0xff00) === 0xff00) return "multicast"; // ff00::/8
  if (first === 0x0100 && zeros(2, 8)) return "discard"; // 100::/64
  if (first === 0x2001 && word(1) < 0x0200) return "reserved (IETF/Teredo)"; // 2001::/23
  if (first === 0x2001 && word(1) === 0x0db8) return "documentation"; // 2001:db8::/32
  if (first === 0x3fff && word(1) < 0x1000) return "documentation"; // 3fff::/20
  if ((first & 0xe000) !== 0x2000) return "reserved"; // only 2000::/3 is global unicast
  return null;
}

function parseV4Part(part: string): number | null {
  if (part === "") return null;
  let v: number;
  if (/^0x[0-9a-f]*$/i.test(part)) v = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
  else if (/^0[0-7]*$/.test(part)) v = parseInt(part, 8);
  else if (/^[1-9][0-9]*$/.test(part)) v = parseInt(part, 10);
  else return null;
  return Number.isSafeInteger(v) && v <= 0xffffffff ? v : null;
}

function prefixMask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}
