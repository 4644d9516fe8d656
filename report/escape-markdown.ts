/**
 * Text from the input (form titles, messages, waiver reasons), made safe anywhere in GitHub
 * Markdown: HTML shows as text, `|` cannot break a table, emphasis, links and code spans
 * cannot be started, and it stays on one line (the renderers never start a line with it, so
 * it cannot start a heading or a list either). The one Markdown escaper: every Markdown
 * output goes through it.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, " ");
}

/** Text from the input as an inline code span: backslashes do not escape inside one, so a backtick becomes ' and the text stays on one line. */
export function markdownCode(s: string): string {
  return "`" + s.replace(/`/g, "'").replace(/\|/g, "¦").replace(/\r\n|\r|\n/g, " ") + "`";
}
