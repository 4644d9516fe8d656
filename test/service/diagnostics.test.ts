import { describe, expect, it } from "vitest";
import { builtinRuleIds } from "../../rules/builtin/registry";
import { checkDocument } from "../../rules/checker";
import { checkConfigDocument } from "../../service/config-diagnostics";
import { documentDiagnostics } from "../../service/diagnostics";
import { TODAY } from "../helpers";
import { ED_FORM, fixture } from "./fixture";

describe("diagnostics for the editor", () => {
  it("carry the rule id as code, formguard as source, citations in data and in the message, a link to the rule", () => {
    const f = fixture(ED_FORM);
    const lsp = documentDiagnostics(checkDocument(f.ws, f.uri, { today: TODAY }), f.ws.index);
    const d = lsp.find((x) => x.code === "cqc-dorset-2015/ed-accompanying-adult")!;
    expect(d).toMatchObject({ source: "formguard", severity: 1 });
    expect(d.message).toContain("recommendation 2.2; paragraph 1.20");
    expect(d.data).toMatchObject({ ruleId: "cqc-dorset-2015/ed-accompanying-adult", citations: [{ recommendation: "2.2" }, { paragraph: "1.20" }] });
    expect(d.codeDescription).toBeUndefined(); // the shipped pack is loaded from a path, not a file: URI, in this test
  });

  it("show waived findings as hints naming who waived them, and until when", () => {
    const f = fixture(ED_FORM);
    const lsp = documentDiagnostics(checkDocument(f.ws, f.uri, { today: TODAY }), f.ws.index);
    const waived = lsp.find((x) => x.code === "cqc-dorset-2015/ed-paediatric-liaison")!;
    expect(waived.severity).toBe(4);
    expect(waived.message).toMatch(/^Waived by Named nurse until 2099-01-01: "Reviewed in the PAS"\./);
  });

  it("link a pack rule to its declaration when the pack has a file: URI", () => {
    const f = fixture(ED_FORM, "file:///test/doc.form", { "file:///test/extra.formrules": 'pack extra "Extra" {\n  publisher "P"\n}\nrule sign {\n  title "Sign"\n  severity warning\n  require practitioner.signature required\n  cites paragraph 1.30\n}\n' });
    const lsp = documentDiagnostics(checkDocument(f.ws, f.uri, { today: TODAY }), f.ws.index);
    expect(lsp.find((d) => d.code === "extra/sign")!.codeDescription).toEqual({ href: "file:///test/extra.formrules#L4" });
  });
});

describe("formguard.config.json diagnostics", () => {
  const known = new Set([...builtinRuleIds(), "cqc-dorset-2015/ed-paediatric-liaison"]);
  const lineCol = (text: string, d: { range: { start: { line: number; character: number } } }) => {
    const line = text.split("\n")[d.range.start.line];
    return line.slice(d.range.start.character);
  };

  it.each([
    ["not JSON", '{\n  "packs": [,]\n}\n', /not valid JSON/, ",]"],
    ["an unknown key", '{\n  "rules": {},\n  "plugins": []\n}\n', /unknown key "plugins"/, '"plugins": []'],
    ["a wrong level", '{\n  "rules": { "missing-label": "loud" }\n}\n', /\$\.rules\.missing-label: expected one of/, '"loud" }'],
    ["a wrong type", '{\n  "packs": "extra.formrules"\n}\n', /\$\.packs: expected array/, '"extra.formrules"'],
    ["an unknown rule id, with the nearest suggested", '{\n  "rules": { "missing-labels": "off" }\n}\n', /`missing-labels`: no such rule \(did you mean "missing-label"\?\)/, '"missing-labels": "off" }'],
  ])("%s: says what and where, and that the last good configuration stays", (_name, text, message, at) => {
    const r = checkConfigDocument(text, known);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0].message).toMatch(message);
    expect(lineCol(text, r.diagnostics[0])).toBe(at);
    if (!/no such rule/.test(r.diagnostics[0].message)) {
      expect(r.config).toBeUndefined();
      expect(r.diagnostics[0].message).toContain("last valid configuration stays in use");
    }
  });

  it("a valid file: its configuration and no diagnostics", () => {
    const r = checkConfigDocument('{ "rules": { "cqc-dorset-2015/ed-paediatric-liaison": "warning" } }', known);
    expect(r).toEqual({ config: { rules: { "cqc-dorset-2015/ed-paediatric-liaison": "warning" } }, diagnostics: [] });
  });
});
