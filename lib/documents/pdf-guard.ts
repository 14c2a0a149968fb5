import "server-only";
import { createInflateRaw, constants as zlib } from "node:zlib";
import { AppError } from "@/core/errors";
import { MAX_PDF_DECODED_BYTES, MAX_PDF_OBJECTS, MAX_PDF_STREAM_BYTES } from "@/lib/documents/limits";
import { decodeAscii85, decodeAsciiHex, decodeLzw, decodeRunLength } from "@/lib/documents/pdf-filters";

// Decompression-bomb check for PDFs, run before pdf.js opens the file. pdf.js decodes a stream into one growing
// buffer with no limit, so a 1 MB file whose Flate streams expand to 1 GiB takes 1 GiB of memory (outside the JS
// heap, where a worker's resourceLimits do not reach). Here every stream is decoded through its filter chain with
// a cap per stream and in total, and the number of objects is bounded; going over is a 413 before any of it is
// kept. Image codecs (DCT, JPX, JBIG2, CCITT) end a chain: text extraction never decodes images. Encrypted files
// cannot be decoded here; for those the worker's memory watchdog (lib/workers/pool.ts) is the limit.

export type PdfGuardReport = { streams: number; decodedBytes: number; objects: number; encrypted: boolean };

const TOO_BIG =
  "This PDF expands to far more data than a CV holds (it may be a decompression bomb), so it was not read. Upload another export of it, or paste the text.";
const TOO_MANY_OBJECTS = "This PDF is far more complex than a CV, so it was not read. Upload another export of it, or paste the text.";

export async function assertPdfWithinLimits(bytes: Uint8Array): Promise<PdfGuardReport> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const objects = countObjects(text);
  if (objects > MAX_PDF_OBJECTS) throw new AppError("payload_too_large", TOO_MANY_OBJECTS);
  const encrypted = /\/Encrypt\b/.test(text);
  let total = 0;
  let streams = 0;
  for (const stream of findStreams(text)) {
    streams++;
    if (encrypted) continue;
    let data: Uint8Array = bytes.subarray(stream.start, stream.end);
    for (const filter of stream.filters) {
      const budget = Math.min(MAX_PDF_STREAM_BYTES, MAX_PDF_DECODED_BYTES - total);
      const decoded = await decodeWithCap(filter, data, budget);
      if (decoded === "over") throw new AppError("payload_too_large", TOO_BIG);
      if (decoded === null) break; // an image codec, an unknown filter or damaged data: pdf.js reads no more than this either
      data = decoded;
    }
    if (stream.filters.length) total += data.byteLength;
    if (total > MAX_PDF_DECODED_BYTES) throw new AppError("payload_too_large", TOO_BIG);
  }
  return { streams, decodedBytes: total, objects, encrypted };
}

type StreamSpan = { start: number; end: number; filters: string[] };

/** Every `stream … endstream` with the filters named in its dictionary (found by scanning, not by trusting the xref). */
function* findStreams(text: string): Generator<StreamSpan> {
  let from = 0;
  for (;;) {
    const at = text.indexOf("stream", from);
    if (at < 0) return;
    from = at + 6;
    if (text.startsWith("endstream", at - 3) || !isDictEnd(text, at)) continue;
    let start = at + 6;
    if (text[start] === "\r") start++;
    if (text[start] === "\n") start++;
    const dict = text.slice(Math.max(0, text.lastIndexOf("obj", at) - 1), at);
    const declared = directLength(dict, text);
    const endKeyword = text.indexOf("endstream", start);
    // A declared length is what pdf.js uses when it is consistent; "endstream" may also occur inside the data.
    const end =
      declared !== null && start + declared <= text.length ? Math.max(start + declared, endKeyword < 0 ? 0 : endKeyword) : endKeyword;
    if (end < 0) return;
    from = Math.max(from, end);
    yield { start, end: Math.min(end, text.length), filters: filtersOf(dict) };
  }
}

function isDictEnd(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && " \t\r\n\f\0".includes(text[i])) i--;
  return text[i] === ">" && text[i - 1] === ">";
}

function directLength(dict: string, text: string): number | null {
  const m = /\/Length[ \t\r\n]+(\d{1,10})(?:[ \t\r\n]+(\d{1,5})[ \t\r\n]+R)?/.exec(dict);
  if (!m) return null;
  if (m[2] === undefined) return Number(m[1]);
  // An indirect length: "12 0 obj 3456 endobj".
  // regex-scan: only digits from the match above are put in; linear
  const ref = new RegExp(`(?<!\\d)${m[1]}[ \\t\\r\\n]+${m[2]}[ \\t\\r\\n]+obj[ \\t\\r\\n]+(\\d{1,10})`).exec(text);
  return ref ? Number(ref[1]) : null;
}

function filtersOf(dict: string): string[] {
  const at = dict.indexOf("/Filter");
  if (at < 0) return [];
  const rest = dict.slice(at + 7).trimStart();
  const names = rest.startsWith("[") ? rest.slice(1, rest.indexOf("]") >>> 0) : (/^\/[A-Za-z0-9]+/.exec(rest)?.[0] ?? "");
  return names.match(/\/[A-Za-z0-9]+/g)?.map((n) => n.slice(1)) ?? [];
}

/** Objects declared ("N G obj") plus those packed in object streams (/Type /ObjStm /N count). */
function countObjects(text: string): number {
  let count = 0;
  for (let at = text.indexOf(" obj"); at >= 0; at = text.indexOf(" obj", at + 4)) count++;
  for (const m of text.matchAll(/\/N[ \t\r\n]+(\d{1,9})/g)) {
    const near = text.slice(Math.max(0, (m.index ?? 0) - 200), (m.index ?? 0) + 200);
    if (near.includes("/ObjStm")) count += Number(m[1]);
  }
  return count;
}

/** The decoded bytes, "over" when they would exceed `cap`, or null when this filter is not decoded here. */
async function decodeWithCap(filter: string, data: Uint8Array, cap: number): Promise<Uint8Array | "over" | null> {
  switch (filter) {
    case "FlateDecode":
    case "Fl":
      return inflateWithCap(data, cap);
    case "LZWDecode":
    case "LZW":
      return decodeLzw(data, cap);
    case "RunLengthDecode":
    case "RL":
      return decodeRunLength(data, cap);
    case "ASCIIHexDecode":
    case "AHx":
      return decodeAsciiHex(data);
    case "ASCII85Decode":
    case "A85":
      return decodeAscii85(data);
    default:
      return null;
  }
}

/** Inflates like pdf.js: the zlib header skipped, no checksum, and on damaged data whatever decoded before the damage. */
function inflateWithCap(data: Uint8Array, cap: number): Promise<Uint8Array | "over"> {
  const body = data.byteLength > 2 && (data[0] & 0x0f) === 8 ? data.subarray(2) : data;
  return new Promise((resolve) => {
    const inflater = createInflateRaw({ finishFlush: zlib.Z_SYNC_FLUSH });
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: Uint8Array | "over") => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    inflater.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > cap) {
        inflater.destroy();
        chunks.length = 0;
        settle("over");
      } else chunks.push(chunk);
    });
    inflater.on("end", () => settle(Buffer.concat(chunks)));
    inflater.on("error", () => settle(Buffer.concat(chunks)));
    inflater.end(body);
  });
}
