/**
 * Checks on a form as a whole:
 * - `no-form`: a form spec (`*.form`, standard input) that declares no form at all — emptied by a
 *   failed export, or only comments — is checked against nothing, which would pass silently;
 * - `empty-section`: a section with no fields asks nothing;
 * - `missing-service`: a form that declares no service gets no requirements at all, which
 *   would pass silently — so say so;
 * - `invalid-ages`: an age range whose start is after its end.
 */
import type { BuiltinCheck } from "./check-context";
import { allSections } from "../../language/walk";
import type { ParsedDocument } from "../../language/parse";
import { isFormSpecName } from "../../language/file-kinds";

/** The first line's text, where a finding about the whole file is shown (all of it when that line is blank; empty only in an empty file). */
function firstLine(text: string) {
  const end = text.search(/\r?\n/);
  return { start: 0, end: end <= 0 ? text.length : end };
}

/**
 * A form spec with no form in it. Only for `.form` files (a pack holds none), and only when it
 * parsed cleanly: a form whose header is misspelt already has its syntax error. The audit report
 * lists such a file as not assessed (report/model.ts), whatever level the check is set to.
 */
export function declaresNoForm(doc: ParsedDocument): boolean {
  return isFormSpecName(doc.uri) && doc.syntaxErrors.length === 0 && !doc.ast.items.some((i) => i.kind === "form");
}

export const formShape: BuiltinCheck = {
  ids: ["no-form", "empty-section", "missing-service", "invalid-ages"],
  description: "A form spec declares a form; sections hold fields; a form names its service so that the right requirements apply; ages run low to high.",
  run(ctx) {
    if (declaresNoForm(ctx.doc)) {
      ctx.report(
        "no-form",
        "warning",
        `This file declares no form, so nothing in it is checked against the safeguarding requirements: a form spec starts \`form <id> "<title>" {\` and names its service.`,
        firstLine(ctx.doc.text),
      );
    }
    for (const item of ctx.doc.ast.items) {
      if (item.kind !== "form") continue;
      for (const s of allSections(item.members)) {
        if (s.members.length === 0) ctx.report("empty-section", "warning", `Section \`${s.name.text}\` is empty: add its fields or remove it.`, s.name.span, { kind: "empty-section", section: s.name.text });
      }
      if (!item.service && item.name.text) {
        ctx.report(
          "missing-service",
          "warning",
          `Form \`${item.name.text}\` does not say which service it is for, so no safeguarding requirement is checked: add \`service …\` (e.g. \`service emergency-department\`).`,
          item.name.span,
        );
      }
      if (item.ages && item.ages.min.value > item.ages.max.value) {
        ctx.report("invalid-ages", "error", `\`ages ${item.ages.min.text}..${item.ages.max.text}\` runs backwards: write the youngest age first.`, item.ages.span);
      }
    }
  },
};
