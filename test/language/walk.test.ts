/** The one walk over a form's sections and fields (language/walk.ts): order, depth and path. */
import { describe, expect, it } from "vitest";
import type { Form } from "../../language/ast";
import { parseDocument } from "../../language/parse";
import { allFields, allSections, walkMembers } from "../../language/walk";

const form = parseDocument("/w.form", 'form f {\n  field a text\n  section s {\n    field b text\n    section t { field c text }\n    section empty { }\n  }\n  field d text\n}\n').ast.items[0] as Form;

describe("walkMembers", () => {
  it("visits every section and field, depth first in source order, each with the sections around it", () => {
    const seen: string[] = [];
    walkMembers(form.members, (m, path) => seen.push(`${[...path.map((s) => s.name.text), m.name.text].join("/")} ${m.kind}`));
    expect(seen).toEqual(["a field", "s section", "s/b field", "s/t section", "s/t/c field", "s/empty section", "d field"]);
  });

  it("lists the fields and the sections at any depth", () => {
    expect(allFields(form.members).map((f) => f.name.text)).toEqual(["a", "b", "c", "d"]);
    expect(allSections(form.members).map((s) => s.name.text)).toEqual(["s", "t", "empty"]);
  });
});
