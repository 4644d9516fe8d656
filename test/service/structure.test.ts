import { describe, expect, it } from "vitest";
import type { DocumentSymbol } from "vscode-languageserver";
import { documentSymbols } from "../../service/document-symbols";
import { foldingRanges } from "../../service/folding-ranges";
import { SEMANTIC_LEGEND, semanticTokens } from "../../service/semantic-tokens";
import { workspaceSymbols } from "../../service/workspace-symbols";
import { fixture, PACK_URI } from "./fixture";

const FORM = `// Emergency department
// attendance record
form ed "ED" {
  service emergency-department
  section arrival "Arrival" {
    field seen yesno {
      label "Seen?"
    }
    /* a block
       comment */
    field who text when seen = yes {
      covers accompanying-adult.name
    }
  }
  field notes longtext
}
`;

const outline = (symbols: DocumentSymbol[]): unknown[] => symbols.map((s) => (s.children?.length ? [s.name, outline(s.children)] : s.name));

describe("document symbols", () => {
  it("a form: form → sections → fields", () => {
    const f = fixture(FORM);
    expect(outline(documentSymbols(f.ws, f.uri))).toEqual([["ed", [["arrival", ["seen", "who"]], "notes"]]]);
  });

  it("a pack: the pack, then its services, audiences, concepts, rules and recommendations inside it", () => {
    const f = fixture("");
    const [pack] = documentSymbols(f.ws, PACK_URI);
    expect(pack.name).toBe("cqc-dorset-2015");
    const names = pack.children!.map((c) => c.name);
    expect(names).toContain("emergency-department");
    expect(names).toContain("accompanying-adult.name");
    expect(names).toContain("ed-accompanying-adult");
    expect(names).toContain("recommendation 2.2");
    // Every child lies inside its parent, as LSP requires.
    for (const c of pack.children!) expect(c.range.end.line).toBeLessThanOrEqual(pack.range.end.line);
  });

  it("half-typed text still gives an outline", () => {
    const f = fixture('form ed "ED" {\n  section a {\n    field x text {\n      label "X"\n');
    expect(outline(documentSymbols(f.ws, f.uri))).toEqual([["ed", [["a", ["x"]]]]]);
  });
});

describe("workspace symbols", () => {
  it("finds forms, fields and pack declarations by a fuzzy query", () => {
    const f = fixture(FORM);
    const found = workspaceSymbols(f.ws, "accadult");
    expect(found.map((s) => s.name)).toContain("accompanying-adult.name");
    const field = workspaceSymbols(f.ws, "seen").find((s) => s.location.uri === f.uri)!;
    expect(field).toMatchObject({ name: "seen", containerName: "ed" });
  });
});

describe("folding ranges", () => {
  it("folds every block and every run of comments, leaving the closing brace visible", () => {
    const f = fixture(FORM);
    const ranges = foldingRanges(f.ws, f.uri).map((r) => [r.startLine, r.endLine, r.kind ?? "block"]);
    expect(ranges).toEqual([
      [0, 1, "comment"],
      [2, 14, "block"],
      [4, 12, "block"],
      [5, 6, "block"],
      [8, 9, "comment"],
      [10, 11, "block"],
    ]);
  });
});

describe("semantic tokens", () => {
  it("classifies keywords, types, ids by what they name, strings, numbers and comments", () => {
    const f = fixture('// note\nform ed "ED" {\n  ages 0..17\n  field label yesno {\n    covers voice-of-child\n  }\n  field b text when label = yes\n}\n');
    const { data } = semanticTokens(f.ws, f.uri);
    const lines = f.text.split("\n");
    const tokens: string[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      const word = lines[line].slice(char, char + data[i + 2]);
      const mods = data[i + 4] ? "+decl" : "";
      tokens.push(`${word}:${SEMANTIC_LEGEND.tokenTypes[data[i + 3]]}${mods}`);
    }
    expect(tokens).toEqual([
      "// note:comment",
      "form:keyword",
      "ed:namespace+decl",
      '"ED":string',
      "ages:keyword",
      "0:number",
      "..:operator",
      "17:number",
      "field:keyword",
      // A field may be called `label`: it is a field here, not the keyword.
      "label:variable+decl",
      "yesno:type",
      "covers:keyword",
      "voice-of-child:enumMember",
      "field:keyword",
      "b:variable+decl",
      "text:type",
      "when:keyword",
      "label:variable",
      "=:operator",
      "yes:keyword",
    ]);
  });
});
