/**
 * Could a rule's `applies` select this form? Like the engine's `applies`, but a header the form
 * does not declare yet (no audience, no ages, no tags, no service) counts as "maybe", so while a
 * form is being written its likely rules still rank their concepts first in completion.
 */
import type { Form, Selector } from "../language/ast";

type Maybe = boolean | "maybe";

function evaluate(s: Selector, form: Form): Maybe {
  switch (s.kind) {
    case "and": {
      const l = evaluate(s.left, form);
      const r = evaluate(s.right, form);
      return l === false || r === false ? false : l === true && r === true ? true : "maybe";
    }
    case "or": {
      const l = evaluate(s.left, form);
      const r = evaluate(s.right, form);
      return l === true || r === true ? true : l === false && r === false ? false : "maybe";
    }
    case "not": {
      const v = evaluate(s.operand, form);
      return v === "maybe" ? v : !v;
    }
    case "service":
      return form.service ? s.services.some((x) => x.text === form.service!.text) : "maybe";
    case "audience":
      return form.audiences.length ? form.audiences.some((a) => a.text === s.audience.text) : "maybe";
    case "ages":
      return form.ages ? form.ages.min.value <= s.age.value && s.age.value <= form.ages.max.value : "maybe";
    case "tag":
      return form.tags.length ? form.tags.some((t) => t.text === s.tag.text) : "maybe";
  }
}

export function couldApply(selector: Selector | undefined, form: Form): boolean {
  return !selector || evaluate(selector, form) !== false;
}
