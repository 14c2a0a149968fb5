"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";

// Everything Scalar would fetch from elsewhere is off: no web fonts, no telemetry, no hosted client or proxy, no
// AI agent. "Try it" calls this server directly with the bearer token entered under Authentication.
const CONFIGURATION = {
  url: "/api/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  showDeveloperTools: "never" as const,
  persistAuth: false,
  agent: { disabled: true },
  authentication: { preferredSecurityScheme: "bearerAuth" },
  defaultOpenAllTags: false,
  hideDarkModeToggle: true,
};

export function ScalarReference() {
  return (
    <div className="overflow-hidden rounded-lg border border-ink-faint/20 dark:border-white/10">
      <ApiReferenceReact configuration={CONFIGURATION} />
    </div>
  );
}
