import { runCvAgent } from "@/agents/cv";
import type { ProfileFields } from "@/core/schemas/profile";
import { extractDocumentText } from "@/lib/documents/extract";

// A corpus document read the way the upload route reads it: text extraction by content type, then the CV agent.

export async function readCv(bytes: Uint8Array, filename: string): Promise<ProfileFields> {
  const doc = await extractDocumentText({ bytes, filename });
  return (await runCvAgent({ cv_text: doc.text })).fields;
}
