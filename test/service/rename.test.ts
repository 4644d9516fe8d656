import { describe, expect, it } from "vitest";
import type { WorkspaceEdit } from "vscode-languageserver";
import { prepareRename, rename, RenameError } from "../../service/rename";
import { fixture, PACK_URI, textAt } from "./fixture";

const FORM = `form ed "ED" {
  field se<|>en yesno {
    label "Seen?"
  }
  field who text when seen = yes {
    label "Who?"
    covers accompanying-<|>adult.name
  }
  field why text when seen = no {
    label "Why?"
  }
  waive cqc-dorset-2015/ed-paediatric-<|>liaison "Reason"
}
`;

function editedTexts(f: ReturnType<typeof fixture>, edit: WorkspaceEdit) {
  return Object.entries(edit.changes!).flatMap(([uri, edits]) => edits.map((e) => `${uri === PACK_URI ? "pack" : uri}:${e.range.start.line}:${textAt(f.ws, uri, e.range)}→${e.newText}`));
}

describe("rename", () => {
  it("a field together with its `when` references", () => {
    const f = fixture(FORM);
    const edit = rename(f.ws, f.uri, f.at[0], "seen_today")!;
    expect(editedTexts(f, edit)).toEqual(["/test/doc.form:1:seen→seen_today", "/test/doc.form:4:seen→seen_today", "/test/doc.form:8:seen→seen_today"]);
  });

  it("a concept across the workspace, packs included", () => {
    const f = fixture(FORM);
    const edit = rename(f.ws, f.uri, f.at[1], "accompanying-adult.full-name")!;
    const edits = editedTexts(f, edit);
    expect(edits).toContain("/test/doc.form:6:accompanying-adult.name→accompanying-adult.full-name");
    const inPack = edits.filter((e) => e.startsWith("pack:"));
    // The declaration and the rule that requires it.
    expect(inPack.length).toBeGreaterThanOrEqual(2);
  });

  it("a rule named in a waiver: only the rule's own name, the pack prefix stays", () => {
    const f = fixture(FORM);
    const prepared = prepareRename(f.ws, f.uri, f.at[2])!;
    expect(prepared.placeholder).toBe("ed-paediatric-liaison");
    const edits = editedTexts(f, rename(f.ws, f.uri, f.at[2], "ed-liaison-review")!);
    expect(edits).toContain("/test/doc.form:11:ed-paediatric-liaison→ed-liaison-review");
    expect(edits.some((e) => e.startsWith("pack:") && e.endsWith("ed-paediatric-liaison→ed-liaison-review"))).toBe(true);
  });

  it.each([
    ["an id with capitals or spaces", 0, "Seen Today", /not a valid field id/],
    ["a dotted field id", 0, "seen.today", /not a valid field id/],
    ["a field id already used in the form", 0, "who", /already has a field or section called `who`/],
    ["a concept id already declared", 1, "accompanying-adult.relationship", /concept `accompanying-adult.relationship` is already declared/],
    ["a concept id that is not an id", 1, "1st.adult", /not a valid concept id/],
  ])("refuses %s with a message saying why", (_name, marker, name, message) => {
    const f = fixture(FORM);
    expect(() => rename(f.ws, f.uri, f.at[marker], name)).toThrow(RenameError);
    expect(() => rename(f.ws, f.uri, f.at[marker], name)).toThrow(message);
  });

  it("prepareRename: the name under the cursor, nothing on blank space", () => {
    const f = fixture('form ed "ED" {\n<|>\n  field se<|>en yesno\n}\n');
    expect(prepareRename(f.ws, f.uri, f.at[0])).toBeNull();
    expect(prepareRename(f.ws, f.uri, f.at[1])!.placeholder).toBe("seen");
  });
});
