/**
 * Decoding string literals: the one place that knows the language's escapes (`\"`, `\\`, `\n`).
 * The parser reports unknown escapes through the callback; the formatter ignores them.
 */

/**
 * The value of a string literal as written (quotes included). An unknown escape keeps its
 * character; `onUnknownEscape` gets the offset of its backslash within the literal.
 */
export function unquoteString(literal: string, onUnknownEscape?: (backslashOffset: number, char: string) => void): string {
  const raw = literal.slice(1, -1);
  let value = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== "\\") {
      value += ch;
      continue;
    }
    const next = raw[++i] ?? "";
    if (next === "n") value += "\n";
    else {
      if (next !== '"' && next !== "\\") onUnknownEscape?.(i, next);
      value += next;
    }
  }
  return value;
}
