import { defaultMessage } from "@/core/errors";
import { storageStatus } from "@/lib/db/storage-check";

// proxy.ts asks this first on every request: when the server cannot keep data (storage-check.ts), every request
// answers 503 `storage_unavailable` — JSON for the API, a plain page for people — instead of failing one by one.
// The page needs no script, style sheet or database, and says nothing about the server's folders (those are in
// the operator's log line).

export function storageUnavailableReply(pathname: string): Response | null {
  if (storageStatus().ok) return null;
  const headers = { "cache-control": "no-store", "retry-after": "60" };
  if (pathname.startsWith("/api/")) {
    return Response.json({ detail: defaultMessage("storage_unavailable"), code: "storage_unavailable" }, { status: 503, headers });
  }
  return new Response(PAGE, {
    status: 503,
    headers: {
      ...headers,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>InterVu is not available</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1.5rem;line-height:1.6;color:#1f2937}h1{font-size:1.5rem}code{background:#f3f4f6;padding:0 .25rem;border-radius:.25rem}</style>
</head>
<body>
<main>
<h1>InterVu can't save anything on this server yet</h1>
<p>This installation has nowhere to keep accounts, profiles and interviews, so it is switched off until that is set up. Nothing you type here would be kept, so please come back later.</p>
<h2>If you run this site</h2>
<p>Set <code>MONGO_URI</code> to a MongoDB database (for example MongoDB Atlas), or give the app a writable data folder with <code>DATA_DIR</code> (for example a mounted volume), then restart it. The server's log names the folder it tried.</p>
</main>
</body>
</html>
`;
