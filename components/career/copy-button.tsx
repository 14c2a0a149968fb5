"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies text with the Clipboard API, falling back to a hidden textarea and execCommand for older browsers. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    const ok = await copyText(text);
    setState(ok ? "copied" : "failed");
    window.setTimeout(() => setState("idle"), 2000);
  }
  return (
    <Button variant="secondary" size="sm" onClick={copy} disabled={!text} aria-label={`${label}${state === "copied" ? " (copied)" : ""}`}>
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : label}
      <span className="sr-only" aria-live="polite">
        {state === "copied" ? "Copied to the clipboard" : ""}
      </span>
    </Button>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // permission denied or insecure context: try the fallback
  }
  try {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "fixed -left-[9999px] top-0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  } catch {
    return false;
  }
}
