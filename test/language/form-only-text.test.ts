/**
 * `declaresOnlyForms`: a streamed lint writes its first byte only once every file still to
 * check is judged, from its text, to declare nothing but forms. A "yes" that is wrong would let
 * a concept declared late in the run miss the files already written, so every doubt is a "no".
 */
import { describe, expect, it } from "vitest";
import { declaresOnlyForms } from "../../language/form-only-text";
import { parseDocument } from "../../language/parse";

const FORM = 'form a "A" {\n  service ed\n  audience child\n  field x text { label "X" covers risk.analysis }\n}\n';

describe("declaresOnlyForms", () => {
  it.each([
    ["a plain form with its header properties", FORM, true],
    ["two forms and comments naming other declarations", `// concept, rule, pack\n${FORM}/* service x "X" {} */\n${FORM}`, true],
    ["braces and keywords inside strings", 'form a "A { concept" {\n  field x text { label "} rule {" }\n}\n', true],
    ["a concept after the form", `${FORM}concept local.x "X"\n`, false],
    ["a service declared on the form's closing line", 'form a "A" {} service ed "ED"\n', false],
    ["a rule inside a form (recovery could lift it out)", 'form a "A" {\n  rule r { }\n}\n', false],
    ["an extend concept", `${FORM}extend concept risk.analysis { synonyms "x" }\n`, false],
    ["a pack declaration first", `pack local\n${FORM}`, false],
    ["`service` at the top level", 'service ed "ED"\n', false],
    ["an unterminated string", 'form a "A {\n}\n', false],
    ["an unterminated block comment", 'form a "A" { /* }\n', false],
    ["a closing brace too many", `${FORM}}\n`, false],
    ["an unclosed form", 'form a "A" {\n  field x text {\n}\n', false],
    ["a concept id ending in a keyword", 'form a "A" { field x text { covers safeguarding.rule } }\n', false],
    ["a word that only starts with a keyword", 'form a "A" { field x text { covers rules_of_thumb } }\n', true],
  ])("%s → %s", (_what, text, expected) => {
    expect(declaresOnlyForms(text)).toBe(expected);
  });

  it("never says yes to a text the parser reads a declaration other than a form from", () => {
    const texts = [
      `${FORM}concept local.x "X"\n`,
      'form a "A" {\n  concept x "X"\n}\n',
      'form a "A" {\n  section s "S" { service ed "ED" }\n}\n',
      'form a "A" { field x text { } } rule r "R" { severity error }\n',
      'form a "A" {\n  field x text { label "A" ) recommendation 1.2 "R"\n}\n',
    ];
    const readAsMore = texts.filter((text) => parseDocument("t.form", text).ast.items.some((i) => i.kind !== "form"));
    // Recovery really does lift declarations out of broken forms: the cases test something.
    expect(readAsMore.length).toBeGreaterThanOrEqual(3);
    for (const text of readAsMore) expect(declaresOnlyForms(text), text).toBe(false);
  });
});
