/**
 * Text from forms, packs and file names, made safe to show. The one place every output takes
 * its escaping from (terminal, GitHub annotations, SARIF, HTML, Markdown, editor hovers):
 *
 * - Unicode bidirectional controls (U+202A–U+202E, U+2066–U+2069) can make text read
 *   differently from what it is ("Trojan Source"): each is shown as a visible `<U+202E>`.
 * - Control characters (ESC, CR, LF, …) in a file name would reach the terminal or split a
 *   line a problem matcher reads: each is shown escaped (`\x1b`, `\n`).
 * - Markdown and HTML in user text must stay text: a waiver reason `![t](http://…)` must not
 *   become an image in a pull-request comment.
 */

/** The bidirectional embedding, override and isolate controls. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const hex = (c: string) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");

/** Each bidi control shown as a visible mark, e.g. `<U+202E>`. */
export function markBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, (c) => `<U+${hex(c)}>`);
}

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** One line of plain text safe for a terminal: control characters escaped, bidi controls marked. */
export function terminalText(s: string): string {
  // C0 controls, DEL and C1 controls (U+0080–U+009F: 0x9B is a one-byte CSI).
  return markBidi(s).replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** Text for HTML element content or a quoted attribute: no markup, bidi controls marked. */
export function htmlText(s: string | number): string {
  return markBidi(String(s)).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/**
 * Text for Markdown (GitHub-flavoured): one line, HTML shown as text, and every character that
 * could make Markdown inline syntax (links, images, emphasis, code, tables, strikethrough)
 * backslash-escaped. Not for code spans or raw HTML blocks (use `markdownCode` / `htmlText`).
 */
export function markdownText(s: string): string {
  // `[`, `]` and `!` make links and images; `*`, `_`, `~` emphasis; `` ` `` code; `|` table cells.
  const escaped = markBidi(s.replace(/\r\n|\r|\n/g, " ")).replace(/[\\`*_[\]!|~]/g, "\\$&");
  return escaped.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
}

/** A code span: backticks cannot close it early, and nothing inside is interpreted. */
export function markdownCode(s: string): string {
  return "`" + markBidi(s).replace(/\r\n|\r|\n/g, " ").replace(/`/g, "'").replace(/\|/g, "¦") + "`";
}
