/** Does a rule's `applies` selector select this form? No selector: every form. */
import type { Form, Selector } from "../../language/ast";
import type { CompiledRule } from "../rule-set";

export function applies(selector: Selector | undefined, form: Form): boolean {
  if (!selector) return true;
  switch (selector.kind) {
    case "and": return applies(selector.left, form) && applies(selector.right, form);
    case "or": return applies(selector.left, form) || applies(selector.right, form);
    case "not": return !applies(selector.operand, form);
    case "service": return !!form.service && selector.services.some((s) => s.text === form.service!.text);
    case "audience": return form.audiences.some((a) => a.text === selector.audience.text);
    case "ages": return !!form.ages && form.ages.min.value <= selector.age.value && selector.age.value <= form.ages.max.value;
    case "tag": return form.tags.some((t) => t.text === selector.tag.text);
  }
}

/**
 * The rules of `rules` whose selector selects `form`. A selector reads only a form's service,
 * audiences, age range and tags, and a trust's forms share a handful of those: the answer is
 * worked out once per such profile and pack snapshot, not once per form (118 rules each).
 */
export function applicableRules(rules: readonly CompiledRule[], form: Form): readonly CompiledRule[] {
  // Asked twice per form in a check (missing concepts, then the rules themselves): the second
  // time is one lookup, without building the profile string again. Keyed by the form node and
  // checked against the same rules array, so a new pack snapshot or an edited form asks afresh.
  const last = lastByForm.get(form);
  if (last && last.rules === rules) return last.found;
  const found = applicableByProfile(rules, form);
  lastByForm.set(form, { rules, found });
  return found;
}

const lastByForm = new WeakMap<Form, { rules: readonly CompiledRule[]; found: readonly CompiledRule[] }>();

function applicableByProfile(rules: readonly CompiledRule[], form: Form): readonly CompiledRule[] {
  let byProfile = applicableByRules.get(rules);
  if (!byProfile) applicableByRules.set(rules, (byProfile = new Map()));
  const key = profileOf(form);
  let found = byProfile.get(key);
  if (!found) {
    found = rules.filter((r) => applies(r.decl.applies, form));
    // Bounded: forms that all differ (a fuzz run) must not grow it without end.
    if (byProfile.size >= 1024) byProfile.clear();
    byProfile.set(key, found);
  }
  return found;
}

const applicableByRules = new WeakMap<readonly CompiledRule[], Map<string, CompiledRule[]>>();

/** Everything `applies` reads of a form, as one string. */
function profileOf(form: Form): string {
  const ages = form.ages ? `${form.ages.min.value}..${form.ages.max.value}` : "";
  return `${form.service?.text ?? ""}\u0000${form.audiences.map((a) => a.text).join("\u0001")}\u0000${ages}\u0000${form.tags.map((t) => t.text).join("\u0001")}`;
}
