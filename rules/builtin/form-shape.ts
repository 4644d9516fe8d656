/**
 * Checks on a form as a whole:
 * - `empty-section`: a section with no fields asks nothing;
 * - `missing-service`: a form that declares no service gets no requirements at all, which
 *   would pass silently — so say so;
 * - `invalid-ages`: an age range whose start is after its end.
 */
import type { BuiltinCheck } from "./check-context";
import { allSections } from "../../language/walk";

export const formShape: BuiltinCheck = {
  ids: ["empty-section", "missing-service", "invalid-ages"],
  description: "Sections hold fields; a form names its service so that the right requirements apply; ages run low to high.",
  run(ctx) {
    for (const item of ctx.doc.ast.items) {
      if (item.kind !== "form") continue;
      for (const s of allSections(item.members)) {
        if (s.members.length === 0) ctx.report("empty-section", "warning", `Section \`${s.name.text}\` is empty: add its fields or remove it.`, s.name.span);
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
