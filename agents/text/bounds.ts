// Bounds on what the offline parsers' patterns ever see. A regular expression that is linear on a line is still
// slow when "a line" is a whole 60,000-character paste without a break, and a quadratic one is harmless only when
// its input is short. So every parser entry point first wraps lines longer than MAX_LINE_CHARS (at a space when
// there is one) and breaks runs of non-space longer than MAX_TOKEN_CHARS: no text is dropped, only line breaks
// and spaces are added where no real CV or posting has them.

/** Longest line the offline parsers look at (a long paragraph is a few hundred characters). */
const MAX_LINE_CHARS = 1_000;
/** Longest run without whitespace (a long URL is well under this). */
const MAX_TOKEN_CHARS = 300;

/** The text with every line at most MAX_LINE_CHARS long and every token at most MAX_TOKEN_CHARS long. Linear. */
export function boundLines(text: string): string {
  return text
    .split("\n")
    .map((line) => wrapLine(breakTokens(line)))
    .join("\n");
}

function breakTokens(line: string): string {
  if (line.length <= MAX_TOKEN_CHARS) return line;
  let out = "";
  let run = 0;
  for (const ch of line) {
    const space = ch === " " || ch === "\t" || ch === "\r" || ch === "\f" || ch === "\v" || ch === "\u00a0";
    run = space ? 0 : run + 1;
    if (run > MAX_TOKEN_CHARS) {
      out += " ";
      run = 1;
    }
    out += ch;
  }
  return out;
}

function wrapLine(line: string): string {
  if (line.length <= MAX_LINE_CHARS) return line;
  const parts: string[] = [];
  let rest = line;
  while (rest.length > MAX_LINE_CHARS) {
    const space = rest.lastIndexOf(" ", MAX_LINE_CHARS);
    const cut = space > MAX_LINE_CHARS / 2 ? space : MAX_LINE_CHARS;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(rest[cut] === " " ? cut + 1 : cut);
  }
  parts.push(rest);
  return parts.join("\n");
}
