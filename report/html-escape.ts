/** Escaping for the HTML report: every text from the input goes through `esc`. */

/** Escaping is the one the preview shares (report/html-page.ts: bidi controls marked, via language/safe-text.ts). */
export { esc, messageHtml } from "./html-page";

/** An id for an element from any text: stable, unique for distinct texts, valid in a fragment. */
export function anchor(prefix: string, ...parts: string[]): string {
  return `${prefix}-${parts.map((p) => p.replace(/[^A-Za-z0-9]+/g, (m) => "_" + [...m].map((c) => c.codePointAt(0)!.toString(16)).join("_") + "_")).join("--")}`;
}
