// Hostile inputs for the parsers (tests/security/pathological*.test.ts): the cases issue 20 found, and a generated
// corpus of shapes that make backtracking patterns slow — long repetitive lines, deep nesting, huge tokens, many
// commas, many digits, long runs of spaces or line breaks. Each is near the size limits (CV 50,000 characters,
// job posting 60,000, answer 20,000).

export type Case = { name: string; text: string };

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** The cases issue 20 names: each froze a parser before its pattern was rewritten. */
export const NAMED: Case[] = [
  { name: "location line 'a a, a a, …' (exponential)", text: `Jane Roe\n${"a a, ".repeat(30)}!\nEXPERIENCE\nEngineer at Acme` },
  { name: "city list 'As-la As-la …' (exponential)", text: `Location: ${"As-la ".repeat(40)}1\nWe are hiring an engineer.` },
  { name: "e-mail: long run of letters and digits", text: `Jane Roe\n${repeat("a1", 48_000)}` },
  { name: "salary: long run of digits", text: `Senior Engineer\nSalary ${repeat("1", 48_000)}` },
  { name: "markdown: '[' without ']'", text: repeat("[", 48_000) },
  { name: "markdown: '![](' repeated", text: repeat("![](", 48_000) },
  { name: "markdown: '**a ' repeated", text: repeat("**a ", 48_000) },
  { name: "markdown: '*a ' repeated", text: repeat(" *a", 48_000) },
  { name: "markdown: heading with a long run of spaces", text: `# a${" ".repeat(48_000)}x` },
  { name: "name line 'A,AA,AAAAAA' credentials (exponential)", text: `Jane Roe,Aa.a.a${"A,AA,AAAAAA".repeat(28)}\t\nEXPERIENCE` },
];

/** Generated shapes, each about `size` characters. */
export function generated(size: number): Case[] {
  return [
    { name: "one long repetitive line", text: repeat("Led a team of engineers at Acme, Berlin ", size) },
    { name: "deep nesting", text: `${"(".repeat(size / 2)}${")".repeat(size / 2)}` },
    { name: "deep brackets", text: `${"[".repeat(size / 2)}${"]".repeat(size / 2)}` },
    { name: "one huge token", text: repeat("x", size) },
    { name: "huge dotted token", text: repeat("a.", size) },
    { name: "many commas", text: repeat(",a", size) },
    { name: "many comma-separated words", text: repeat("Go, ", size) },
    { name: "many digits", text: repeat("9", size) },
    { name: "digits and separators", text: repeat("1,0", size) },
    { name: "long run of spaces", text: `a${" ".repeat(size)}x` },
    { name: "long run of tabs then a letter", text: `${"\t".repeat(size)}x` },
    { name: "many line breaks", text: `${"\n".repeat(size)}•` },
    { name: "many blank-line paragraphs", text: repeat("a\n\n", size) },
    { name: "many dashes", text: repeat("- ", size) },
    { name: "many date ranges", text: repeat("2020 - 2021 ", size) },
    { name: "many capitalised words", text: repeat("Acme Berlin ", size) },
    { name: "many colons", text: repeat("a: ", size) },
    { name: "quotes and punctuation", text: repeat(`"'.!?;:`, size) },
    { name: "at signs", text: repeat("a@", size) },
    { name: "urls", text: repeat("a.b", size) },
    { name: "many 'in'", text: `BSc${" in".repeat(size / 3)}` },
    { name: "skills words", text: repeat("Python and ", size) },
    { name: "html-ish", text: repeat("<a", size) },
  ];
}
