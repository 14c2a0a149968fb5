import type { Metadata } from "next";
import { ApiDocs } from "@/components/docs/api-docs";

export const metadata: Metadata = { title: "API documentation" };

/** Interactive API reference, rendered in the browser from GET /api/openapi.json (the bundle is served by this app). */
export default function DocsPage() {
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">API documentation</h1>
        <p className="mt-1 text-sm text-ink-muted dark:text-ink-dark-muted">
          Every route of the InterVu API, generated from the same schemas the server checks requests with. To try a call, get a token from{" "}
          <code>POST /api/auth/login</code> and enter it under Authentication. The raw document is at{" "}
          <a className="underline" href="/api/openapi.json">
            /api/openapi.json
          </a>
          .
        </p>
      </div>
      <ApiDocs />
    </div>
  );
}
