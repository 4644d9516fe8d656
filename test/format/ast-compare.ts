/** Comparing documents by meaning: the AST with every span replaced by a marker, and the comments' words. */
import { parseDocument } from "../../language/parse";

function isSpan(v: unknown): boolean {
  if (!v || typeof v !== "object") return false;
  const keys = Object.keys(v);
  return keys.length === 2 && typeof (v as { start?: unknown }).start === "number" && typeof (v as { end?: unknown }).end === "number";
}

/** Spans become "<span>" (so a lost `required` or `{ }` still shows), everything else is kept. */
export function stripSpans(v: unknown): unknown {
  if (isSpan(v)) return "<span>";
  if (Array.isArray(v)) return v.map(stripSpans);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = stripSpans(x);
    return out;
  }
  return v;
}

/** The AST's items without spans. */
export function meaning(text: string): unknown {
  const doc = parseDocument("/test/doc.form", text);
  return stripSpans(doc.ast.items);
}

/** Each comment's words (white space runs collapsed): what a reader of the comment sees. */
export function commentWords(text: string): string[] {
  return parseDocument("/test/doc.form", text).ast.comments.map((c) => c.text.replace(/\s+/g, " ").trim());
}
