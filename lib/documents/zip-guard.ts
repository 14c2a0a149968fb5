import "server-only";
import { inflateRawSync } from "node:zlib";
import { AppError } from "@/core/errors";
import { MAX_ZIP_ENTRIES, MAX_ZIP_UNCOMPRESSED_BYTES } from "@/lib/documents/limits";

// Checks a ZIP archive (a DOCX) before any library opens it, against zip bombs.
// The central directory is read by hand: entry count and declared sizes are checked first, then every entry is
// inflated with a hard output cap, because declared sizes can lie and overlapping entries can point at the
// same compressed data. Only what passes is handed to mammoth.

export type ZipEntry = {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
  flags: number;
};

export type ZipLimits = { maxEntries: number; maxUncompressedBytes: number };

const DEFAULT_LIMITS: ZipLimits = { maxEntries: MAX_ZIP_ENTRIES, maxUncompressedBytes: MAX_ZIP_UNCOMPRESSED_BYTES };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** True when the bytes start like a ZIP archive (local file header). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Lists the entries of the central directory. Throws 415 when the archive cannot be read as a plain ZIP. */
export function readZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw unreadable();
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw unreadable(); // ZIP64: no CV needs it
  if (count > limits.maxEntries) throw tooLarge(`The document has too many parts (${count}; at most ${limits.maxEntries}).`);
  if (offset + size > bytes.length) throw unreadable();

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw unreadable();
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw unreadable();
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("utf8"),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses archives that would expand past the limits (413) or that are not plain, readable ZIPs (415).
 * Returns the entry names so the caller can check what kind of document it is.
 */
export function assertSafeZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): string[] {
  const entries = readZipEntries(bytes, limits);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > limits.maxUncompressedBytes) throw expandsTooMuch(limits);

  let budget = limits.maxUncompressedBytes;
  for (const entry of entries) {
    if (entry.flags & 0x1)
      throw new AppError("unsupported_media_type", "The document is encrypted. Remove the password, or paste the text instead.");
    budget -= inflatedSize(bytes, entry, budget);
    if (budget < 0) throw expandsTooMuch(limits);
  }
  return entries.map((e) => e.name);
}

function inflatedSize(bytes: Uint8Array, entry: ZipEntry, budget: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw unreadable();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw unreadable();
  if (entry.method === 0) return entry.compressedSize;
  if (entry.method !== 8) throw unreadable();
  if (entry.compressedSize === 0) return 0;
  try {
    // One byte over the budget is enough to know it is too much; never inflate further than that.
    return inflateRawSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, budget + 1) }).length;
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) throw expandsTooMuch();
    throw unreadable();
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return -1;
}

function expandsTooMuch(limits: ZipLimits = DEFAULT_LIMITS): AppError {
  const mb = Math.round(limits.maxUncompressedBytes / (1024 * 1024));
  return tooLarge(`The document expands to more than ${mb} MB when opened, so it was not read.`);
}

function tooLarge(message: string): AppError {
  return new AppError("payload_too_large", message);
}

function unreadable(): AppError {
  return new AppError("unsupported_media_type", "The file is not a readable DOCX document.");
}
