/**
 * The FHIR Questionnaire importer on fuzzed input: mutated and truncated JSON text of real
 * Questionnaires (the SDC fixtures and every example form exported), random Questionnaire-shaped
 * values (items, enableWhen, answer options, codes, extensions, use contexts, waivers, with
 * hostile strings), and any JSON at all. For each: `prepareQuestionnaire` never throws and
 * returns in bounded time; a refusal says where (line:column inside the file); every diagnostic
 * lies inside the JSON text; an imported form spec parses without a syntax error; and linting it
 * (checker + shipped pack, findings carried back onto the JSON) stays inside the JSON too.
 */
import * as fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { exportForm } from "../../fhir/export";
import { AUDIENCE_SYSTEM, CONCEPT_SYSTEM, CORE_EXTENSIONS, EXTENSIONS, SERVICE_SYSTEM, USAGE_CONTEXT_TYPE } from "../../fhir/identifiers";
import { diagnosticsOnJson, prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import { ENABLE_WHEN_OPERATORS, ITEM_TYPES } from "../../fhir/schema";
import type { Form } from "../../language/ast";
import { parseDocument } from "../../language/parse";
import { checkDocument } from "../../rules/checker";
import { TODAY, workspaceWithPacks } from "../helpers";
import { FUZZ_BUDGET } from "./budget";
import { checkDiagnostics, fuzzBatch, Lines } from "./guard";
import { exampleForms, mutated } from "./inputs";

const ws = workspaceWithPacks();
const known = { knownServices: new Set(ws.index.services.keys()), knownAudiences: new Set(ws.index.audiences.keys()) };

const FIXTURES = path.resolve(__dirname, "../fixtures/fhir");
const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".json")).sort().map((f) => fs.readFileSync(path.join(FIXTURES, f), "utf8"));
const exported = exampleForms.map((text, i) => {
  const form = parseDocument(`/examples/${i}.form`, text).ast.items.find((x): x is Form => x.kind === "form")!;
  return JSON.stringify(exportForm(form, ws.index), null, i % 3 === 0 ? undefined : 2);
});
const seeds = [...fixtures, ...exported];

function lintJson(text: string, opts: { service?: string; audiences?: string[] } = {}) {
  const prepared = prepareQuestionnaire(text, { ...known, ...opts });
  if (!prepared.ok) {
    // A refusal says where, as line:column inside the file.
    const m = /^(\d+):(\d+): \S/.exec(prepared.message);
    expect(m, prepared.message).not.toBeNull();
    const lines = new Lines(text);
    const line = Number(m![1]) - 1;
    const column = Number(m![2]) - 1;
    expect(line).toBeLessThan(lines.lengths.length);
    expect(column).toBeLessThanOrEqual(lines.lengths[line]);
    return;
  }
  checkDiagnostics(text, prepared.diagnostics, "Questionnaire diagnostic");
  if (!prepared.imported) return;
  const uri = "/fuzz/q.json";
  const doc = ws.set(uri, prepared.formText);
  try {
    expect(doc.syntaxErrors.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message}`), prepared.formText).toEqual([]);
    const result = checkDocument(ws, uri, { today: TODAY });
    checkDiagnostics(text, diagnosticsOnJson(prepared, doc, result.diagnostics), "diagnostic on the JSON");
    checkDiagnostics(text, diagnosticsOnJson({ ...prepared, diagnostics: [] }, doc, result.waived), "waived diagnostic on the JSON");
  } finally {
    ws.remove(uri);
  }
}

// ------------------------------------------------------------------ Questionnaire-shaped values

const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("a", "q1", "1.1", "Q/1.1", "q_1_1", "", " ", "x\"y", "line\nbreak", "back\\slash", "*/ /*", "// c", "é", "😀", "DNWFollowUp", "caring-responsibilities", "form", "}", "-", "_") },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: "binary" }) },
);
const linkId = fc.constantFrom("a", "b", "c", "1.1", "Q/1.1", "q_1_1", "", "x y", "😀", "form");
const anyScalar = fc.oneof(hostile, fc.integer({ min: -5, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
const coding = fc.record(
  { system: fc.oneof(fc.constantFrom(CONCEPT_SYSTEM, SERVICE_SYSTEM, AUDIENCE_SYSTEM, USAGE_CONTEXT_TYPE, "http://snomed.info/sct"), hostile), code: fc.oneof(fc.constantFrom("caring-responsibilities", "children.details", "emergency-department", "child", "adult", "program", "focus", "age", "help"), hostile), display: hostile },
  { requiredKeys: [] },
);
const extension = fc.oneof(
  fc.record({ url: fc.constantFrom(...Object.values(EXTENSIONS), ...Object.values(CORE_EXTENSIONS), "http://example.org/x"), valueString: maybe(hostile), valueCode: maybe(hostile), valueInteger: maybe(fc.integer()), valueDecimal: maybe(fc.double({ noNaN: true, noDefaultInfinity: true })), valueDate: maybe(fc.constantFrom("2027-03-31", "2027-02-30", "x")), valueDuration: maybe(fc.record({ value: anyScalar, unit: hostile }, { requiredKeys: [] })), valueCodeableConcept: maybe(fc.record({ coding: fc.array(coding, { maxLength: 2 }) })) }, { requiredKeys: ["url"] }),
  fc.record({ url: fc.constant(EXTENSIONS.waiver), extension: fc.array(fc.record({ url: fc.constantFrom("rule", "reason", "by", "until", "x"), valueString: maybe(hostile), valueCode: maybe(hostile), valueDate: maybe(fc.constantFrom("2027-03-31", "2001-01-01", "nope")) }, { requiredKeys: ["url"] }), { maxLength: 4 }) }),
);
const enableWhen = fc.record(
  {
    question: linkId,
    operator: fc.constantFrom(...ENABLE_WHEN_OPERATORS),
    answerBoolean: maybe(fc.boolean()),
    answerInteger: maybe(fc.integer({ min: -3, max: 30 })),
    answerDecimal: maybe(fc.double({ noNaN: true, noDefaultInfinity: true })),
    answerString: maybe(hostile),
    answerCoding: maybe(coding),
    answerDate: maybe(fc.constantFrom("2027-03-31", "x")),
    answerQuantity: maybe(fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { requiredKeys: [] })),
  },
  { requiredKeys: ["question", "operator"] },
);
const answerOption = fc.record({ valueString: maybe(hostile), valueInteger: maybe(fc.integer()), valueCoding: maybe(coding), valueDate: maybe(fc.constantFrom("2027-03-31")), valueReference: maybe(fc.record({ display: hostile })), initialSelected: maybe(fc.boolean()) }, { requiredKeys: [] });

const { item } = fc.letrec<{ item: Record<string, unknown> }>((tie) => ({
  item: fc.record(
    {
      linkId,
      type: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...ITEM_TYPES) }, { weight: 1, arbitrary: fc.constantFrom("nonsense", "") }),
      text: maybe(hostile),
      prefix: maybe(hostile),
      definition: maybe(hostile),
      code: maybe(fc.array(coding, { maxLength: 3 })),
      required: maybe(fc.boolean()),
      repeats: maybe(fc.boolean()),
      readOnly: maybe(fc.boolean()),
      maxLength: maybe(fc.integer({ min: 0, max: 500 })),
      enableWhen: maybe(fc.array(enableWhen, { maxLength: 3 })),
      enableBehavior: maybe(fc.constantFrom("all", "any")),
      answerValueSet: maybe(hostile),
      answerOption: maybe(fc.array(answerOption, { maxLength: 4 })),
      initial: maybe(fc.array(fc.record({ valueString: hostile }), { maxLength: 2 })),
      extension: maybe(fc.array(extension, { maxLength: 3 })),
      item: maybe(fc.array(fc.oneof({ maxDepth: 3, depthIdentifier: "item" }, tie("item")), { maxLength: 4 })),
    },
    { requiredKeys: ["linkId", "type"] },
  ),
}));
const useContext = fc.record({ code: fc.record({ system: fc.constant(USAGE_CONTEXT_TYPE), code: fc.constantFrom("program", "focus", "age", "other") }), valueCodeableConcept: maybe(fc.record({ coding: fc.array(coding, { maxLength: 2 }), text: maybe(hostile) }, { requiredKeys: [] })), valueRange: maybe(fc.record({ low: fc.record({ value: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.double({ noNaN: true, noDefaultInfinity: true })) }), high: fc.record({ value: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.double({ noNaN: true, noDefaultInfinity: true })) }) })) });
const questionnaireValue = fc.record(
  {
    resourceType: fc.constant("Questionnaire"),
    status: fc.oneof({ weight: 10, arbitrary: fc.constantFrom("draft", "active", "retired", "unknown") }, { weight: 1, arbitrary: fc.constant("bogus") }),
    id: maybe(hostile),
    url: maybe(hostile),
    name: maybe(hostile),
    title: maybe(hostile),
    version: maybe(hostile),
    publisher: maybe(hostile),
    description: maybe(hostile),
    useContext: maybe(fc.array(useContext, { maxLength: 3 })),
    extension: maybe(fc.array(extension, { maxLength: 4 })),
    item: maybe(fc.array(item, { maxLength: 5 })),
  },
  { requiredKeys: ["resourceType", "status"] },
);
const defaults = fc.option(fc.record({ service: fc.constantFrom("emergency-department", "minor-injury-unit", "nonsense"), audiences: fc.subarray(["child", "adult", "young-person", "nobody"]) }), { nil: undefined });

/** A JSON value spliced into a Questionnaire at a random place, replacing what was there. */
const splice = fc.tuple(questionnaireValue, fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom("resourceType", "status", "item", "linkId", "type", "enableWhen", "answerOption", "extension", "useContext", "code", "text", "question", "answerCoding", "valueString")).map(([q, value, n, key]) => {
  const holders: Array<Record<string, unknown>> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      if (key in (v as object)) holders.push(v as Record<string, unknown>);
      Object.values(v as object).forEach(walk);
    }
  };
  walk(q);
  if (holders.length) holders[n % holders.length][key] = value;
  else (q as Record<string, unknown>)[key] = value;
  return q;
});

describe("fuzz: FHIR Questionnaire import and lint", () => {
  fuzzBatch("mutated real Questionnaire JSON", fc.tuple(mutated(seeds, 4), defaults), FUZZ_BUDGET.fhir.mutatedJson, ([t, d]) => lintJson(t, d), ([t]) => t);
  fuzzBatch(
    "truncated real Questionnaire JSON",
    fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true })).map(([i, f]) => seeds[i].slice(0, Math.floor(f * seeds[i].length))),
    FUZZ_BUDGET.fhir.truncatedJson,
    (t) => lintJson(t),
  );
  fuzzBatch(
    "random Questionnaire-shaped values",
    fc.tuple(questionnaireValue, fc.constantFrom(undefined, 1, 2, "\t"), defaults).map(([q, indent, d]) => ({ text: JSON.stringify(q, null, indent), d })),
    FUZZ_BUDGET.fhir.shapedQuestionnaires,
    ({ text, d }) => lintJson(text, d),
    ({ text }) => text,
  );
  // Inputs a run of this file once found (its seeds are random), replayed on every run.
  const itemControl = (value: unknown) => JSON.stringify({ resourceType: "Questionnaire", status: "draft", extension: [{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl", ...(value as object) }] }, null, 1);
  it.each([
    ["a coding whose code is an object", itemControl({ valueCodeableConcept: { coding: [{ code: {} }] } })],
    ["a coding whose code is a number, and a null coding", itemControl({ valueCodeableConcept: { coding: [{ code: 7 }, null] } })],
    ["an expression that is an object", itemControl({ valueExpression: { expression: { language: "text/fhirpath" } } })],
    ["a coding that is not a list", itemControl({ valueCodeableConcept: { coding: { code: "x" } } })],
  ])("imports an unread extension with %s as a comment, without failing", (_what, text) => {
    lintJson(text);
    const prepared = prepareQuestionnaire(text, known);
    expect(prepared.ok && prepared.imported ? prepared.formText : "").toMatch(/\/\/ extension questionnaire-itemControl:/);
  });
  fuzzBatch(
    "any JSON, alone or spliced into a Questionnaire",
    fc.oneof(fc.json({ maxDepth: 4 }), splice.map((q) => JSON.stringify(q, null, 1)), fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ resourceType: "Questionnaire", status: "draft", item: v }))),
    FUZZ_BUDGET.fhir.anyJson,
    (t) => lintJson(t),
  );
});
