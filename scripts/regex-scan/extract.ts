import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Finds every regular expression in the product's source: regex literals, and `new RegExp(…)` / `RegExp(…)` whose
// pattern can be worked out from the file alone (string and template literals, `+`, consts of the same file,
// `.source` of a literal, `[…].join(…)`). A pattern built from something else (a user's word, escaped) is reported
// as dynamic, so the scan can insist that it is marked as reviewed.

export type FoundRegex = {
  file: string;
  line: number;
  /** The pattern as the engine sees it; null when it is built at run time. */
  source: string | null;
  flags: string;
  /** The code that makes it, shortened (for messages). */
  code: string;
  /** The comment `regex-scan: <reason>` on the line before or the same line, if any. */
  note: string | null;
};

/** The product's folders and top-level files: what runs in the server or the browser. Tests and tooling are not scanned. */
export const SCANNED = ["app", "agents", "components", "core", "lib", "auth.ts", "proxy.ts", "instrumentation.ts"];

export function listSourceFiles(root: string, entries = SCANNED): string[] {
  const out: string[] = [];
  const walk = (full: string) => {
    const st = statSync(full, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort()) if (name !== "node_modules" && !name.startsWith(".")) walk(path.join(full, name));
    } else if (/\.(?:ts|tsx|mts|cts|js|mjs)$/.test(full) && !/\.test\.tsx?$/.test(full) && !full.endsWith(".d.ts")) {
      out.push(full);
    }
  };
  for (const entry of entries) walk(path.join(root, entry));
  return out;
}

export function extractRegexes(file: string, text = readFileSync(file, "utf8")): FoundRegex[] {
  const sf = parse(file, text);
  const consts = collectConsts(sf, file);
  const found: FoundRegex[] = [];
  const lines = text.split("\n");
  const noteAt = (line: number) => {
    for (const l of [line - 1, line - 2]) {
      const m = /regex-scan:\s*(.+?)\s*(?:\*\/)?$/.exec(lines[l] ?? "");
      if (m) return m[1];
    }
    return null;
  };
  const add = (node: ts.Node, source: string | null, flags: string) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    const code = node.getText(sf).replace(/\s+/g, " ");
    found.push({ file, line, source, flags, code: code.length > 160 ? `${code.slice(0, 157)}...` : code, note: noteAt(line) });
  };
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const { source, flags } = splitLiteral(node.getText(sf));
      add(node, source, flags);
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const [pattern, flagsArg] = node.arguments ?? [];
      const source = pattern ? evaluate(pattern, consts, 0) : "(?:)";
      const flags = flagsArg ? evaluate(flagsArg, consts, 0) : "";
      add(node, source, flags ?? "");
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function resolveModule(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(projectRoot(from), specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  const isFile = (candidate: string) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  };
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(isFile) ?? null;
}

function projectRoot(from: string): string {
  let dir = path.dirname(from);
  while (!statSync(path.join(dir, "package.json"), { throwIfNoEntry: false }) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

function splitLiteral(literal: string): { source: string; flags: string } {
  const end = literal.lastIndexOf("/");
  return { source: literal.slice(1, end), flags: literal.slice(end + 1) };
}

function isRegExpCallee(expr: ts.Expression): boolean {
  return ts.isIdentifier(expr) && expr.text === "RegExp";
}

/** Consts of imported modules, by file (one scan reads each module once). */
const imported = new Map<string, Map<string, ts.Expression>>();

function parse(file: string, text = readFileSync(file, "utf8")): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

/**
 * `const NAME = <initializer>` of the file (the last one wins for shadowed names), and the consts it imports by name
 * from the project's own modules ("./x", "@/x"), so a pattern built from another file's pieces is still analysed.
 */
function collectConsts(sf: ts.SourceFile, file: string, depth = 0): Map<string, ts.Expression> {
  const consts = new Map<string, ts.Expression>();
  if (depth < 3) {
    for (const statement of sf.statements) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const bindings = statement.importClause?.namedBindings;
      const target = resolveModule(file, statement.moduleSpecifier.text);
      if (!target || !bindings || !ts.isNamedImports(bindings)) continue;
      const theirs = imported.get(target) ?? imported.set(target, collectConsts(parse(target), target, depth + 1)).get(target)!;
      for (const el of bindings.elements) {
        const value = theirs.get((el.propertyName ?? el.name).text);
        if (value) consts.set(el.name.text, value);
      }
      // The imported consts' own ingredients (names are evaluated in one scope: good enough for patterns).
      for (const [name, value] of theirs) if (!consts.has(name)) consts.set(name, value);
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      for (const decl of node.declarations)
        if (ts.isIdentifier(decl.name) && decl.initializer) consts.set(decl.name.text, decl.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return consts;
}

/** The string value of an expression, when the file alone decides it. */
function evaluate(node: ts.Expression, consts: Map<string, ts.Expression>, depth: number): string | null {
  if (depth > 20) return null;
  const next = (n: ts.Expression) => evaluate(n, consts, depth + 1);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return next(node.expression);
  if (ts.isTemplateExpression(node)) return template(node, false, next);
  // String.raw`…`: the raw text, backslashes kept
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === "String.raw") {
    const t = node.template;
    return ts.isNoSubstitutionTemplateLiteral(t) ? (t.rawText ?? t.text) : template(t, true, next);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = next(node.left);
    const right = next(node.right);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isIdentifier(node)) {
    const init = consts.get(node.text);
    return init ? next(init) : null;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === "source") {
    const target = resolve(node.expression, consts);
    if (target?.kind === ts.SyntaxKind.RegularExpressionLiteral) return splitLiteral(target.getText()).source;
    if (target && ts.isNewExpression(target) && isRegExpCallee(target.expression) && target.arguments?.[0])
      return next(target.arguments[0]);
    return null;
  }
  // [a, b, c].join(sep)
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "join") {
    const array = resolve(node.expression.expression, consts);
    if (!array || !ts.isArrayLiteralExpression(array)) return null;
    const parts = array.elements.map((e) => next(e));
    if (parts.some((p) => p === null)) return null;
    const sep = node.arguments[0] ? next(node.arguments[0]) : ",";
    return sep === null ? null : parts.join(sep);
  }
  return null;
}

function template(node: ts.TemplateExpression, raw: boolean, next: (n: ts.Expression) => string | null): string | null {
  const text = (part: ts.TemplateHead | ts.TemplateMiddle | ts.TemplateTail) => (raw ? (part.rawText ?? part.text) : part.text);
  let out = text(node.head);
  for (const span of node.templateSpans) {
    const value = next(span.expression);
    if (value === null) return null;
    out += value + text(span.literal);
  }
  return out;
}

function resolve(node: ts.Expression, consts: Map<string, ts.Expression>): ts.Expression | undefined {
  let current: ts.Expression | undefined = node;
  for (let i = 0; i < 10 && current; i++) {
    if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current)) current = current.expression;
    else if (ts.isIdentifier(current)) current = consts.get(current.text);
    else return current;
  }
  return current;
}
