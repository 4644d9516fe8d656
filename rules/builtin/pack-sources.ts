/**
 * Quotes checked against the pack's own source (`source-text "path"` in the pack header):
 * - `quote-not-in-source`: a quote that does not occur in that text (after normalising
 *   whitespace, quote marks and emphasis), reported on the quote;
 * - `unchecked-quotes`: an info on the pack when its quotes could not be checked — it names no
 *   source text, or the text is not found — so a pack never passes as checked when it was not.
 */
import type { Pack } from "../../language/ast";
import { findSourceText, normaliseQuoteText } from "../source-text";
import type { BuiltinCheck } from "./check-context";

export const packSources: BuiltinCheck = {
  ids: ["quote-not-in-source", "unchecked-quotes"],
  description: "Every quote of a pack occurs in the pack's source text (`source-text` in its header); a pack whose quotes could not be checked says so.",
  run(ctx) {
    const items = ctx.doc.ast.items;
    const pack = items.find((i): i is Pack => i.kind === "pack");
    const quotes = items.flatMap((i) => (i.kind === "rule" ? i.quotes : []));
    if (!pack || quotes.length === 0) return;
    if (!pack.sourceText) {
      ctx.report("unchecked-quotes", "info", `The quotes of pack \`${pack.name.text}\` were not checked: it names no source text. Add \`source-text "file.txt"\` to the pack header (the source document as plain text, beside the pack).`, pack.name.span);
      return;
    }
    const found = findSourceText(ctx.doc.uri, pack.sourceText.value);
    if (found.text === undefined) {
      ctx.report("unchecked-quotes", "info", `The quotes of pack \`${pack.name.text}\` were not checked: its source text was not found (looked for ${found.tried.join(", ") || pack.sourceText.value}).`, pack.sourceText.span, { kind: "unchecked-quotes", tried: found.tried });
      return;
    }
    for (const q of quotes) {
      if (found.text.includes(normaliseQuoteText(q.value))) continue;
      ctx.report("quote-not-in-source", "error", `This quote does not occur in the pack's source text (${found.path}): quote it exactly as the source has it (only spacing and the style of quote marks may differ).`, q.span);
    }
  },
};
