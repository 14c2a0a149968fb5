// Splits an answer into plain and highlighted pieces for the report: each evidence quote is a verbatim
// substring of the answer (the evaluation agent checks that), marked where it first occurs. Overlaps merge.

export type Segment = { text: string; mark: boolean };

export function highlightEvidence(answer: string, evidence: string[]): Segment[] {
  const ranges: Array<[number, number]> = [];
  const lower = answer.toLowerCase();
  for (const quote of evidence) {
    const q = quote.trim();
    if (q.length < 2) continue;
    let at = answer.indexOf(q);
    if (at < 0) at = lower.indexOf(q.toLowerCase());
    if (at >= 0) ranges.push([at, at + q.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const [start, end] of merged) {
    if (start > pos) out.push({ text: answer.slice(pos, start), mark: false });
    out.push({ text: answer.slice(start, end), mark: true });
    pos = end;
  }
  if (pos < answer.length) out.push({ text: answer.slice(pos), mark: false });
  return out;
}
