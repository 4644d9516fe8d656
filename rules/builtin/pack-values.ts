/**
 * Checks every value a rule gives against what the engine and the concepts declare, so a pack
 * can never ask for what no form could satisfy (each with "did you mean" where there is a
 * likely intent):
 * - `invalid-requirement`: a `lookback` unit that is not a unit of time, a `with type` the
 *   language does not have, a `require header` property forms do not have, an
 *   `options include` the concept does not offer, a `shown when` comparing a concept in a way
 *   its type cannot be compared (or with a value it cannot take), a `shown when` on the very
 *   concept it requires;
 * - `invalid-applies`: an `ages include` no person has, and an `applies` no form can meet.
 * Reported on the pack, where the mistake is, never only as noise in every form.
 */
import { FIELD_TYPES, type CompareOp, type ConceptDecl, type Constraint, type Requirement, type RuleDecl, type ShownWhen } from "../../language/ast";
import { canonicalUnit, DURATION_UNITS } from "../../language/durations";
import { nearest } from "../../language/suggest";
import type { BuiltinCheck, CheckContext } from "./check-context";
import { unsatisfiable } from "./satisfiable";

/** The header properties a form may declare (`require header …`). */
export const HEADER_PROPERTIES = ["service", "audience", "ages", "version", "owner", "tags"];
/** Oldest age `ages include` may name: beyond it no form's range can reach. */
export const MAX_AGE = 120;
const ORDERED_TYPES = ["number", "date", "datetime"];

export const packValues: BuiltinCheck = {
  ids: ["invalid-requirement", "invalid-applies"],
  description: "Every value a rule gives (look-back units, types, header properties, options, shown-when comparisons, ages) is one the engine and the concept allow, and every `applies` can be met.",
  run(ctx) {
    for (const item of ctx.doc.ast.items) {
      if (item.kind !== "rule") continue;
      for (const req of item.requires) checkRequirement(ctx, item, req);
      checkApplies(ctx, item);
    }
  },
};

const quoted = (s: string) => JSON.stringify(s);
const didYouMean = (s: string | undefined, q = (x: string) => `\`${x}\``) => (s ? `: did you mean ${q(s)}?` : "");

function concept(ctx: CheckContext, id: string): ConceptDecl | undefined {
  return ctx.index.concepts.get(id)?.[0]?.node;
}

function checkRequirement(ctx: CheckContext, rule: RuleDecl, req: Requirement) {
  const name = `Rule \`${rule.name.text}\``;
  for (const h of req.header ?? []) {
    if (HEADER_PROPERTIES.includes(h.text)) continue;
    ctx.report("invalid-requirement", "error", `${name} requires header \`${h.text}\`, which no form can declare${didYouMean(nearest(h.text, HEADER_PROPERTIES))} (header properties: ${HEADER_PROPERTIES.join(", ")}).`, h.span);
  }
  for (const c of req.constraints) checkConstraint(ctx, name, req, c);
  if (req.shownWhen) checkShownWhen(ctx, name, req, req.shownWhen);
}

function checkConstraint(ctx: CheckContext, name: string, req: Requirement, c: Constraint) {
  switch (c.kind) {
    case "lookback": {
      const unit = c.duration.unit;
      if (!canonicalUnit(unit.text)) {
        ctx.report("invalid-requirement", "error", `${name}: \`${unit.text}\` is not a unit of time${didYouMean(nearest(unit.text, DURATION_UNITS))} (units: ${DURATION_UNITS.join(", ")}).`, unit.span);
      } else if (c.duration.amount <= 0) {
        ctx.report("invalid-requirement", "error", `${name}: a look-back of ${c.duration.amount} ${unit.text} is no look-back; give a period longer than zero.`, c.duration.span);
      }
      return;
    }
    case "type":
      for (const t of c.types) {
        if ((FIELD_TYPES as readonly string[]).includes(t.text)) continue;
        ctx.report("invalid-requirement", "error", `${name}: \`${t.text}\` is not a field type${didYouMean(nearest(t.text, FIELD_TYPES))} (types: ${FIELD_TYPES.join(", ")}).`, t.span);
      }
      return;
    case "options-include":
      for (const id of req.concepts) {
        const options = concept(ctx, id.text)?.options.map((o) => o.value) ?? [];
        if (options.length === 0 || options.includes(c.option.value)) continue;
        ctx.report(
          "invalid-requirement",
          "error",
          `${name}: concept \`${id.text}\` has no option ${quoted(c.option.value)}${didYouMean(nearest(c.option.value, options), quoted)} (its options: ${options.map(quoted).join(", ")}).`,
          c.option.span,
        );
      }
  }
}

function checkShownWhen(ctx: CheckContext, name: string, req: Requirement, s: ShownWhen) {
  if (req.concepts.some((c) => c.text === s.concept.text)) {
    ctx.report("invalid-requirement", "error", `${name} requires \`${s.concept.text}\` shown when \`${s.concept.text}\` itself ${s.op} …: a field cannot be shown depending on its own answer. Name the concept whose answer decides.`, s.concept.span);
    return;
  }
  const decl = concept(ctx, s.concept.text);
  const type = decl?.suggest?.type.text;
  if (!type) return; // an unknown concept is `unknown-concept`'s; one without a type cannot be judged
  const problem = shownValueProblem(type, s, decl!.options.map((o) => o.value));
  if (problem) ctx.report("invalid-requirement", "error", `${name}: \`shown when ${s.concept.text} ${s.op} …\`: ${problem}`, s.value.span);
}

function shownValueProblem(type: string, s: ShownWhen, options: string[]): string | undefined {
  const ordered: CompareOp[] = ["<", "<=", ">", ">="];
  const v = s.value;
  const what = `\`${s.concept.text}\` is answered in a ${type} field`;
  if (ordered.includes(s.op) && !ORDERED_TYPES.includes(type)) return `${what}, which cannot be compared with ${s.op}; only numbers and dates can.`;
  switch (type) {
    case "yesno":
      return v.kind === "word" && (v.text === "yes" || v.text === "no") ? undefined : `${what}: compare it with yes or no.`;
    case "number":
      return v.kind === "number" ? undefined : `${what}: compare it with a number.`;
    case "choice":
    case "multichoice":
      if (v.kind !== "string") return `${what}: compare it with one of its options in quotes${options.length ? ` (${options.map(quoted).join(", ")})` : ""}.`;
      if (options.length && !options.includes(v.value)) return `${what} with no option ${quoted(v.value)}${didYouMean(nearest(v.value, options), quoted)} (its options: ${options.map(quoted).join(", ")}).`;
      return undefined;
    default:
      return v.kind === "word" ? `${what}: it cannot be yes or no.` : undefined;
  }
}

function checkApplies(ctx: CheckContext, rule: RuleDecl) {
  const sel = rule.applies;
  if (!sel) return;
  let agesOk = true;
  const walk = (s: typeof sel) => {
    if (s.kind === "and" || s.kind === "or") (walk(s.left), walk(s.right));
    else if (s.kind === "not") walk(s.operand);
    else if (s.kind === "ages" && (!Number.isInteger(s.age.value) || s.age.value < 0 || s.age.value > MAX_AGE)) {
      agesOk = false;
      ctx.report("invalid-applies", "error", `Rule \`${rule.name.text}\` applies to forms whose ages include ${s.age.text}: an age is a whole number of years from 0 to ${MAX_AGE}.`, s.age.span);
    }
  };
  walk(sel);
  if (agesOk && unsatisfiable(sel)) {
    ctx.report("invalid-applies", "error", `Rule \`${rule.name.text}\` applies to no form at all: no service, audience, ages and tags can meet this \`applies\`, so the rule can never find anything.`, sel.span);
  }
}
