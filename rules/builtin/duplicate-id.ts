/**
 * `duplicate-id`: two fields (or two sections) with one id in a form, two forms with one id in the
 * workspace, and two declarations of one concept, service, audience, rule or recommendation.
 * Also `duplicate-property`: a property given twice where only one counts.
 */
import type { Field, Section } from "../../language/ast";
import type { BuiltinCheck } from "./check-context";
import { walkMembers } from "../../language/walk";
import { recommendationKey, WorkspaceIndex } from "../../language/model/workspace";
import { isFormLanguageName } from "../../language/file-kinds";
import { pathBetween } from "../../language/path-between";

/** Properties that may be given more than once, by what holds them. */
const FIELD_REPEATABLE = ["covers", "options"];
const FORM_REPEATABLE = ["audience", "tags"];
const RULE_REPEATABLE = ["require", "cites", "quote", "implements"];

export const duplicateId: BuiltinCheck = {
  ids: ["duplicate-id", "duplicate-property"],
  description: "Ids must be unique: fields and sections within a form, forms and pack declarations within the workspace.",
  run(ctx) {
    const { doc, index } = ctx;
    for (const item of doc.ast.items) {
      if (item.kind === "form") {
        // Fields and sections have separate namespaces: `when` names only fields, so a
        // section `plan` holding a field `plan` is unambiguous.
        const seen = { field: new Map<string, Field | Section>(), section: new Map<string, Field | Section>() };
        walkMembers(item.members, (m) => {
          const id = m.name.text;
          if (id) {
            const first = seen[m.kind].get(id);
            if (first) {
              const line = doc.lines.position(first.name.span.start).line + 1;
              ctx.report("duplicate-id", "error", `The id \`${id}\` is already used by the ${first.kind} on line ${line} of form \`${item.name.text}\`: give this ${m.kind} a different id.`, m.name.span, { kind: "duplicate-id", id, first: first.name.span });
            } else seen[m.kind].set(id, m);
          }
          if (m.kind === "field") reportDuplicateProps(m.props, () => `field \`${m.name.text}\``, FIELD_REPEATABLE);
        });
        reportDuplicateProps(item.headerProps, () => `form \`${item.name.text}\``, FORM_REPEATABLE);
        const others = index.forms.get(item.name.text) ?? [];
        if (others.length > 1 && others[0].node !== item) {
          const o = others[0];
          // A form imported from a Questionnaire has no line of its own in the JSON: name the file only.
          const where = isFormLanguageName(o.uri) ? `${near(o.uri)}:${lineOf(o)}` : near(o.uri);
          ctx.report("duplicate-id", "error", `Another form is already called \`${item.name.text}\` (${where}): form ids must be unique across the workspace.`, item.name.span, { kind: "duplicate-form", id: item.name.text, otherUri: o.uri });
        }
      }
      if (item.kind === "rule") reportDuplicateProps(item.props, () => `rule \`${item.name.text}\``, RULE_REPEATABLE);
      const table =
        item.kind === "concept" ? index.concepts : item.kind === "service" ? index.services : item.kind === "audience" ? index.audiences : item.kind === "pack" ? index.packs : undefined;
      if (table && item.kind !== "form" && item.kind !== "rule" && item.kind !== "recommendation") {
        const defs = table.get(item.name.text) ?? [];
        if (defs.length > 1 && defs[0].node !== item) {
          if (item.kind === "pack") {
            // One pack loaded twice (two versions, or two copies): name both sources and versions.
            const first = defs[0].node as typeof item;
            const v = (p: typeof item) => (p.version ? `version ${p.version.value}` : "no version");
            ctx.report("duplicate-id", "error", `The pack \`${item.name.text}\` is loaded twice: ${v(first)} from ${near(defs[0].uri)} and ${v(item)} from ${near(doc.uri)}. Load only one of them.`, item.name.span);
          } else ctx.report("duplicate-id", "error", `The ${item.kind} \`${item.name.text}\` is already declared (${near(defs[0].uri)}:${lineOf(defs[0])}).`, item.name.span);
        }
      }
      if (item.kind === "rule") {
        const sym = [...index.rules.values()].find((l) => l.some((r) => r.node === item));
        if (sym && sym.length > 1 && sym[0].node !== item) {
          ctx.report("duplicate-id", "error", `The rule \`${sym[0].id}\` is already declared (${near(sym[0].uri)}:${lineOf(sym[0])}).`, item.name.span);
        }
      }
      if (item.kind === "recommendation") {
        const defs = index.recommendations.get(recommendationKey(WorkspaceIndex.packNameOf(doc), item.ref.text)) ?? [];
        if (defs.length > 1 && defs[0].node !== item) {
          ctx.report("duplicate-id", "error", `Recommendation ${item.ref.text} is already declared (${near(defs[0].uri)}:${lineOf(defs[0])}).`, item.ref.span);
        }
      }
    }

    /** Another document as this one's reader can find it: from this document's folder when near (language/path-between.ts). */
    function near(uri: string): string {
      return pathBetween(doc.uri, uri);
    }

    function lineOf(def: { uri: string; nameSpan: { start: number } }): number {
      const d = index.documents.find((x) => x.uri === def.uri);
      return d ? d.lines.position(def.nameSpan.start).line + 1 : 0;
    }

    /**
     * Each property given again after its first (`repeatable` ones aside). Asked of every field
     * of every form: the owner's name is written only when there is something to report, and a
     * field's handful of properties is searched in place; a set is made only for a long list,
     * so a hostile declaration with thousands of properties stays linear.
     */
    function reportDuplicateProps(props: { keyword: string; keywordSpan: { start: number; end: number } }[], owner: () => string, repeatable: readonly string[]) {
      const seen = props.length > 16 ? new Set<string>() : undefined;
      for (let i = 0; i < props.length; i++) {
        const keyword = props[i].keyword;
        if (repeatable.includes(keyword)) continue;
        let before = false;
        if (seen) {
          before = seen.has(keyword);
          seen.add(keyword);
        } else for (let j = 0; j < i && !before; j++) before = props[j].keyword === keyword;
        if (before) ctx.report("duplicate-property", "error", `\`${keyword}\` is given twice in ${owner()}: only one counts, so remove the other.`, props[i].keywordSpan);
      }
    }
  },
};
