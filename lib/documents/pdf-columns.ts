import "server-only";

// Reading order of a two-column PDF page (a sidebar beside the main column, as many CV templates have). PDF writers
// often emit the text row by row across both columns, so "Skills" and "Senior Engineer, Acme" end up on one line.
// When a page has a vertical gutter that most lines do not cross, its text is read column by column, band by band
// (a line that spans the gutter, such as a full-width heading, closes a band). Pages without one are left as they are.

export type PdfTextItem = { str: string; x: number; y: number; width: number; size: number };
type Row = { y: number; items: PdfTextItem[] };

/** Items on the same baseline (within half the font size), top to bottom, each row left to right. */
function rowsOf(items: PdfTextItem[]): Row[] {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - item.y) <= Math.max(2, item.size * 0.5)) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

/** A row's items cut where a wide gap separates them (table cells, a date set to the right margin). */
function cellsOf(items: PdfTextItem[], columns: Set<number> = new Set()): PdfTextItem[][] {
  const cells: PdfTextItem[][] = [];
  let end = -Infinity;
  for (const item of items) {
    const current = cells[cells.length - 1];
    const bulletOnly = current && /^\s*[•●▪◦‣∙·■□➢➤►▶✓✔*–-]\s*$/.test(current.map((i) => i.str).join(""));
    const newCell = item.x - end > item.size * 1.5 || columns.has(Math.round(item.x));
    if (!current || (newCell && !bulletOnly)) cells.push([item]);
    else current.push(item);
    end = item.x + item.width;
  }
  return cells;
}

function joinItems(items: PdfTextItem[]): string {
  let out = "";
  let end = -Infinity;
  for (const item of items) {
    if (out && item.x - end > item.size * 0.15 && !/\s$/.test(out) && !/^\s/.test(item.str)) out += " ";
    out += item.str;
    end = item.x + item.width;
  }
  return out.replace(/\s+/g, " ").trim();
}

/** A row as text; table cells are kept apart with " | " so "2019 – 2022 | Engineer | Acme" stays three parts. */
function rowText(items: PdfTextItem[]): string {
  return cellsOf(items).map(joinItems).filter(Boolean).join(" | ");
}

const crosses = (item: PdfTextItem, x: number) => item.x < x - 1 && item.x + item.width > x + 1;

/** The x of a gutter that at most a few rows cross while enough rows have text on each side, or null. */
function findGutter(rows: Row[], pageWidth: number): number | null {
  if (rows.length < 8) return null;
  let best: { x: number; score: number } | null = null;
  for (let x = Math.round(pageWidth * 0.2); x <= pageWidth * 0.75; x += 2) {
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const row of rows) {
      if (row.items.some((i) => crosses(i, x))) crossing++;
      else {
        if (row.items.some((i) => i.x + i.width <= x)) left++;
        if (row.items.some((i) => i.x >= x)) right++;
      }
    }
    const n = rows.length;
    if (crossing > n * 0.1 || left < n * 0.25 || right < n * 0.25) continue;
    const score = Math.min(left, right) - crossing * 3;
    if (!best || score > best.score) best = { x, score };
  }
  return best?.x ?? null;
}

/**
 * Rows with table cells kept apart; a row that only continues the cells above it (text wrapped inside its cells:
 * fewer cells, each under one of the row above, no digits where the row above had some) is joined to that row.
 */
function tableText(rows: Row[]): string {
  // Where columns start: an x at which a second or later item of a row starts, in two rows or more.
  const starts = new Map<number, number>();
  for (const row of rows) for (const item of row.items.slice(1)) starts.set(Math.round(item.x), (starts.get(Math.round(item.x)) ?? 0) + 1);
  const columns = new Set([...starts].filter(([, n]) => n >= 2).map(([x]) => x));
  const out: { y: number; size: number; cells: { x: number; text: string }[] }[] = [];
  for (const row of rows) {
    const cells = cellsOf(row.items, columns).map((c) => ({ x: c[0].x, text: joinItems(c) }));
    const prev = out[out.length - 1];
    const size = row.items[0].size;
    const close = prev && prev.y - row.y <= size * 1.6;
    const aligned = close && cells.every((c) => prev.cells.some((p) => Math.abs(p.x - c.x) < 3));
    // A lone line under the first column is more often the next paragraph than a wrapped cell.
    const lone = cells.length === 1 && Math.abs(cells[0].x - prev?.cells[0].x) < 3;
    const wraps =
      aligned &&
      !lone &&
      cells.length < prev.cells.length &&
      !cells.some((c) => /\d/.test(c.text)) &&
      prev.cells.some((c) => /\d/.test(c.text));
    if (wraps) for (const c of cells) prev.cells.find((p) => Math.abs(p.x - c.x) < 3)!.text += ` ${c.text}`;
    else out.push({ y: row.y, size, cells });
    if (wraps) prev.y = row.y;
  }
  return out.map((r) => r.cells.map((c) => c.text).join(" | ")).join("\n");
}

/**
 * The page's text in reading order when it has two columns, or its rows with table cells kept apart when it holds
 * a table (two rows or more of three cells or more); null otherwise (keep the extractor's text).
 */
export function columnText(items: PdfTextItem[], pageWidth: number): string | null {
  const rows = rowsOf(items);
  const gutter = findGutter(rows, pageWidth);
  if (gutter === null) {
    const tableRows = rows.filter((r) => cellsOf(r.items).length >= 3).length;
    return tableRows >= 2 ? tableText(rows) : null;
  }
  const out: string[] = [];
  let left: { y: number; text: string }[] = [];
  let right: { y: number; text: string }[] = [];
  const flush = () => {
    // Left rows below the main column's end follow it (a heading set under both columns is read after them).
    // ... unless the sidebar simply runs on: only a block set apart by a gap of several lines is read after.
    const rightEnd = right.length ? Math.min(...right.map((r) => r.y)) : -Infinity;
    let split = left.findIndex((r, i) => r.y < rightEnd - 1 && i > 0 && left[i - 1].y - r.y > 30);
    if (split < 0 || left.slice(0, split).some((r) => r.y < rightEnd - 1)) split = left.length;
    const beside = left.slice(0, split);
    const below = left.slice(split);
    out.push(...[...beside, ...right, ...below].map((r) => r.text));
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (row.items.some((i) => crosses(i, gutter))) {
      flush();
      out.push(rowText(row.items));
      continue;
    }
    const l = row.items.filter((i) => i.x < gutter);
    const r = row.items.filter((i) => i.x >= gutter);
    if (l.length) left.push({ y: row.y, text: rowText(l) });
    if (r.length) right.push({ y: row.y, text: rowText(r) });
  }
  flush();
  return out.join("\n");
}
