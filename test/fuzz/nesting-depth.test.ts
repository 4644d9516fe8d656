/**
 * Nesting depth, for every construct that nests (brackets, `not`, sections, pack `applies`
 * conditions), mixed at random and at any depth up to 20,000: no stage of the pipeline (parse,
 * check, format, fix) may throw — a stack overflow was "internal error" for the whole run.
 * Nesting past the limit is one syntax error on that document; a depth a real form could
 * have parses cleanly.
 */
import * as fc from "fast-check";
import { describe, expect } from "vitest";
import { formatDocument } from "../../language/format/index";
import { MAX_NESTING, parseDocument } from "../../language/parse";
import { fixAll } from "../../fixes/fix-all";
import { checkDocument } from "../../rules/checker";
import { TODAY, workspaceWithPacks } from "../helpers";
import { checkDiagnostics, fuzzBatch } from "./guard";

type Layer = "paren" | "not" | "section";

/** A document nested `layers` deep; `where` says whether in a form's `when` or a pack's `applies`. */
function nested(layers: Layer[], where: "form" | "pack"): string {
  let cond = "x answered";
  for (const l of layers) if (l !== "section") cond = l === "paren" ? `(${cond})` : `not ${cond}`;
  if (where === "pack") return `rule r {\n  title "R"\n  severity error\n  applies ${cond.replace("x answered", "service emergency-department")}\n  require c\n}\n`;
  const sections = layers.filter((l) => l === "section").length;
  const field = `field y text when ${cond} { label "Y" }`;
  return `form a "A" {\n  service emergency-department\n  field x yesno { label "X" }\n${"section s {\n".repeat(sections)}${field}\n${"}\n".repeat(sections)}}\n`;
}

const layersArb = fc.oneof(
  fc.array(fc.constantFrom<Layer>("paren", "not", "section"), { minLength: 0, maxLength: 60 }),
  fc.integer({ min: MAX_NESTING - 5, max: 20_000 }).chain((n) => fc.array(fc.constantFrom<Layer>("paren", "not", "section"), { minLength: n, maxLength: n })),
);

function runPipeline(text: string, uri: string) {
  const ws = workspaceWithPacks();
  ws.set(uri, text);
  const doc = parseDocument(uri, text);
  checkDiagnostics(text, doc.syntaxErrors, "syntax error");
  const result = checkDocument(ws, uri, { today: TODAY });
  formatDocument(text);
  fixAll(ws, uri, {}, { today: TODAY });
  return { doc, result };
}

describe("fuzz: nesting depth", () => {
  for (const where of ["form", "pack"] as const) {
    fuzzBatch(
      `${where}: random mixes of brackets, not and sections at any depth`,
      layersArb,
      25,
      (layers) => {
        const text = nested(layers, where);
        const { doc } = runPipeline(text, where === "form" ? "/fuzz/deep.form" : "/fuzz/deep.formrules");
        const tooDeep = doc.syntaxErrors.filter((e) => /nested more than/.test(e.message));
        // Levels the parser sees: each bracket and `not`, and each section's brace (plus the form's or none).
        const depth = layers.filter((l) => where === "form" || l !== "section").length + (where === "form" ? 1 : 0);
        if (depth > MAX_NESTING + 2) expect(tooDeep).toHaveLength(1);
        if (depth <= MAX_NESTING - 2 && where === "form") expect(doc.syntaxErrors).toEqual([]);
      },
      (layers) => nested(layers, where).slice(0, 2000),
    );
  }
});
