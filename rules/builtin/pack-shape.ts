/**
 * Checks on rule packs, so that a rule can never be silently toothless:
 * - `invalid-rule`: a rule without a title, a severity, a `require`, or a citation; a severity
 *   that is not error, warning or info; a `require` with a `shown when` on an unknown concept;
 * - `invalid-concept`: a `suggest` type the language does not have;
 * - `invalid-recommendation`: a recommendation declared both not checkable and partly.
 */
import { FIELD_TYPES } from "../../language/ast";
import { nearest } from "../../language/suggest";
import type { BuiltinCheck } from "./check-context";

export const packShape: BuiltinCheck = {
  ids: ["invalid-rule", "invalid-concept", "invalid-recommendation"],
  description: "Every rule has a title, a severity, at least one requirement and a citation; concept suggestions use real field types.",
  run(ctx) {
    for (const item of ctx.doc.ast.items) {
      if (item.kind === "rule") {
        const name = `Rule \`${item.name.text}\``;
        if (!item.title) ctx.report("invalid-rule", "error", `${name} has no \`title\`: say in one line what the form must do.`, item.name.span);
        if (!item.severity) ctx.report("invalid-rule", "error", `${name} has no \`severity\`: write severity error, warning or info.`, item.name.span);
        else if (!["error", "warning", "info"].includes(item.severity.text)) {
          ctx.report("invalid-rule", "error", `${name} has severity \`${item.severity.text}\`: write error, warning or info.`, item.severity.span);
        }
        if (item.requires.length === 0) ctx.report("invalid-rule", "error", `${name} has no \`require\`, so it can never find anything.`, item.name.span);
        if (item.citations.length === 0) ctx.report("invalid-rule", "error", `${name} cites nothing: every rule must cite the paragraph or recommendation it enforces.`, item.name.span);
      }
      if (item.kind === "concept" && item.suggest && !(FIELD_TYPES as readonly string[]).includes(item.suggest.type.text)) {
        const s = nearest(item.suggest.type.text, FIELD_TYPES);
        ctx.report("invalid-concept", "error", `Concept \`${item.name.text}\` suggests unknown type \`${item.suggest.type.text}\`${s ? `: did you mean \`${s}\`?` : "."}`, item.suggest.type.span);
      }
      if (item.kind === "recommendation" && item.notCheckable && item.partly) {
        ctx.report("invalid-recommendation", "error", `Recommendation ${item.ref.text} is declared both not checkable and partly checkable: keep one.`, item.ref.span);
      }
    }
  },
};
