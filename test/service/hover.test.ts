import { describe, expect, it } from "vitest";
import { checkDocument } from "../../rules/checker";
import { hover } from "../../service/hover";
import { TODAY } from "../helpers";
import { ED_FORM, fixture, textAt } from "./fixture";

function hoverText(doc: string) {
  const f = fixture(doc);
  const diags = checkDocument(f.ws, f.uri, { today: TODAY }).diagnostics;
  const h = hover(f.ws, f.uri, f.at[0], diags);
  return { f, h, text: h ? (h.contents as { value: string }).value : "" };
}

const at = (needle: string, offsetInNeedle: number) => {
  const i = ED_FORM.indexOf(needle) + offsetInNeedle;
  return ED_FORM.slice(0, i) + "<|>" + ED_FORM.slice(i);
};

describe("hover", () => {
  it("on a covered concept: its label, help, the rules requiring it with citations and the report's words", () => {
    const { f, h, text } = hoverText(at("covers accompanying-adult.name", 12));
    expect(text).toContain("**Full name of the adult accompanying the child** — concept `accompanying-adult.name`");
    expect(text).toContain('"mum" or "dad" is insufficient');
    expect(text).toContain("`cqc-dorset-2015/ed-accompanying-adult` (error): Record who accompanies the child, by full name and relationship — recommendation 2.2; paragraph 1.20");
    expect(text).toContain("> who is accompanying the child to the department is not explicitly recorded");
    expect(textAt(f.ws, f.uri, h!.range!)).toBe("accompanying-adult.name");
  });

  it("on a waived rule id: title, severity and citations", () => {
    const { text } = hoverText(at("waive ed-paediatric-liaison", 8));
    expect(text).toMatch(/`cqc-dorset-2015\/ed-paediatric-liaison` \((error|warning)\)/);
    expect(text).toContain("Cites recommendation 2.12");
  });

  it("on a field id in a `when`: the field's label and type", () => {
    const { text } = hoverText(at("when escort_present", 6));
    expect(text).toContain("**Is an adult with the child?** — field `escort_present`: yesno, required");
  });

  it("on a finding's range: the rule's explanation and how to fix it", () => {
    const { text } = hoverText(at("lookback 6 months", 10));
    expect(text).toContain("cqc-dorset-2015/");
    expect(text).toContain("**How to fix:**");
    expect(text).toMatch(/paragraph 1\.16|recommendation 2\.4|paragraph 1\.22/);
  });

  it("on a built-in check's finding: what the check is for", () => {
    const { text } = hoverText('form f "F" {\n  version "1"\n  owner "o"\n  field <|>x text\n}\n');
    expect(text).toContain("`missing-label`");
  });

  it("on blank space: nothing", () => {
    expect(hoverText(ED_FORM.replace("\n\n  section arrival", "\n<|>\n  section arrival")).h).toBeNull();
  });
});

describe("hover in a pack: citations and keywords", () => {
  const PACK = `pack local "Local policy" {
  version "1.0.0"
}
recommendation 2.2 "Local recommendation two point two"
rule r {
  title "T"
  severity error
  require header owner
  cites paragraph 4.1, recommendation 2.2
  quote "the policy's words"
}
`;
  const hoverPack = (needle: string, offsetInNeedle: number) => {
    const i = PACK.indexOf(needle) + offsetInNeedle;
    const f = fixture(PACK.slice(0, i) + "<|>" + PACK.slice(i), "/test/local.formrules");
    const h = hover(f.ws, f.uri, f.at[0]);
    return { f, h, text: h ? (h.contents as { value: string }).value : "" };
  };

  it.each([
    ["a paragraph citation", "paragraph 4.1", 3, ["**Paragraph 4.1** of *Local policy*", "> the policy's words"], "paragraph 4.1"],
    ["a recommendation citation (its own pack's, not the CQC's 2.2)", "recommendation 2.2\n  quote", 3, ["**Recommendation 2.2** of `local`: Local recommendation two point two"], "recommendation 2.2"],
    ["the keyword `cites`", "cites", 2, ["`cites paragraph REF"], "cites"],
    ["the keyword `require`", "require header", 3, ["`require CONCEPT"], "require"],
  ])("on %s", (_name, needle, offset, expected, range) => {
    const { f, h, text } = hoverPack(needle, offset);
    for (const e of expected) expect(text).toContain(e);
    expect(textAt(f.ws, f.uri, h!.range!)).toBe(range);
  });
});
