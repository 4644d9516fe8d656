/**
 * A replacement of a span of text. The formatter, `--fix` and the editor's quick fixes all
 * speak in these, so the CLI and the editor apply exactly the same change.
 */
import type { Span } from "./diagnostic";

export interface TextEdit {
  span: Span;
  newText: string;
}

/** Applies non-overlapping edits (in any order) to a text. Overlapping edits are a bug: throws. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.span.start < at) throw new Error(`overlapping edits at offset ${e.span.start}`);
    if (e.span.end < e.span.start || e.span.end > text.length) throw new Error(`edit outside the text: ${e.span.start}-${e.span.end}`);
    out += text.slice(at, e.span.start) + e.newText;
    at = e.span.end;
  }
  return out + text.slice(at);
}
