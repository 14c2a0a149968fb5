import "server-only";
import { getConfig } from "@/core/config";

// The address a per-address rate limit is keyed on, or null when we do not know it.
//
// Behind a proxy we trust (TRUST_PROXY=true), the proxy tells us the client: X-Real-IP if it sets one, else the
// right-most X-Forwarded-For entry (the one our own proxy appended; entries to its left are client-supplied
// and could be forged). Without a trusted proxy, Next's route handlers and actions do not expose the socket's
// peer address, and forwarding headers are client-controlled. There is then no per-address limit at all: one
// bucket shared by every caller would let anyone lock everyone out (issue 21). Accounts stay protected by their
// own throttling (throttle.ts). Deployments that face the internet should run behind a proxy with TRUST_PROXY=true.

export function clientAddress(headers: Headers): string | null {
  if (!getConfig().trustProxy) return null;
  const realIp = headers.get("x-real-ip")?.trim();
  if (realIp && isPlausibleAddress(realIp)) return realIp;
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const parts = forwarded
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const last = parts[parts.length - 1];
    if (last && isPlausibleAddress(last)) return last;
  }
  return null;
}

function isPlausibleAddress(value: string): boolean {
  return value.length <= 64 && /^[0-9a-fA-F:.]+$/.test(value);
}
