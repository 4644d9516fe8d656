/** Escaping for the HTML report: every text from the input goes through `esc`. */

/** Escapes text for element content and quoted attribute values alike. */
export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A message, escaped, with its `code` spans shown as code (safe: the escaped text has no markup). */
export function messageHtml(s: string): string {
  return esc(s).replace(/`([^`\n]+)`/g, "<code>$1</code>");
}

/** An id for an element from any text: stable, unique for distinct texts, valid in a fragment. */
export function anchor(prefix: string, ...parts: string[]): string {
  return `${prefix}-${parts.map((p) => p.replace(/[^A-Za-z0-9]+/g, (m) => "_" + [...m].map((c) => c.codePointAt(0)!.toString(16)).join("_") + "_")).join("--")}`;
}
