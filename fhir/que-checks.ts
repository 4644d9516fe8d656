/**
 * The FHIR R4 Questionnaire invariants que-1 … que-14 and the HL7 validator's enableWhen
 * checks, over a Questionnaire that passed the schema. Each finding names the item's linkId
 * and carries the JSON pointer of the item, so the CLI can point at its `linkId` line.
 *
 * Each invariant, as FHIR R4 (4.0.1) states it (human text, then the FHIRPath expression):
 *
 * que-1  "Group items must have nested items, display items cannot have nested items" —
 *        (type='group' implies item.empty().not()) and (type='display' implies item.empty())
 * que-2  "The link ids for groups and questions must be unique within the questionnaire" —
 *        descendants().linkId.isDistinct()   (on the Questionnaire; reported at each repeat)
 * que-3  "Display items cannot have a "code" asserted" — type!='display' or code.empty()
 * que-4  "A question cannot have both answerOption and answerValueSet" —
 *        answerOption.empty() or answerValueSet.empty()
 * que-5  "Only 'choice' and 'open-choice' items can have answerValueSet" — the expression is
 *        wider and is what validators enforce: type in (choice, open-choice, decimal, integer,
 *        date, dateTime, time, string, quantity) or (answerValueSet.empty() and answerOption.empty())
 * que-6  "Required and repeat aren't permitted for display items" —
 *        type!='display' or (required.empty() and repeats.empty())
 * que-7  "If the operator is 'exists', the value must be a boolean" (on enableWhen) —
 *        operator = 'exists' implies (answer is Boolean)
 * que-8  "Initial values can't be specified for groups or display items" —
 *        (type!='group' and type!='display') or initial.empty()
 * que-9  "Read-only can't be specified for "display" items" — type!='display' or readOnly.empty()
 * que-10 "Maximum length can only be declared for simple question types" —
 *        type in (boolean, decimal, integer, string, text, url, open-choice) or maxLength.empty()
 * que-11 "If one or more answerOption is present, initial[x] must be missing" —
 *        answerOption.empty() or initial.empty()
 * que-12 "If there are more than one enableWhen, enableBehavior must be specified" — R4's
 *        expression reads `enableWhen.count() > 2 implies enableBehavior.exists()`, an off-by-one
 *        later versions corrected; the human text (more than one) is what is checked here.
 * que-13 "Can only have multiple initial values for repeating items" —
 *        repeats=true or initial.count() <= 1
 * que-14 R4 stops at que-13. que-14 is R5's "Can only have answerConstraint if answerOption or
 *        answerValueSet are present" (a warning, "because extensions may serve the same
 *        purpose"): answerConstraint.exists() implies answerOption.exists() or answerValueSet.exists().
 *        In R4 content answerConstraint appears as the R5 element or as its cross-version
 *        extension; both are checked.
 *
 * enableWhen, as the HL7 validator checks it:
 * fhir-enablewhen-unknown-item   (error)   the question names no item of the Questionnaire;
 * fhir-enablewhen-self-or-child  (error)   the question is the item itself or one of its descendants;
 * fhir-enablewhen-later-item     (warning) the question comes after the item in the Questionnaire —
 *                                          not said when the question's answer is there before
 *                                          anyone reaches it (pre-populated from the record,
 *                                          calculated, or hidden), and only an info for a display
 *                                          item, which asks nothing and so cannot be skipped.
 * fhir-enablewhen-outside-module (info)    the Questionnaire is an SDC module meant to be assembled
 *                                          into another (assemble-expectation assemble-child or
 *                                          assemble-root-or-child) and the question names no item of
 *                                          it: presumably an item of the Questionnaire it is assembled
 *                                          into. Said once per item, naming the assumption.
 */
import type { Level } from "../language/diagnostic";
import { CORE_EXTENSIONS } from "./identifiers";
import type { Questionnaire, QuestionnaireItem } from "./schema";

/** Whether the Questionnaire is a module assembled into another, so its enableWhen may name the other's items. */
export function isAssembledModule(q: Questionnaire): boolean {
  const code = (q.extension ?? []).find((e) => e.url === CORE_EXTENSIONS.assembleExpectation)?.valueCode;
  return code === "assemble-child" || code === "assemble-root-or-child";
}

/**
 * Whether an item's answer is there before anyone reaches it: filled in from the record when the
 * form opens, calculated by the form filler, or never shown (hidden items carry such values).
 * Then an item before it that waits for that answer is not skipped by someone filling in order,
 * as in the AEHRC 715 health check, whose consent items wait for the age pre-populated further on.
 */
function answeredBeforeReached(item: QuestionnaireItem): boolean {
  return (item.extension ?? []).some(
    (e) => e.url === CORE_EXTENSIONS.initialExpression || e.url === CORE_EXTENSIONS.calculatedExpression || (e.url === CORE_EXTENSIONS.hidden && e.valueBoolean === true),
  );
}

export interface QuestionnaireFinding {
  ruleId: string;
  level: Level;
  message: string;
  /** JSON pointer of the item (or "" for the Questionnaire); its `linkId` is what is shown. */
  pointer: string;
  /** A more precise element inside the item, when there is one (e.g. "/enableWhen/0"). */
  at?: string;
}

export const QUE_RULE_IDS = [
  ...Array.from({ length: 14 }, (_, i) => `fhir-que-${i + 1}`),
  "fhir-enablewhen-unknown-item",
  "fhir-enablewhen-self-or-child",
  "fhir-enablewhen-later-item",
  "fhir-enablewhen-outside-module",
];

// R5's que-5 lists `coding` where R4's lists choice and open-choice.
const ANSWER_LIST_TYPES = new Set(["choice", "open-choice", "coding", "decimal", "integer", "date", "dateTime", "time", "string", "quantity"]);
const MAX_LENGTH_TYPES = new Set(["boolean", "decimal", "integer", "string", "text", "url", "open-choice"]);

interface Visited {
  item: QuestionnaireItem;
  pointer: string;
  order: number;
}

export function checkQuestionnaire(q: Questionnaire): QuestionnaireFinding[] {
  const out: QuestionnaireFinding[] = [];
  const all: Visited[] = [];
  const walk = (items: QuestionnaireItem[] | undefined, base: string) => {
    (items ?? []).forEach((item, i) => {
      const pointer = `${base}/item/${i}`;
      all.push({ item, pointer, order: all.length });
      walk(item.item, pointer);
    });
  };
  walk(q.item, "");

  const report = (ruleId: string, level: Level, v: Visited, message: string, at?: string) => out.push({ ruleId, level, message, pointer: v.pointer, at });
  const firstByLinkId = new Map<string, Visited>();

  for (const v of all) {
    const { item } = v;
    const name = `\`${item.linkId}\``;
    const has = (k: keyof QuestionnaireItem) => item[k] !== undefined && !(Array.isArray(item[k]) && (item[k] as unknown[]).length === 0);
    const children = item.item ?? [];

    if (item.type === "group" && children.length === 0) report("fhir-que-1", "error", v, `Group ${name} has no items: a group must contain items (que-1). Add its questions, or remove the group.`);
    if (item.type === "display" && children.length > 0) report("fhir-que-1", "error", v, `Display item ${name} has nested items: display items cannot contain items (que-1). Move them out, or make ${name} a group.`, "/item");

    const first = firstByLinkId.get(item.linkId);
    if (first) report("fhir-que-2", "error", v, `linkId ${name} is used more than once (first at ${first.pointer}): linkIds must be unique within the Questionnaire (que-2), or answers cannot be told apart. Give this item its own linkId.`);
    else firstByLinkId.set(item.linkId, v);

    if (item.type === "display" && has("code")) report("fhir-que-3", "error", v, `Display item ${name} has a code: display items cannot have a code (que-3). Remove the code, or make it a question.`, "/code");
    if (has("answerOption") && has("answerValueSet")) report("fhir-que-4", "error", v, `Item ${name} has both answerOption and answerValueSet: a question can have only one of them (que-4).`, "/answerValueSet");
    if (!ANSWER_LIST_TYPES.has(item.type) && (has("answerValueSet") || has("answerOption")))
      report("fhir-que-5", "error", v, `Item ${name} is a ${item.type} item with ${has("answerValueSet") ? "an answerValueSet" : "answerOption"}: only choice and open-choice items (and simple value types) can list answers (que-5).`, has("answerValueSet") ? "/answerValueSet" : "/answerOption");
    if (item.type === "display" && (item.required !== undefined || item.repeats !== undefined)) {
      const property = item.required !== undefined ? "required" : "repeats";
      const value = JSON.stringify(item[property]);
      // `"repeats": false` breaks the invariant too (repeats.empty() is false), which readers doubt: say so.
      const even = value === "false" ? ", not even as false" : "";
      report("fhir-que-6", "error", v, `Display item ${name} has "${property}": ${value}: a display item may not state required or repeats at all${even} (que-6). Remove "${property}".`, `/${property}`);
    }
    (item.enableWhen ?? []).forEach((ew, i) => {
      const answerKeys = Object.keys(ew).filter((k) => k.startsWith("answer"));
      if (ew.operator === "exists" && (answerKeys.length !== 1 || typeof ew.answerBoolean !== "boolean"))
        report("fhir-que-7", "error", v, `Item ${name}: enableWhen ${i + 1} uses the operator "exists", so its answer must be answerBoolean (que-7).`, `/enableWhen/${i}`);
    });
    if ((item.type === "group" || item.type === "display") && has("initial")) report("fhir-que-8", "error", v, `${item.type === "group" ? "Group" : "Display item"} ${name} has an initial value: groups and display items cannot (que-8).`, "/initial");
    if (item.type === "display" && item.readOnly !== undefined) {
      const value = JSON.stringify(item.readOnly);
      report("fhir-que-9", "error", v, `Display item ${name} has "readOnly": ${value}: a display item may not state readOnly at all${value === "false" ? ", not even as false" : ""} (que-9). Remove "readOnly".`, "/readOnly");
    }
    if (item.maxLength !== undefined && !MAX_LENGTH_TYPES.has(item.type)) report("fhir-que-10", "error", v, `Item ${name} is a ${item.type} item with maxLength: only boolean, decimal, integer, string, text, url and open-choice items can declare one (que-10).`, "/maxLength");
    if (has("answerOption") && has("initial")) report("fhir-que-11", "error", v, `Item ${name} has both answerOption and initial: with answerOption, mark the default with initialSelected instead (que-11).`, "/initial");
    if ((item.enableWhen?.length ?? 0) > 1 && !item.enableBehavior)
      report("fhir-que-12", "error", v, `Item ${name} has ${item.enableWhen!.length} enableWhen conditions but no enableBehavior: say whether "all" or "any" of them must hold (que-12).`, "/enableWhen");
    if ((item.initial?.length ?? 0) > 1 && item.repeats !== true) report("fhir-que-13", "error", v, `Item ${name} has ${item.initial!.length} initial values but does not repeat: only repeating items can have more than one (que-13).`, "/initial");
    const constraint = item.answerConstraint !== undefined || (item.extension ?? []).some((e) => e.url === CORE_EXTENSIONS.answerConstraint);
    if (constraint && !has("answerOption") && !has("answerValueSet"))
      report("fhir-que-14", "warning", v, `Item ${name} has an answerConstraint but no answerOption or answerValueSet to constrain (que-14).`);
  }

  // enableWhen targets, as the HL7 validator checks them.
  const module = isAssembledModule(q);
  for (const v of all) {
    const outside: string[] = [];
    (v.item.enableWhen ?? []).forEach((ew, i) => {
      const at = `/enableWhen/${i}`;
      const name = `\`${v.item.linkId}\``;
      const target = firstByLinkId.get(ew.question);
      if (!target && module) {
        if (!outside.includes(ew.question)) outside.push(ew.question);
        return;
      }
      if (!target) {
        report("fhir-enablewhen-unknown-item", "error", v, `Item ${name} is enabled by \`${ew.question}\`, but no item has that linkId, so no one can say when it is shown (formguard counts it as asked only sometimes). Correct the question's linkId.`, at);
        return;
      }
      if (target === v || target.pointer.startsWith(v.pointer + "/")) {
        report("fhir-enablewhen-self-or-child", "error", v, `Item ${name} is enabled by ${target === v ? "itself" : `its own child \`${ew.question}\``}: it can never be shown, because the answer it waits for is inside it.`, at);
        return;
      }
      if (target.order > v.order && !answeredBeforeReached(target.item)) {
        if (v.item.type === "display")
          report("fhir-enablewhen-later-item", "info", v, `Display item ${name} is shown by \`${ew.question}\`, which comes after it: nothing is asked here, so no question is skipped, but text that appears above where someone is filling in can go unseen. If they must read it at that point, move it after \`${ew.question}\`.`, at);
        else report("fhir-enablewhen-later-item", "warning", v, `Item ${name} is enabled by \`${ew.question}\`, which comes after it: people fill forms in order, so move \`${ew.question}\` before ${name}.`, at);
      }
    });
    if (outside.length) {
      const names = outside.map((q) => `\`${q}\``).join(", ");
      report(
        "fhir-enablewhen-outside-module",
        "info",
        v,
        `Item \`${v.item.linkId}\` is enabled by ${names}, which ${outside.length === 1 ? "is" : "are"} not in this Questionnaire. It is a module (assemble-expectation ${(q.extension ?? []).find((e) => e.url === CORE_EXTENSIONS.assembleExpectation)?.valueCode}), so formguard assumes ${outside.length === 1 ? "it is an item" : "they are items"} of the Questionnaire it is assembled into; it cannot see ${outside.length === 1 ? "that item" : "those items"}, so it keeps the condition as an expression it does not evaluate: \`${v.item.linkId}\` counts as asked only sometimes, never as always asked.`,
        "/enableWhen",
      );
    }
  }
  return out;
}
