import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs } from "@zxcvbn-ts/language-common";

// What makes a new password too easy beyond its length, judged by zxcvbn-ts's pattern matchers (repeats,
// sequences, keyboard walks, and the user's own inputs, also reversed or in l33t): a password that is mostly
// "aaaa", "abcd", "1234" or "qwerty", or that contains the username or the e-mail's name. Used by the server's
// schemas (auth.validation.ts), whose messages the forms show per field; no word lists are loaded here — the
// common-password list is checked in lib/auth/accounts.ts.

const zxcvbn = new ZxcvbnFactory({ graphs: adjacencyGraphs });

const SIMPLE_PATTERNS = new Set(["repeat", "sequence", "spatial"]);

export type PasswordContext = { username?: string | null; email?: string | null };

/** Why the password is refused (a sentence for the form), or null when it passes these rules. */
export function passwordProblem(password: string, { username, email }: PasswordContext = {}): string | null {
  const name = (username ?? "").trim().toLowerCase();
  const local = (email ?? "").trim().toLowerCase().split("@")[0] ?? "";
  const inputs = [name, local].filter((s) => s.length >= 3);
  const result = zxcvbn.check(password.slice(0, 128), inputs);
  for (const match of result.sequence) {
    if (match.pattern === "dictionary" && match.dictionaryName === "userInputs") {
      const word = String(match.matchedWord ?? "").toLowerCase();
      return word === name
        ? "It contains your username. Choose a password without it."
        : "It contains the name of your e-mail address. Choose a password without it.";
    }
  }
  const simple = result.sequence.filter((m) => SIMPLE_PATTERNS.has(m.pattern)).reduce((sum, m) => sum + (m.j - m.i + 1), 0);
  if (simple * 2 >= password.length) {
    return "It is mostly a repeated character or an easy sequence (like 'aaaa', '1234', 'abcd' or 'qwerty'). Choose something harder to guess.";
  }
  return null;
}
