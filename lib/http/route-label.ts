// The route a request is counted and logged under: the path with ids replaced by "[id]", so metrics get one series
// per route (not per interview), and a fixed label for every 404 (a scanner trying thousands of paths must not
// create thousands of series).

const ID_SEGMENT = /^(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)$/i;
const PLAIN_SEGMENT = /^[A-Za-z0-9_.-]{1,48}$/;

export function routeLabel(path: string, status: number): string {
  if (status === 404) return "(not found)";
  const pathname = path.split("?")[0] || "/";
  if (pathname.startsWith("/_next/static/")) return "/_next/static";
  if (pathname.startsWith("/_next/")) return "/_next";
  const segments = pathname.split("/").filter(Boolean);
  if (segments.length > 8) return "(other)";
  const label = segments.map((s) => (ID_SEGMENT.test(s) ? "[id]" : PLAIN_SEGMENT.test(s) ? s : "[param]")).join("/");
  return `/${label}`;
}
