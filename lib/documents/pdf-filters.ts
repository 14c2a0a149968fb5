// The PDF filters other than Flate, decoded with an output cap for the bomb check (lib/documents/pdf-guard.ts).
// Each returns "over" as soon as the output would pass `cap`, and on damaged data what it decoded so far.

export function decodeLzw(data: Uint8Array, cap: number): Uint8Array | "over" {
  const out = new Growing(cap);
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let i = 0; i < 256; i++) {
    suffix[i] = i;
    length[i] = 1;
    prefix[i] = -1;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let buffer = 0;
  const stack = new Uint8Array(4096);
  for (const byte of data) {
    buffer = ((buffer << 8) | byte) >>> 0;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === 257) return out.bytes();
      if (code === 256) {
        next = 258;
        width = 9;
        previous = -1;
        continue;
      }
      let entry = code;
      if (code >= next) {
        if (code > next || previous < 0) return out.bytes(); // damaged
        entry = previous; // KwKwK: previous string + its first byte
      }
      let n = 0;
      for (let c = entry; c >= 0; c = prefix[c]) stack[n++] = suffix[c];
      const first = stack[n - 1];
      if (!out.push(stack, n, true)) return "over";
      if (code >= next && !out.pushByte(first)) return "over";
      if (previous >= 0 && next < 4096) {
        prefix[next] = previous;
        suffix[next] = first;
        length[next] = length[previous] + 1;
        next++;
      }
      previous = code;
      // Early change (the PDF default): the width grows one code before the table fills the current width.
      if (next + 1 >= 1 << width && width < 12) width++;
    }
  }
  return out.bytes();
}

export function decodeRunLength(data: Uint8Array, cap: number): Uint8Array | "over" {
  const out = new Growing(cap);
  for (let i = 0; i < data.length; ) {
    const n = data[i++];
    if (n === 128) break;
    if (n < 128) {
      const run = data.subarray(i, i + n + 1);
      if (!out.push(run, run.length, false)) return "over";
      i += n + 1;
    } else {
      for (let k = 0; k < 257 - n; k++) if (!out.pushByte(data[i])) return "over";
      i++;
    }
  }
  return out.bytes();
}

/** Output is never longer than the input: no cap needed. */
export function decodeAsciiHex(data: Uint8Array): Uint8Array {
  const hex = Buffer.from(data).toString("latin1");
  const end = hex.indexOf(">");
  const digits = (end < 0 ? hex : hex.slice(0, end)).replace(/[^0-9A-Fa-f]/g, "");
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, "hex");
}

/** Output is at most 4/5 of the input, except "z" (four zero bytes from one character): bounded by 4× the input. */
export function decodeAscii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group = 0;
  let count = 0;
  for (const c of data) {
    if (c === 0x7e) break; // "~>"
    if (c === 0x7a && count === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group = group * 85 + (c - 0x21);
    if (++count === 5) {
      out.push((group >>> 24) & 255, (group >>> 16) & 255, (group >>> 8) & 255, group & 255);
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    const bytes = [(group >>> 24) & 255, (group >>> 16) & 255, (group >>> 8) & 255, group & 255];
    out.push(...bytes.slice(0, count - 1));
  }
  return Uint8Array.from(out);
}

/** A byte buffer that doubles as it grows and refuses to pass `cap`. */
class Growing {
  private buf = new Uint8Array(4096);
  private size = 0;
  constructor(private readonly cap: number) {}

  push(bytes: Uint8Array, n: number, reversed: boolean): boolean {
    if (this.size + n > this.cap) return false;
    this.ensure(this.size + n);
    for (let i = 0; i < n; i++) this.buf[this.size + i] = reversed ? bytes[n - 1 - i] : bytes[i];
    this.size += n;
    return true;
  }

  pushByte(byte: number): boolean {
    if (this.size + 1 > this.cap) return false;
    this.ensure(this.size + 1);
    this.buf[this.size++] = byte;
    return true;
  }

  bytes(): Uint8Array {
    return this.buf.subarray(0, this.size);
  }

  private ensure(size: number): void {
    if (size <= this.buf.length) return;
    const bigger = new Uint8Array(Math.min(this.cap, Math.max(size, this.buf.length * 2)));
    bigger.set(this.buf.subarray(0, this.size));
    this.buf = bigger;
  }
}
