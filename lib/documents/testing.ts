// Builders of test documents (used by lib/documents/*.test.ts and tests/integration/profile*.test.ts only).
import { Document, Packer, Paragraph, TextRun } from "docx";
import { constants as zlib, deflateRawSync } from "node:zlib";
import JSZip from "jszip";

/** A real DOCX made with the `docx` package: one paragraph per line; lines in UPPER CASE are bold headings. */
export async function makeDocx(lines: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: lines.map((line) =>
          line === line.toUpperCase() && /[A-Z]/.test(line)
            ? new Paragraph({ children: [new TextRun({ text: line, bold: true })] })
            : new Paragraph(line),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A hand-written PDF: one page per entry of `pages`, each line drawn with Helvetica. No lines → no text operators at all. */
export function makePdf(pages: string[][]): Buffer {
  const objects: string[] = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: pages, 3: font; then for each page a page object and a content stream.
  let next = 4;
  const pageObjects: string[] = [];
  for (const lines of pages) {
    const pageId = next++;
    const contentId = next++;
    pageIds.push(pageId);
    const ops = lines.length
      ? ["BT", "/F1 11 Tf", "14 TL", "50 780 Td", ...lines.map((l) => `(${escapePdf(l)}) Tj T*`), "ET"].join("\n")
      : "0.2 0.4 0.8 rg\n50 500 300 200 re f"; // a filled rectangle: what a scan's image looks like to a text extractor
    pageObjects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    pageObjects[contentId] = `<< /Length ${Buffer.byteLength(ops, "latin1")} >>\nstream\n${ops}\nendstream`;
  }
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  for (let i = 4; i < next; i++) objects[i] = pageObjects[i];

  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let i = 1; i < next; i++) {
    offsets[i] = Buffer.byteLength(body, "latin1");
    body += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let i = 1; i < next; i++) body += `${String(offsets[i]).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${next} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/**
 * A PDF decompression bomb: one page whose content is split over `streams` Flate streams that together decode to
 * `decodedMiB` MiB (of zeros, which pdf.js reads as whitespace), about 1 KB of file per MiB decoded. Made from
 * independent 16 MiB deflate blocks repeated, so building a 1 GiB bomb takes milliseconds and no memory.
 */
export function makePdfBomb({ decodedMiB = 1024, streams = 1 }: { decodedMiB?: number; streams?: number } = {}): Buffer {
  const unit = deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { level: 9, finishFlush: zlib.Z_FULL_FLUSH });
  const unitsPerStream = Math.max(1, Math.round(decodedMiB / 16 / streams));
  const data = Buffer.concat([Buffer.from([0x78, 0xda]), ...Array(unitsPerStream).fill(unit), Buffer.from([0x03, 0x00])]);
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const push = (part: string | Buffer) => {
    const buf = typeof part === "string" ? Buffer.from(part, "latin1") : part;
    chunks.push(buf);
    size += buf.length;
  };
  const contentIds = Array.from({ length: streams }, (_, i) => 4 + i);
  const objects: Array<string | [string, Buffer]> = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [${contentIds.map((id) => `${id} 0 R`).join(" ")}] >>`,
    ...contentIds.map((): [string, Buffer] => [`<< /Length ${data.length} /Filter /FlateDecode >>`, data]),
  ];
  push("%PDF-1.4\n");
  objects.forEach((object, i) => {
    offsets.push(size);
    if (typeof object === "string") push(`${i + 1} 0 obj\n${object}\nendobj\n`);
    else {
      push(`${i + 1} 0 obj\n${object[0]}\nstream\n`);
      push(object[1]);
      push("\nendstream\nendobj\n");
    }
  });
  const xrefAt = size;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) push(`${String(offset).padStart(10, "0")} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

/** A DOCX-shaped archive whose one extra entry inflates to `megabytes` MB of zeros (a few KB compressed). */
export async function makeZipBombDocx(megabytes = 30): Promise<Buffer> {
  const zip = await baseDocxZip();
  zip.file("word/media/padding.bin", new Uint8Array(megabytes * 1024 * 1024), { compression: "DEFLATE", compressionOptions: { level: 9 } });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A DOCX-shaped archive with `count` tiny entries. */
export async function makeManyEntriesDocx(count = 2000): Promise<Buffer> {
  const zip = await baseDocxZip();
  for (let i = 0; i < count; i++) zip.file(`word/parts/p${i}.xml`, "<x/>");
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Like makeZipBombDocx, but the central directory claims every entry is tiny: only inflating with a cap catches it. */
export async function makeLyingZipBombDocx(megabytes = 30): Promise<Buffer> {
  const bytes = await makeZipBombDocx(megabytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + 46 <= bytes.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 100, true); // central: uncompressed size
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, 100, true); // local: uncompressed size
  }
  return bytes;
}

/** The first bytes of a PNG image followed by binary data. */
export function makePng(): Buffer {
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    Buffer.from("IHDR"),
    Buffer.alloc(64, 0),
  ]);
}

/** The first bytes of a Windows program ("MZ" header) followed by binary data. */
export function makeExe(): Buffer {
  return Buffer.concat([
    Buffer.from("MZ"),
    Buffer.alloc(58, 0),
    Buffer.from([0x80, 0, 0, 0]),
    Buffer.from("PE\0\0"),
    Buffer.alloc(200, 0x90),
  ]);
}

async function baseDocxZip(): Promise<JSZip> {
  return JSZip.loadAsync(await makeDocx(["Jane Roe", "jane@example.com"]));
}

function escapePdf(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}
