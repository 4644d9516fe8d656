/**
 * Checks on a field's own declaration:
 * - `unknown-type`: a type the language does not have (nearest suggested);
 * - `missing-options` / `unexpected-options`: `choice` and `multichoice` need options, other types take none;
 * - `invalid-lookback`: `lookback` on a field that is not a number or date, or with an unknown unit;
 * - `invalid-range`: `min` greater than `max`, or `min`/`max` on a field that is not a number;
 * - `missing-label`: a field nobody could answer, because it shows no question.
 */
import { FIELD_TYPES, type Field } from "../../language/ast";
import { canonicalUnit, DURATION_UNITS } from "../../language/durations";
import { quoteString } from "../../language/strings";
import { nearest } from "../../language/suggest";
import type { BuiltinCheck, CheckContext } from "./check-context";

export const fieldShape: BuiltinCheck = {
  ids: ["unknown-type", "missing-options", "unexpected-options", "invalid-lookback", "invalid-range", "missing-label"],
  description: "Each field has a known type, options exactly when it is a choice, a look-back only on numbers and dates, and a label.",
  run(ctx) {
    for (const item of ctx.doc.ast.items) {
      if (item.kind !== "form") continue;
      const fields = ctx.index.formModel(item).fields;
      for (let i = 0; i < fields.length; i++) checkField(ctx, fields[i].field);
    }
  },
};

/** The field's id as messages quote it: made only for a message, not for every field checked. */
/** A text as a message quotes it: its first 60 characters, on one line. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

function quotedId(f: Field): string {
  return `\`${f.name.text}\``;
}

function checkField(ctx: CheckContext, f: Field) {
  const type = f.type?.text;
  if (f.type && !(FIELD_TYPES as readonly string[]).includes(f.type.text)) {
    const s = nearest(f.type.text, FIELD_TYPES);
    ctx.report("unknown-type", "error", `Field ${quotedId(f)} has unknown type \`${f.type.text}\`${s ? `: did you mean \`${s}\`?` : `: use one of ${FIELD_TYPES.join(", ")}.`}`, f.type.span, { kind: "unknown-id", id: f.type.text, suggestion: s });
  }
  const isChoice = type === "choice" || type === "multichoice";
  if (isChoice && f.options.length === 0) {
    ctx.report("missing-options", "error", `Field ${quotedId(f)} is a ${type} but has no options: add \`options "…", "…"\` so there is something to choose.`, f.name.span);
  }
  // Only a typed non-choice field can have unexpected options: no search of the props otherwise.
  const optionsProp = !isChoice && type ? f.props.find((p) => p.keyword === "options") : undefined;
  if (optionsProp) {
    ctx.report("unexpected-options", "error", `Field ${quotedId(f)} is a ${type}, which takes no options: make it a choice or multichoice, or remove the options.`, optionsProp.span);
  }
  if (f.lookback) {
    if (type && type !== "number" && type !== "date" && type !== "datetime") {
      ctx.report("invalid-lookback", "error", `Field ${quotedId(f)} is a ${type}; a look-back period only makes sense on a number (a count over a period) or a date field.`, f.lookback.span);
    }
    if (!canonicalUnit(f.lookback.unit.text)) {
      const s = nearest(f.lookback.unit.text, DURATION_UNITS);
      ctx.report("invalid-lookback", "error", `\`${f.lookback.unit.text}\` is not a unit of time${s ? `: did you mean \`${s}\`?` : `: use ${DURATION_UNITS.join(", ")}.`}`, f.lookback.unit.span);
    } else if (f.lookback.amount <= 0) {
      ctx.report("invalid-lookback", "error", `Field ${quotedId(f)} looks back ${f.lookback.amount} ${f.lookback.unit.text}: a look-back must be longer than zero.`, f.lookback.span);
    }
  }
  // Each bound in turn, without an array of the two for every field of every form.
  if ((f.min || f.max) && type && type !== "number") {
    const message = `Field ${quotedId(f)} is a ${type}: \`min\` and \`max\` apply to number fields only.`;
    if (f.min) ctx.report("invalid-range", "error", message, f.min.span);
    if (f.max) ctx.report("invalid-range", "error", message, f.max.span);
  }
  if (f.min && f.max && f.min.value > f.max.value) {
    ctx.report("invalid-range", "error", `Field ${quotedId(f)} has \`min ${f.min.text}\` greater than \`max ${f.max.text}\`: no answer could satisfy both.`, f.min.span);
  }
  // A hidden field shows no question by design (it carries a calculated or pre-filled value).
  if (!f.label && f.name.text && !f.hidden) {
    // A Questionnaire may put a question's words only in a fly-over or help display item (imported as help),
    // which a form shows as a hint or tooltip, not as the question: say so, rather than "no question".
    const help = f.help?.value.trim();
    const message = help
      ? `Field ${quotedId(f)} has no label, only help text (${quoteString(excerpt(help))}), which a form shows as a hint or tooltip rather than as the question: if it is the question, make it the label; otherwise add \`label "…"\` in words the person completing the form will understand.`
      : `Field ${quotedId(f)} has no label, so the form shows no question for it: add \`label "…"\` in words the person completing the form will understand.`;
    ctx.report("missing-label", "warning", message, f.name.span, { kind: "missing-label", field: f.name.text });
  }
}
