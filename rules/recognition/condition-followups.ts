/**
 * A field shown only when another is answered yes asks what follows from that answer: "If yes,
 * what has been done?" under "Did the child leave before treatment?", "If yes, give details"
 * under "Do you look after any children?". Its label says nothing of what it is about; its
 * condition does. The packs say which concept follows which (`require did-not-wait.follow-up shown
 * when attendance.left-before-treatment = yes`), so the rules themselves tell what such a field is:
 * nothing here names a concept.
 *
 * Only a field worded as a follow-up ("If yes, …", "If declined: …", "Details", "Action taken", "What has been
 * done?", "Plan if declined", "What will happen next?"; at its start or in a later clause) whose own words recognise nothing that counts on the form (an example
 * in brackets may name something: "(referral to the LAC nurse…)"), shown when one field equals yes,
 * where that field covers (or is recognised as) the concept a requirement's `shown when` names, and
 * only for a concept the form still needs and the field's type can hold. "Presenting complaint"
 * shown on the same yes asks what it says, whatever it follows.
 */
import type { Field } from "../../language/ast";
import type { CompiledRule } from "../rule-set";

/** Concept → the concepts required to be shown when it is answered yes, by these rules. */
const dependentsByRules = new WeakMap<readonly CompiledRule[], Map<string, string[]>>();
export function followUpsRequired(rules: readonly CompiledRule[]): ReadonlyMap<string, string[]> {
  let out = dependentsByRules.get(rules);
  if (!out) {
    out = new Map();
    for (const rule of rules) {
      for (const req of rule.decl.requires) {
        const when = req.shownWhen;
        if (!when || when.op !== "=" || when.value.kind !== "word" || when.value.text !== "yes") continue;
        const list = out.get(when.concept.text) ?? [];
        for (const c of req.concepts) if (!list.includes(c.text)) list.push(c.text);
        out.set(when.concept.text, list);
      }
    }
    dependentsByRules.set(rules, out);
  }
  return out;
}

/**
 * The field a field's `when` asks to be yes (`when X = yes`), if that is its whole condition; a
 * choice's option "Yes" is its yes (`when left_early = "Yes"`), and anything but no is yes too
 * (`when declined != "No"`, beside the options "Declined in full" and "Declined in part").
 */
export function shownWhenYes(field: Field): string | undefined {
  const c = field.when;
  if (c?.kind !== "compare" || (c.op !== "=" && c.op !== "!=")) return undefined;
  const word = c.op === "=" ? /^\s*(?:yes|y)\s*$/i : /^\s*(?:no|n)\s*$/i;
  const yes = c.value.kind === "word" ? word.test(c.value.text) : c.value.kind === "string" && word.test(c.value.value);
  return yes ? c.field.text : undefined;
}

/**
 * The openings of a follow-up's label: it asks what follows the answer, not a topic of its own. In
 * plain words too (round 24, set AI): "What help did you offer?", "What have we done about it?",
 * "What did you do to follow this up?".
 */
const FOLLOW_UP = /^\s*(?:if\s+(?:yes|so|declined|refused)\b|(?:please\s+)?(?:give|provide|add|record|state)\s+(?:details|more|further|any)\b|(?:please\s+)?(?:specify|describe|explain)\b|(?:further\s+|more\s+)?(?:details?|information)\b|(?:what|which)\s+(?:has\s+been|have\s+been|was|were|will\s+be|is)\s+(?:done|agreed|planned|arranged|offered)\b|(?:what|which)\s+(?:follow[\s-]?up|actions?|steps|support|plan)\b|(?:what|which)\s+(?:help|support|advice)\s+(?:did|do|was|were|has|have)\b|what\s+(?:did|have)\s+(?:you|we)\s+(?:do|done)\b|actions?\b|steps\s+(?:taken|agreed|planned)\b|what\s+(?:will\s+happen|happens)\s+next\b|(?:document|record|note)\s+(?:the\s+|any\s+)?(?:follow[\s-]?up|actions?\s+taken)\b|next\s+steps\b|follow[\s-]?up\b|plan\b|outcome\b|comments?\b|names?\b)/i;

/** A clause after the first: after a colon, a question mark, or a comma and "and". */
const LATER_CLAUSE = /(?:[:?]|,\s*and)\s+/;

/**
 * Whether a label is worded as a follow-up of the answer before it (item number aside), at its
 * start or in a later clause: "Which parts were declined, and what has been arranged?", "Referral
 * to the LAC nurse for follow-up: what was agreed and when they will be seen".
 */
export function wordedAsFollowUp(label: string): boolean {
  if (FOLLOW_UP.test(label)) return true;
  const parts = label.split(LATER_CLAUSE);
  for (let i = 1; i < parts.length; i++) if (FOLLOW_UP.test(parts[i])) return true;
  return false;
}
