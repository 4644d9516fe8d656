/**
 * Resolution: every id in a workspace resolves to its definition, and every use of it is
 * recorded as a reference (what go-to-definition, find-references, rename and the checks share).
 */
import { describe, expect, it } from "vitest";
import { Workspace } from "../../language/model/workspace";

const PACK = `pack p "P" { version "2.0" }
service ed "ED"
audience child "Child"
concept a.name "Name" { suggest text }
rule needs-name { title "T" severity error applies service ed and audience child require a.name required cites paragraph 1.20 }
recommendation 2.2 "Record who accompanies the child"
`;
const FORM = `form f "F" {
  service ed
  audience child
  section s {
    field who text { label "Who" covers a.name }
    field other text when who answered { label "Other" }
  }
  waive needs-name "reason"
}
`;

function ws() {
  const w = new Workspace();
  w.set("/p.formrules", PACK);
  w.set("/f.form", FORM);
  return w;
}
const slice = (w: Workspace, uri: string, span: { start: number; end: number }) => w.get(uri)!.text.slice(span.start, span.end);

describe("symbol tables", () => {
  it("declare forms, services, audiences, concepts, packs, rules (qualified by pack) and recommendations", () => {
    const index = ws().index;
    expect([...index.forms.keys()]).toEqual(["f"]);
    expect([...index.services.keys()]).toEqual(["ed"]);
    expect([...index.audiences.keys()]).toEqual(["child"]);
    expect([...index.concepts.keys()]).toEqual(["a.name"]);
    expect([...index.packs.keys()]).toEqual(["p"]);
    expect([...index.rules.keys()]).toEqual(["p/needs-name"]);
    expect([...index.recommendations.keys()]).toEqual(["p/2.2"]);
  });
  it("keep each pack's recommendations apart: two packs may both declare 2.2", () => {
    const w = ws();
    w.set("/q.formrules", `pack q "Q" { version "1.0.0" }\nrecommendation 2.2 "Another policy's 2.2"\nrule r { title "T" severity error require a.name cites recommendation 2.2 }\n`);
    const index = w.index;
    expect([...index.recommendations.keys()].sort()).toEqual(["p/2.2", "q/2.2"]);
    // The citation in pack q refers to q's 2.2, never p's.
    const cited = index.references.get("/q.formrules")!.filter((r) => r.kind === "recommendation");
    expect(cited.map((r) => r.id)).toEqual(["q/2.2"]);
  });
  it("point each definition at its name", () => {
    const w = ws();
    const c = w.index.concepts.get("a.name")![0];
    expect([c.uri, slice(w, c.uri, c.nameSpan)]).toEqual(["/p.formrules", "a.name"]);
    const r = w.index.rules.get("p/needs-name")![0];
    expect([r.pack, r.bareName, slice(w, r.uri, r.nameSpan)]).toEqual(["p", "needs-name", "needs-name"]);
  });
  it("resolve rule ids qualified or bare", () => {
    const index = ws().index;
    expect(index.resolveRule("p/needs-name").map((r) => r.id)).toEqual(["p/needs-name"]);
    expect(index.resolveRule("needs-name").map((r) => r.id)).toEqual(["p/needs-name"]);
    expect(index.resolveRule("nope")).toEqual([]);
  });
  it("a rule file without a pack declaration is qualified by its file name", () => {
    const w = new Workspace();
    w.set("/rules/local-extra.formrules", 'rule r { title "T" }');
    expect([...w.index.rules.keys()]).toEqual(["local-extra/r"]);
  });
});

describe("references", () => {
  it("record every use of an id in forms and packs, with its exact span", () => {
    const w = ws();
    const refs = (uri: string) => w.index.references.get(uri)!.map((r) => [r.kind, r.id, slice(w, uri, r.span), r.formId]);
    expect(refs("/f.form")).toEqual([
      ["service", "ed", "ed", undefined],
      ["audience", "child", "child", undefined],
      ["rule", "needs-name", "needs-name", undefined],
      ["concept", "a.name", "a.name", undefined],
      ["field", "who", "who", "f"],
    ]);
    expect(refs("/p.formrules")).toEqual([
      ["concept", "a.name", "a.name", undefined],
      ["service", "ed", "ed", undefined],
      ["audience", "child", "child", undefined],
    ]);
  });
  it("field references resolve through the form model", () => {
    const w = ws();
    const form = w.index.forms.get("f")![0].node;
    const model = w.index.formModel(form);
    expect(model.byId.get("who")?.section?.name.text).toBe("s");
    expect(model.byConcept.get("a.name")?.map((f) => f.field.name.text)).toEqual(["who"]);
  });
  it("are rebuilt when a document changes, and gone when it is removed", () => {
    const w = ws();
    w.set("/f.form", FORM.replace("covers a.name", ""));
    expect(w.index.references.get("/f.form")!.some((r) => r.kind === "concept")).toBe(false);
    w.remove("/p.formrules");
    expect(w.index.concepts.size).toBe(0);
  });
});
