import "server-only";
import { getConfig } from "@/core/config";

// The address a per-address rate limit is keyed on.
//
// Behind a proxy we trust (TRUST_PROXY=true), the proxy tells us the client: X-Real-IP if it sets one, else the
// right-most X-Forwarded-For entry (the one our own proxy appended; entries to its left are client-supplied
// and could be forged). Without a trusted proxy, Next's route handlers and actions do not expose the socket's
// peer address, and forwarding headers are client-controlled, so every caller shares one "local" bucket:
// the per-address limit then acts as a global ceiling on attempts, which still bounds credential stuffing.
// Deployments that face the internet should run behind a proxy and set TRUST_PROXY=true.

export const LOCAL_ADDRESS = "local";

export function clientAddress(headers: Headers): string {
  if (!getConfig().trustProxy) return LOCAL_ADDRESS;
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
  return LOCAL_ADDRESS;
}

function isPlausibleAddress(value: string): boolean {
  return value.length <= 64 && /^[0-9a-fA-F:.]+$/.test(value);
}
