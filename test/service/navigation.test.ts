import { describe, expect, it } from "vitest";
import { definition } from "../../service/definition";
import { documentHighlights } from "../../service/document-highlight";
import { references } from "../../service/references";
import { fixture, PACK_URI, textAt } from "./fixture";

const FORM = `form ed "ED" {
  service emergency-<|>department
  audience child
  field seen yesno {
    label "Seen?"
  }
  field who text when se<|>en = yes {
    label "Who?"
    covers accompanying-<|>adult.name
  }
  field why text when seen = no and not who answered {
    label "Why?"
  }
  waive ed-paediatric-<|>liaison "Reason" by "Nurse"
}
`;

describe("go to definition", () => {
  it.each([
    ["a service → its declaration in the pack", 0, PACK_URI, "emergency-department"],
    ["a field in `when` → the field", 1, "/test/doc.form", "seen"],
    ["a concept → its declaration in the pack", 2, PACK_URI, "accompanying-adult.name"],
    ["a waived rule → the rule", 3, PACK_URI, "ed-paediatric-liaison"],
  ])("%s", (_name, marker, uri, word) => {
    const f = fixture(FORM);
    const defs = definition(f.ws, f.uri, f.at[marker]);
    expect(defs).toHaveLength(1);
    expect(defs[0].uri).toBe(uri);
    expect(textAt(f.ws, defs[0].uri, defs[0].range)).toBe(word);
  });

  it("nothing on a keyword", () => {
    const f = fixture('form ed "ED" {\n  fi<|>eld x text\n}\n');
    expect(definition(f.ws, f.uri, f.at[0])).toEqual([]);
  });
});

describe("find references and document highlight", () => {
  it("a field: its declaration and every `when` that names it", () => {
    const f = fixture(FORM);
    const refs = references(f.ws, f.uri, f.at[1], true);
    expect(refs.map((r) => r.range.start.line)).toEqual([3, 6, 10]);
    expect(references(f.ws, f.uri, f.at[1], false).map((r) => r.range.start.line)).toEqual([6, 10]);
  });

  it("a concept: in this form and in the packs that declare and require it", () => {
    const f = fixture(FORM, "/test/doc.form", { "/test/other.form": 'form other "O" {\n  field n text {\n    label "N"\n    covers accompanying-adult.name\n  }\n}\n' });
    const uris = new Set(references(f.ws, f.uri, f.at[2], true).map((r) => r.uri));
    expect(uris).toEqual(new Set(["/test/doc.form", "/test/other.form", PACK_URI]));
  });

  it("highlights the field's uses in this document, marking the declaration as written", () => {
    const f = fixture(FORM);
    const hl = documentHighlights(f.ws, f.uri, f.at[1]);
    expect(hl.map((h) => [h.range.start.line, h.kind])).toEqual([
      [3, 3],
      [6, 2],
      [10, 2],
    ]);
  });

  it("keeps fields of different forms apart", () => {
    const f = fixture(FORM, "/test/doc.form", { "/test/other.form": 'form other "O" {\n  field seen yesno {\n    label "S"\n  }\n}\n' });
    expect(references(f.ws, f.uri, f.at[1], true).every((r) => r.uri === "/test/doc.form")).toBe(true);
  });
});
