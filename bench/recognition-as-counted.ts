/**
 * The evaluation as a user meets it: each label read on a form of its source's kind, through the
 * CLI's own path. A form of that kind (its service and audience, no field covering anything) is
 * parsed, the concepts its rules need are worked out as `lint` does (`missingConcepts`), and each
 * recognition counts as `countedRecognition` says — the concept when the form needs it, the
 * concept refining it when the form needs that one, else nothing.
 *
 * What is compared: the concept the label asks (as labelled, by its words) read the same way. A
 * label about a concept this kind of form does not need is nothing to find; a recognition that
 * does not count is silent, so it cannot silence a gap. A counted recognition of another concept
 * is a false one: it is what would hide a real gap.
 */
import { Workspace, type WorkspaceIndex } from "../language/model/workspace";
import { buildFormModel } from "../language/model/form-model";
import type { Form } from "../language/ast";
import { countedRecognition, missingConcepts, refinementsOf } from "../rules/recognition/form-recognition";
import type { Recogniser } from "../rules/recognition/recogniser";
import type { Counts, LabelledPrompt } from "./recognition-evaluate";

type Kind = LabelledPrompt["kind"];

/** The concepts a form of this kind needs when no field covers anything, as the CLI works them out. */
export function conceptsNeededBy(index: WorkspaceIndex, kind: Kind): ReadonlySet<string> {
  const ws = new Workspace();
  const header = [kind?.service ? `service ${kind.service}` : "", kind?.audience ? `audience ${kind.audience}` : ""].filter(Boolean).join("\n  ");
  const doc = ws.set("kind-probe.form", `form kind-probe "A form of this kind" {\n  ${header}\n}\n`);
  if (doc.syntaxErrors.length) throw new Error(`kind ${JSON.stringify(kind)} does not parse: ${doc.syntaxErrors[0].message}`);
  const form = doc.ast.items.find((i): i is Form => i.kind === "form")!;
  return missingConcepts(form, buildFormModel(form), index);
}

export interface CountedEvaluation {
  bySet: Record<string, Counts & { precision: number; recall: number; n: number }>;
  mistakes: Array<{ prompt: string; set: string; kind: Kind; expected: string | null; got: string | null; asked?: string }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluateAsCounted(recogniser: Recogniser, index: WorkspaceIndex, prompts: LabelledPrompt[]): CountedEvaluation {
  const refinements = refinementsOf(index);
  const needed = new Map<string, ReadonlySet<string>>();
  const nothingCovered = new Map<string, unknown>();
  const bySet: Record<string, Counts & { n: number }> = {};
  const mistakes: CountedEvaluation["mistakes"] = [];
  for (const p of prompts) {
    const key = `${p.kind?.service ?? ""}|${p.kind?.audience ?? ""}`;
    let wanted = needed.get(key);
    if (!wanted) needed.set(key, (wanted = conceptsNeededBy(index, p.kind)));
    // What the label asks, read on this kind of form: the same reading as a recognition of it.
    const expected = p.concept ? countedRecognition({ concept: p.concept, score: 1, phrase: "", source: "label", evidence: [] }, wanted, refinements, nothingCovered)?.recognition.concept ?? null : null;
    const r = recogniser.recognise({ ...p, label: p.label ?? p.prompt });
    const counted = r ? countedRecognition(r, wanted, refinements, nothingCovered) : undefined;
    const got = counted?.recognition.concept ?? null;
    const s = (bySet[p.set] ??= { tp: 0, fp: 0, fn: 0, n: 0 });
    s.n++;
    if (got === expected) {
      if (got) s.tp++;
      continue;
    }
    if (got) s.fp++;
    if (expected) s.fn++;
    mistakes.push({ prompt: p.prompt, set: p.set, kind: p.kind, expected, got, asked: counted?.refined });
  }
  return {
    bySet: Object.fromEntries(Object.entries(bySet).map(([k, c]) => [k, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }])),
    mistakes,
  };
}
