/**
 * String literals: the one place that knows the language's escapes — `\"`, `\\`, `\n`, and `\r`
 * (so that any text read from elsewhere, a FHIR Questionnaire's, can be written back exactly).
 * The parser reports unknown escapes through the callback; the formatter ignores them.
 */

/** A value as a string literal the parser reads back as exactly `value`; every other character as itself. */
export function quoteString(value: string): string {
  return `"${value.replace(/[\\"\n\r]/g, (c) => ESCAPES[c])}"`;
}

const ESCAPES: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r" };

/**
 * The value of a string literal as written (quotes included). An unknown escape keeps its
 * character; `onUnknownEscape` gets the offset of its backslash within the literal.
 */
export function unquoteString(literal: string, onUnknownEscape?: (backslashOffset: number, char: string) => void): string {
  const raw = literal.slice(1, -1);
  // Most literals have no escape: the text itself. Otherwise whole runs between escapes are
  // joined once; adding a character at a time left V8 a chain of one-character pieces per
  // literal (about 30 MB for a 1,000-form workspace in the language server).
  if (raw.indexOf("\\") === -1) return raw;
  const parts: string[] = [];
  let from = 0;
  for (let i = raw.indexOf("\\"); i !== -1; i = raw.indexOf("\\", from)) {
    parts.push(raw.slice(from, i));
    const next = raw[i + 1] ?? "";
    if (next === "n") parts.push("\n");
    else if (next === "r") parts.push("\r");
    else {
      if (next !== '"' && next !== "\\") onUnknownEscape?.(i + 1, next);
      parts.push(next);
    }
    from = i + 2;
  }
  parts.push(raw.slice(from));
  return parts.join("");
}
