/**
 * `unknown-concept`, `unknown-service`, `unknown-audience`, `unknown-rule`: a reference to an
 * id nothing declares, with the nearest declared id suggested ("did you mean …?").
 */
import { nearest } from "../../language/suggest";
import type { BuiltinCheck } from "./check-context";

const KINDS = {
  concept: { id: "unknown-concept", noun: "concept" },
  service: { id: "unknown-service", noun: "service" },
  audience: { id: "unknown-audience", noun: "audience" },
  rule: { id: "unknown-rule", noun: "rule" },
} as const;

export const unknownIds: BuiltinCheck = {
  ids: Object.values(KINDS).map((k) => k.id),
  description: "Every concept, service, audience and rule id used must be declared by a loaded pack.",
  run(ctx) {
    const { index, doc } = ctx;
    // Index loop, and the declared ids (a Map iterator) taken only for an id that is unknown:
    // this runs for every reference of every document, and nearly all of them resolve.
    const refs = index.references.get(doc.uri) ?? [];
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i];
      if (!(ref.kind in KINDS)) continue;
      const k = KINDS[ref.kind as keyof typeof KINDS];
      let known: Iterable<string>;
      if (ref.kind === "rule") {
        const matches = index.resolveRule(ref.id);
        if (matches.length > 1 && !ref.id.includes("/")) {
          ctx.report("unknown-rule", "error", `\`${ref.id}\` names rules in several packs (${matches.map((m) => m.id).join(", ")}): write the qualified id.`, ref.span, { kind: "unknown-id", id: ref.id, candidates: matches.map((m) => m.id) });
          continue;
        }
        if (matches.length > 0) continue;
        known = ref.id.includes("/") ? index.rules.keys() : index.rulesByBareName.keys();
      } else {
        const table = ref.kind === "concept" ? index.concepts : ref.kind === "service" ? index.services : index.audiences;
        if (table.has(ref.id)) continue;
        known = table.keys();
      }
      const suggestion = nearest(ref.id, known);
      ctx.report(
        k.id,
        "error",
        `Unknown ${k.noun} \`${ref.id}\`${suggestion ? `: did you mean \`${suggestion}\`?` : `: no loaded pack declares it${ref.kind === "rule" ? " (run `formguard rules` to list rule ids)" : ""}.`}`,
        ref.span,
        { kind: "unknown-id", id: ref.id, suggestion },
      );
    }
  },
};
