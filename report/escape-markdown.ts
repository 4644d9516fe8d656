/**
 * The report's Markdown escaping is language/safe-text.ts's (the one escaper every output
 * uses): HTML shows as text, `|` cannot break a table, emphasis, links and code spans cannot be
 * started, bidi controls are marked, and the text stays on one line.
 */
export { markdownText as escapeMarkdown, markdownCode } from "../language/safe-text";
