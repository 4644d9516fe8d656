/**
 * String literals in their one canonical spelling: double quotes, and only the three escapes the
 * language has (`\"`, `\\`, `\n`). Every other character is written as itself.
 */

import { unquoteString } from "../strings";

export { unquoteString };

/**
 * A value as a string literal. A carriage return cannot be written in the language (strings
 * stay on one line and there is no `\r` escape), so it becomes a `\n`.
 */
export function quoteString(value: string): string {
  const escaped = value
    .replace(/\r\n?/g, "\n")
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n");
  return `"${escaped}"`;
}

/** A literal re-spelt canonically (what `formguard fmt` prints for every string). */
export function canonicalString(literal: string): string {
  return quoteString(unquoteString(literal));
}
