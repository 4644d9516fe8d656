/**
 * The TextMate grammars give every token class its scope, on committed samples that include the
 * awkward cases: keywords used as ids, dotted concept ids, escaped quotes, comments after code,
 * block comments over several lines, dates next to numbers, durations.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { IGrammar } from "vscode-textmate";
import { loadGrammar, tokenize, type Token } from "./grammar-helpers";

const FIXTURES = path.join(__dirname, "fixtures");

interface Case {
  what: string;
  line: number;
  text: string;
  scope: string;
  /** which occurrence of `text` on the line (0-based) */
  nth?: number;
}

function find(lines: Token[][], c: Case): Token {
  const matches = lines[c.line].filter((t) => t.text.trim() === c.text);
  const token = matches[c.nth ?? 0];
  if (!token) throw new Error(`line ${c.line}: no token "${c.text}" among ${JSON.stringify(lines[c.line].map((t) => t.text))}`);
  return token;
}

function expectScope(lines: Token[][], c: Case) {
  const token = find(lines, c);
  expect(token.scopes, `${c.what}: "${c.text}" on line ${c.line}`).toContain(c.scope);
}

/** The fixture's lines, tokenised by the grammar once, before the block's tests run. */
function tokenizedOnce(grammarScope: string, fixture: string): () => Token[][] {
  let lines: Token[][] = [];
  beforeAll(async () => {
    lines = tokenize(await loadGrammar(grammarScope), fs.readFileSync(path.join(FIXTURES, fixture), "utf8"));
  });
  return () => lines;
}

describe("form grammar (*.form)", () => {
  const linesOf = tokenizedOnce("source.formguard-form", "tricky.form");

  const cases: Case[] = [
    { what: "line comment", line: 1, text: "A form that exercises every token class, including the awkward cases.", scope: "comment.line.double-slash.formguard" },
    { what: "block comment opening", line: 2, text: "/*", scope: "punctuation.definition.comment.begin.formguard" },
    { what: "block comment, first line", line: 2, text: "A block comment", scope: "comment.block.formguard" },
    { what: "block comment, second line", line: 3, text: "that spans lines", scope: "comment.block.formguard" },
    { what: "block comment closing", line: 3, text: "*/", scope: "punctuation.definition.comment.end.formguard" },
    { what: "form keyword", line: 4, text: "form", scope: "storage.type.form.formguard" },
    { what: "keyword used as a form id", line: 4, text: "label", scope: "entity.name.type.form.formguard" },
    { what: "string", line: 4, text: "Form called", scope: "string.quoted.double.formguard" },
    { what: "escaped quote in a string", line: 4, text: '\\"', scope: "constant.character.escape.formguard" },
    { what: "text after an escaped quote is still string", line: 4, text: "label", nth: 1, scope: "string.quoted.double.formguard" },
    { what: "block opening brace", line: 4, text: "{", scope: "punctuation.section.block.begin.formguard" },
    { what: "comment after code", line: 4, text: "comment after code", scope: "comment.line.double-slash.formguard" },
    { what: "header property keyword", line: 5, text: "service", scope: "keyword.other.property.formguard" },
    { what: "service id", line: 5, text: "emergency-department", scope: "variable.other.enummember.service.formguard" },
    { what: "audience id", line: 6, text: "child", scope: "variable.other.enummember.audience.formguard" },
    { what: "second audience id", line: 6, text: "young-person", scope: "variable.other.enummember.audience.formguard" },
    { what: "list comma", line: 6, text: ",", scope: "punctuation.separator.comma.formguard" },
    { what: "age range start", line: 7, text: "0", scope: "constant.numeric.integer.formguard" },
    { what: "range operator", line: 7, text: "..", scope: "keyword.operator.range.formguard" },
    { what: "age range end", line: 7, text: "17", scope: "constant.numeric.integer.formguard" },
    { what: "tag id", line: 10, text: "paediatric", scope: "variable.other.enummember.tag.formguard" },
    { what: "section keyword", line: 12, text: "section", scope: "storage.type.section.formguard" },
    { what: "keyword used as a section id", line: 12, text: "date", scope: "entity.name.namespace.section.formguard" },
    { what: "field keyword", line: 13, text: "field", scope: "storage.type.field.formguard" },
    { what: "keyword used as a field id", line: 13, text: "label", scope: "entity.name.variable.field.formguard" },
    { what: "field type", line: 13, text: "text", scope: "support.type.field.formguard" },
    { what: "required", line: 13, text: "required", scope: "storage.modifier.required.formguard" },
    { what: "label property after a field called label", line: 14, text: "label", scope: "keyword.other.property.formguard" },
    { what: "newline escape", line: 15, text: "\\n", scope: "constant.character.escape.formguard" },
    { what: "backslash escape", line: 15, text: "\\\\", scope: "constant.character.escape.formguard" },
    { what: "covers keyword", line: 16, text: "covers", scope: "keyword.other.property.formguard" },
    { what: "dotted concept id is one token", line: 16, text: "accompanying-adult.name", scope: "variable.other.constant.concept.formguard" },
    { what: "second concept id", line: 16, text: "accompanying-adult.relationship", scope: "variable.other.constant.concept.formguard" },
    { what: "field type number", line: 18, text: "number", scope: "support.type.field.formguard" },
    { what: "duration number (12 months)", line: 20, text: "12", scope: "constant.numeric.integer.formguard" },
    { what: "duration unit (12 months)", line: 20, text: "months", scope: "keyword.other.unit.formguard" },
    { what: "duration as a whole", line: 20, text: "months", scope: "meta.duration.formguard" },
    { what: "decimal", line: 22, text: "99.5", scope: "constant.numeric.decimal.formguard" },
    { what: "field type yesno without body", line: 24, text: "yesno", scope: "support.type.field.formguard" },
    { what: "when", line: 25, text: "when", scope: "keyword.control.conditional.formguard" },
    { what: "field reference in a condition", line: 25, text: "left", scope: "variable.other.field.formguard" },
    { what: "comparison operator", line: 25, text: "=", scope: "keyword.operator.comparison.formguard" },
    { what: "yes", line: 25, text: "yes", scope: "constant.language.boolean.formguard" },
    { what: "and", line: 25, text: "and", scope: "keyword.operator.logical.formguard" },
    { what: "not", line: 25, text: "not", scope: "keyword.operator.logical.formguard" },
    { what: "parenthesis", line: 25, text: "(", scope: "punctuation.section.parens.begin.formguard" },
    { what: "less-than", line: 25, text: "<", scope: "keyword.operator.comparison.formguard" },
    { what: "number in a condition", line: 25, text: "3", scope: "constant.numeric.integer.formguard" },
    { what: "keyword-named field in a condition", line: 25, text: "label", scope: "variable.other.field.formguard" },
    { what: "answered", line: 25, text: "answered", scope: "keyword.operator.answered.formguard" },
    { what: "field type date (not a date literal)", line: 28, text: "date", scope: "support.type.field.formguard" },
    { what: "waive keyword", line: 31, text: "waive", scope: "keyword.control.waive.formguard" },
    { what: "waived rule id, pack-qualified, one token", line: 31, text: "cqc-dorset-2015/ed-paediatric-liaison", scope: "support.function.rule.formguard" },
    { what: "waiver is one meta region", line: 31, text: "by", scope: "meta.waiver.formguard" },
    { what: "by", line: 31, text: "by", scope: "keyword.other.waiver.formguard" },
    { what: "until", line: 31, text: "until", scope: "keyword.other.waiver.formguard" },
    { what: "date literal", line: 31, text: "2027-03-31", scope: "constant.numeric.date.formguard" },
    { what: "closing brace", line: 32, text: "}", scope: "punctuation.section.block.end.formguard" },
  ];
  it.each(cases)("$what", (c) => expectScope(linesOf(), c));

  it("does not take keywords used as ids for keywords", () => {
    expect(find(linesOf(), { what: "", line: 13, text: "label", scope: "" }).scopes.join(" ")).not.toMatch(/keyword/);
    expect(find(linesOf(), { what: "", line: 12, text: "date", scope: "" }).scopes.join(" ")).not.toMatch(/keyword|constant/);
  });

  it("keeps a date whole and does not read it as numbers", () => {
    const dateTokens = linesOf()[31].filter((t) => t.scopes.includes("constant.numeric.date.formguard"));
    expect(dateTokens.map((t) => t.text)).toEqual(["2027-03-31"]);
  });
});

describe("form grammar: `hidden` and `expression \"…\"` (FHIR as written)", () => {
  const linesOf = tokenizedOnce("source.formguard-form", "fhir-as-written.form");
  const cases: Case[] = [
    { what: "hidden after the type", line: 3, text: "hidden", scope: "storage.modifier.hidden.formguard" },
    { what: "required, then hidden: required", line: 4, text: "required", scope: "storage.modifier.required.formguard" },
    { what: "required, then hidden: hidden", line: 4, text: "hidden", scope: "storage.modifier.hidden.formguard" },
    { what: "hidden, then required: hidden", line: 7, text: "hidden", scope: "storage.modifier.hidden.formguard" },
    { what: "hidden, then required: required", line: 7, text: "required", scope: "storage.modifier.required.formguard" },
    { what: "expression before its text", line: 7, text: "expression", scope: "keyword.other.expression.formguard" },
    { what: "its text is a string", line: 7, text: "%age < 18", scope: "string.quoted.double.formguard" },
    { what: "a second expression after not", line: 7, text: "expression", nth: 1, scope: "keyword.other.expression.formguard" },
    { what: "a field called expression, declared", line: 10, text: "expression", scope: "entity.name.variable.field.formguard" },
    { what: "a field called expression, compared", line: 10, text: "expression", nth: 1, scope: "variable.other.field.formguard" },
  ];
  it.each(cases)("$what", (c) => expectScope(linesOf(), c));
});

describe("rules grammar (*.formrules)", () => {
  let lines: Token[][];
  let grammar: IGrammar;
  beforeAll(async () => {
    grammar = await loadGrammar("source.formguard-rules");
    lines = tokenize(grammar, fs.readFileSync(path.join(FIXTURES, "tricky.formrules"), "utf8"));
  });

  const cases: Case[] = [
    { what: "line comment", line: 1, text: "A rule pack that exercises every token class.", scope: "comment.line.double-slash.formguard" },
    { what: "pack keyword", line: 2, text: "pack", scope: "storage.type.pack.formguard" },
    { what: "pack id", line: 2, text: "local-trust", scope: "entity.name.namespace.pack.formguard" },
    { what: "pack property", line: 3, text: "publisher", scope: "keyword.other.property.formguard" },
    { what: "published date", line: 4, text: "2016-02-01", scope: "constant.numeric.date.formguard" },
    { what: "service declaration", line: 8, text: "service", scope: "storage.type.service.formguard" },
    { what: "service id", line: 8, text: "emergency-department", scope: "entity.name.type.service.formguard" },
    { what: "audience declaration", line: 9, text: "child", scope: "entity.name.type.audience.formguard" },
    { what: "concept keyword", line: 11, text: "concept", scope: "storage.type.concept.formguard" },
    { what: "dotted concept id declared", line: 11, text: "accompanying-adult.name", scope: "entity.name.type.concept.formguard" },
    { what: "synonyms", line: 12, text: "synonyms", scope: "keyword.other.property.formguard" },
    { what: "suggested field type", line: 13, text: "text", scope: "support.type.field.formguard" },
    { what: "suggested required", line: 13, text: "required", scope: "storage.modifier.required.formguard" },
    { what: "escaped quote", line: 14, text: '\\"', scope: "constant.character.escape.formguard" },
    { what: "rule keyword", line: 17, text: "rule", scope: "storage.type.rule.formguard" },
    { what: "keyword used as a rule id", line: 17, text: "rule", nth: 1, scope: "entity.name.function.rule.formguard" },
    { what: "severity level", line: 20, text: "error", scope: "constant.language.severity.formguard" },
    { what: "applies", line: 21, text: "applies", scope: "keyword.other.applies.formguard" },
    { what: "selector keyword", line: 21, text: "service", scope: "keyword.other.selector.formguard" },
    { what: "selector id", line: 21, text: "emergency-department", scope: "variable.other.enummember.formguard" },
    { what: "selector logic", line: 21, text: "not", scope: "keyword.operator.logical.formguard" },
    { what: "ages include", line: 21, text: "include", scope: "keyword.other.selector.formguard" },
    { what: "age", line: 21, text: "18", scope: "constant.numeric.integer.formguard" },
    { what: "require", line: 22, text: "require", scope: "keyword.other.require.formguard" },
    { what: "required concept, dotted", line: 22, text: "accompanying-adult.name", scope: "variable.other.constant.concept.formguard" },
    { what: "with", line: 22, text: "with", scope: "keyword.other.constraint.formguard" },
    { what: "comparison", line: 22, text: ">=", scope: "keyword.operator.comparison.formguard" },
    { what: "duration unit", line: 22, text: "months", scope: "keyword.other.unit.formguard" },
    { what: "type constraint", line: 22, text: "person", scope: "support.type.field.formguard" },
    { what: "shown when concept", line: 23, text: "caring-responsibilities", scope: "variable.other.constant.concept.formguard" },
    { what: "shown when", line: 23, text: "shown", scope: "keyword.control.conditional.formguard" },
    { what: "keyword-named concept in one of", line: 24, text: "label", scope: "variable.other.constant.concept.formguard" },
    { what: "header property", line: 25, text: "version", scope: "support.constant.header-property.formguard" },
    { what: "cites", line: 26, text: "cites", scope: "keyword.other.cites.formguard" },
    { what: "paragraph reference kept as written", line: 26, text: "1.20", scope: "constant.numeric.reference.formguard" },
    { what: "recommendation reference", line: 26, text: "2.2", scope: "constant.numeric.reference.formguard" },
    { what: "section citation", line: 26, text: "section", scope: "keyword.other.citation.formguard" },
    { what: "block comment after code", line: 26, text: "inline", scope: "comment.block.formguard" },
    { what: "recommendation declaration", line: 30, text: "recommendation", scope: "storage.type.recommendation.formguard" },
    { what: "recommendation number", line: 30, text: "2.3", scope: "constant.numeric.reference.formguard" },
    { what: "not-checkable", line: 31, text: "not-checkable", scope: "keyword.other.property.formguard" },
  ];
  it.each(cases)("$what", (c) => expectScope(lines, c));

  it("scans the shipped pack without a runaway region", () => {
    // Every rule statement ends on its own line: a region that never closed would swallow the
    // next `rule` keyword.
    const text = fs.readFileSync(path.join(__dirname, "..", "..", "rules", "packs", "cqc-dorset-2015.formrules"), "utf8");
    const all = tokenize(grammar, text);
    const ruleKeywords = all.flat().filter((t) => t.scopes.includes("storage.type.rule.formguard"));
    expect(ruleKeywords.length).toBe((text.match(/^rule /gm) ?? []).length);
  });
});

describe("every example form and the shipped pack", () => {
  const root = path.join(__dirname, "..", "..");
  const files = [
    ...fs.readdirSync(path.join(root, "examples", "forms")).filter((f) => f.endsWith(".form")).map((f) => path.join("examples", "forms", f)),
    ...fs.readdirSync(path.join(root, "rules", "packs")).filter((f) => f.endsWith(".formrules")).map((f) => path.join("rules", "packs", f)),
  ];
  it.each(files)("%s scans with no invalid token", async (file) => {
    const grammar = await loadGrammar(file.endsWith(".form") ? "source.formguard-form" : "source.formguard-rules");
    const invalid = tokenize(grammar, fs.readFileSync(path.join(root, file), "utf8"))
      .flatMap((tokens, line) => tokens.filter((t) => t.scopes.some((s) => s.startsWith("invalid."))).map((t) => `${line}: ${t.text}`));
    expect(invalid).toEqual([]);
  });
});
