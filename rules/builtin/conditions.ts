/**
 * Checks on `when` conditions:
 * - `unknown-field`: the condition names no field of this form (nearest id suggested);
 * - `invalid-condition-value`: it compares a field with a value the field cannot take
 *   (`yes` on a text field, an option the choice does not offer, `<` on a non-number);
 * - `condition-cycle`: fields whose conditions depend on each other in a loop, so none can
 *   ever be shown.
 */
import type { Condition, Field } from "../../language/ast";
import { conditionFieldRefs, type FormModel } from "../../language/model/form-model";
import { nearest } from "../../language/suggest";
import type { BuiltinCheck, CheckContext } from "./check-context";

export const conditions: BuiltinCheck = {
  ids: ["unknown-field", "invalid-condition-value", "condition-cycle"],
  description: "Conditions must name fields of the same form, compare them with values they can take, and not depend on themselves.",
  run(ctx) {
    for (const item of ctx.doc.ast.items) {
      if (item.kind !== "form") continue;
      const model = ctx.index.formModel(item);
      const fields = model.fields;
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i].field;
        if (field.when) checkCondition(ctx, model, field, field.when);
      }
      reportCycles(ctx, model);
    }
  },
};

function checkCondition(ctx: CheckContext, model: FormModel, owner: Field, cond: Condition) {
  switch (cond.kind) {
    case "and":
    case "or":
      checkCondition(ctx, model, owner, cond.left);
      checkCondition(ctx, model, owner, cond.right);
      return;
    case "not":
      checkCondition(ctx, model, owner, cond.operand);
      return;
    case "expression": // not evaluated, so nothing to check against the form but that it says something
      if (!cond.text.trim()) ctx.report("invalid-condition-value", "error", `Field \`${owner.name.text}\` is shown when \`expression ""\`, which says nothing: write the FHIRPath expression that decides when it is shown, or remove the \`when\`.`, cond.textSpan);
      return;
  }
  const name = cond.field.text;
  if (!name) return;
  const target = model.byId.get(name);
  if (!target) {
    const suggestion = nearest(name, model.byId.keys());
    ctx.report("unknown-field", "error", `Field \`${owner.name.text}\` is shown when \`${name}\` …, but form \`${model.form.name.text}\` has no field \`${name}\`${suggestion ? `: did you mean \`${suggestion}\`?` : "."}`, cond.field.span, { kind: "unknown-id", id: name, suggestion });
    return;
  }
  if (cond.kind !== "compare") return;
  const problem = valueProblem(target.field, cond.op, cond.value);
  if (problem) ctx.report("invalid-condition-value", "error", `\`${cond.field.text} ${cond.op} …\`: ${problem}`, cond.value.span);
}

function valueProblem(field: Field, op: string, value: Extract<Condition, { kind: "compare" }>["value"]): string | undefined {
  const type = field.type?.text;
  const ordered = op === "<" || op === "<=" || op === ">" || op === ">=";
  const name = `\`${field.name.text}\``;
  if (ordered && type !== "number" && type !== "date" && type !== "datetime") {
    return `${name} is a ${type ?? "field without a type"}, so it cannot be compared with ${op}; only numbers can.`;
  }
  switch (type) {
    case "yesno":
      if (value.kind === "word" && (value.text === "yes" || value.text === "no")) return undefined;
      return `${name} is a yes/no field: compare it with yes or no.`;
    case "number":
      return value.kind === "number" ? undefined : `${name} is a number field: compare it with a number.`;
    case "choice":
    case "multichoice": {
      if (value.kind !== "string") return `${name} is a ${type} field: compare it with one of its options in quotes (${field.options.map((o) => JSON.stringify(o.value)).join(", ") || "it has none"}).`;
      if (field.options.length && !field.options.some((o) => o.value === value.value)) {
        return `${name} has no option ${JSON.stringify(value.value)}; its options are ${field.options.map((o) => JSON.stringify(o.value)).join(", ")}.`;
      }
      return undefined;
    }
    case "text":
    case "longtext":
    case "person":
      return value.kind === "string" ? undefined : `${name} is a ${type} field: compare it with quoted text, or test \`${field.name.text} answered\`.`;
    default:
      return value.kind === "word" ? `${name} is a ${type ?? "field without a type"}: it cannot be yes or no.` : undefined;
  }
}

/** Depth-first search over "shown when depends on" edges; each cycle reported once, on every field in it. */
function reportCycles(ctx: CheckContext, model: FormModel) {
  const deps = new Map<string, string[]>();
  const fields = model.fields;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i].field;
    if (field.when) deps.set(field.name.text, conditionFieldRefs(field.when).map((r) => r.text).filter((t) => model.byId.has(t)));
  }
  // Most forms have no conditions: then there is nothing to search, and nothing to allocate for it.
  if (deps.size === 0) return;
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const inCycle = new Set<string>();
  const visit = (id: string) => {
    state.set(id, 1);
    stack.push(id);
    for (const d of deps.get(id) ?? []) {
      if (state.get(d) === 1) {
        const cycle = stack.slice(stack.indexOf(d));
        for (const c of cycle) {
          if (inCycle.has(c)) continue;
          inCycle.add(c);
          const f = model.byId.get(c)!.field;
          const loop = [...cycle.slice(cycle.indexOf(c)), ...cycle.slice(0, cycle.indexOf(c)), c].map((x) => `\`${x}\``).join(" → ");
          ctx.report("condition-cycle", "error", `The conditions of ${loop} depend on each other in a loop, so none of these fields can ever be shown. Break the loop.`, f.whenSpan ?? f.name.span);
        }
      } else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(id, 2);
  };
  for (const id of deps.keys()) if (!state.has(id)) visit(id);
}

