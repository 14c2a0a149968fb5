import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { Doc, Line } from "./layouts";

// PDF (pdf-lib, standard fonts) and DOCX (docx) renderings of a corpus document. Long lines wrap as a word
// processor wraps them; a two-column page is drawn row by row, the order many PDF writers emit text in, so the
// reader has to put the columns back in reading order.

const A4 = { w: 595, h: 842 };
const MARGIN = 40;

function sizeOf(style: Line["style"]): number {
  return style === "name" ? 18 : style === "heading" ? 12 : style === "small" ? 9 : 10;
}

/** WinAnsi has no glyph for some characters: fall back to their plain letters. */
function encodable(text: string): string {
  return text.replace(/[^\u0000-\u00ff–—‘’“”•…€™]/g, (c) => c.normalize("NFKD").replace(/[^\u0000-\u00ff]/g, "") || "?");
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = encodable(text).split(/\s+/);
  const out: string[] = [];
  let current = "";
  for (const w of words) {
    const next = current ? `${current} ${w}` : w;
    if (font.widthOfTextAtSize(next, size) > width && current) {
      out.push(current);
      current = w;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

type Placed = { text: string; x: number; size: number; bold: boolean };

function placeColumn(lines: Line[], x: number, width: number, fonts: { regular: PDFFont; bold: PDFFont }): Placed[][] {
  const rows: Placed[][] = [];
  for (const l of lines) {
    const size = sizeOf(l.style);
    const bold = l.style === "heading" || l.style === "name";
    const font = bold ? fonts.bold : fonts.regular;
    wrap(l.text, font, size, width).forEach((t, i) => rows.push([{ text: i > 0 && l.style === "bullet" ? `  ${t}` : t, x, size, bold }]));
    if (l.style === "heading") rows.push([]);
  }
  return rows;
}

export async function renderPdf(doc: Doc): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const rows: Placed[][] = [];
  for (const b of doc) {
    if (b.kind === "blank") rows.push([]);
    else if (b.kind === "line") rows.push(...placeColumn([b.line], MARGIN, A4.w - 2 * MARGIN, fonts));
    else if (b.kind === "columns") {
      const left = placeColumn(b.left, MARGIN, 160, fonts);
      const right = placeColumn(b.right, 230, A4.w - 230 - MARGIN, fonts);
      for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push([...(left[i] ?? []), ...(right[i] ?? [])]);
    } else {
      const colWidth = (A4.w - 2 * MARGIN) / b.rows[0].length;
      for (const row of b.rows) {
        const cells = row.map((cell) => wrap(cell, fonts.regular, 9, colWidth - 6));
        const height = Math.max(...cells.map((c) => c.length));
        for (let i = 0; i < height; i++)
          rows.push(cells.flatMap((c, ci) => (c[i] ? [{ text: c[i], x: MARGIN + ci * colWidth, size: 9, bold: false }] : [])));
      }
    }
  }
  let page: PDFPage = pdf.addPage([A4.w, A4.h]);
  let y = A4.h - MARGIN;
  for (const row of rows) {
    const height = Math.max(10, ...row.map((p) => p.size)) * 1.35;
    if (y - height < MARGIN) {
      page = pdf.addPage([A4.w, A4.h]);
      y = A4.h - MARGIN;
    }
    y -= height;
    for (const p of row) page.drawText(p.text, { x: p.x, y, size: p.size, font: p.bold ? fonts.bold : fonts.regular });
  }
  return pdf.save();
}

function para(l: Line): Paragraph {
  const bold = l.style === "heading" || l.style === "name";
  return new Paragraph({ children: [new TextRun({ text: l.text, bold, size: l.style === "name" ? 32 : 21 })] });
}

export async function renderDocx(doc: Doc): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const b of doc) {
    if (b.kind === "blank") children.push(new Paragraph(""));
    else if (b.kind === "line") children.push(para(b.line));
    else if (b.kind === "columns") {
      // Word CVs put the sidebar in a two-cell table.
      const cell = (lines: Line[]) => new TableCell({ children: lines.map(para), width: { size: 50, type: WidthType.PERCENTAGE } });
      children.push(new Table({ rows: [new TableRow({ children: [cell(b.left), cell(b.right)] })] }));
    } else {
      children.push(
        new Table({
          rows: b.rows.map(
            (row, i) =>
              new TableRow({
                children: row.map(
                  (text) =>
                    new TableCell({
                      children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text, bold: i === 0 })] })],
                    }),
                ),
              }),
          ),
        }),
      );
    }
  }
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
