/** Does a rule's `applies` selector select this form? No selector: every form. */
import type { Form, Selector } from "../../language/ast";

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
