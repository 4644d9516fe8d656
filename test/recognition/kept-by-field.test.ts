/**
 * A field's recognition is kept on its AST node between re-checks (form-recognition.ts
 * `recogniseField`): typing in one field of a large form reads only that field and the two after
 * it again. It must never change an answer: after every edit below, the hints are exactly those
 * of a workspace that checks the edited text afresh, including the edits that change a field's
 * reading without touching its own text (the field before it, the section's title).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Workspace } from "../../language/model/workspace";
import { checkDocument } from "../../rules/checker";
import { Recogniser } from "../../rules/recognition/recogniser";
import { blockOf, promptOf, recogniseFields, siblingsOf } from "../../rules/recognition/form-recognition";
import { conceptVocabulary, recogniserFor } from "../../rules/recognition/vocabulary";
import type { Field, Form, StringLit } from "../../language/ast";
import type { FieldInfo, FormModel } from "../../language/model/form-model";
import { workspaceWithPacks } from "../helpers";

const URI = "/t/ed.form";
const TODAY = "2026-12-03";

const form = (o: { before?: string; title?: string; slot?: string; help?: string; options?: string; other?: string } = {}) => `form ed "ED attendance" {
  service emergency-department
  audience child
  section arrival "${o.title ?? "Arrival"}" {
    field who text { label "${o.before ?? "Name of the person accompanying the child"}" }
    field rel text { label "${o.slot ?? "Relationship to child"}"${o.help ? ` help "${o.help}"` : ""} }
    field reason choice { label "Reason" options ${o.options ?? '"Injury", "Illness"'} }
    field other text { label "${o.other ?? "Notes"}" }
  }
}`;

/** The recognition hints of a check, as a user reads them. */
function hints(ws: Workspace): string[] {
  return checkDocument(ws, URI, { today: TODAY }).diagnostics.filter((d) => d.ruleId === "recognised-concept").map((d) => d.message);
}

function fresh(text: string): string[] {
  const ws = workspaceWithPacks();
  ws.set(URI, text);
  return hints(ws);
}

afterEach(() => vi.restoreAllMocks());

describe("a recognition kept on its field between re-checks", () => {
  const edits: Array<[string, string]> = [
    ["the field before the slot names someone else", form({ before: "Mother's name" })],
    ["and names the accompanying adult again", form()],
    ["the slot's own label", form({ slot: "Relationship of accompanying adult to child" })],
    ["the slot's help", form({ help: "Ask who came with the child" })],
    ["the section's title", form({ title: "Person accompanying the child", before: "Phone number" })],
    ["an option of a later field", form({ options: '"Injury", "Domestic abuse disclosed"' })],
    ["a later field's label", form({ other: "Was the child seen alone?" })],
    ["back to the start", form()],
  ];

  it("gives after every edit exactly the hints of a fresh check of the same text", () => {
    const ws = workspaceWithPacks();
    ws.set(URI, form());
    expect(hints(ws)).toEqual(fresh(form()));
    expect(hints(ws).length).toBeGreaterThan(0); // the form has hints to get right
    const seen = new Set<string>();
    for (const [name, text] of edits) {
      ws.set(URI, text);
      const got = hints(ws);
      expect({ name, got }).toEqual({ name, got: fresh(text) });
      seen.add(got.join("\n"));
    }
    // The edits change what is recognised, so a kept answer that went stale would be seen.
    expect(seen.size).toBeGreaterThan(2);
  });

  it("reads again only the field edited and the two after it", () => {
    const ws = workspaceWithPacks();
    ws.set(URI, form());
    hints(ws);
    const spy = vi.spyOn(Recogniser.prototype, "recognise");
    hints(ws); // nothing changed: nothing read again
    expect(spy.mock.calls.length).toBe(0);
    ws.set(URI, form({ before: "Name of the adult accompanying the child" }));
    hints(ws);
    expect(spy.mock.calls.map((c) => c[0].label)).toEqual(["Name of the adult accompanying the child", "Relationship to child", "Reason"]);
  });
});

describe("the same field node met with other surroundings", () => {
  // The re-parse never does this today (an edit outside a field's braces parses its section
  // afresh), but the kept answer must not depend on that: every part of the prompt is compared.
  const lit = (value: string): StringLit => ({ value, span: { start: 0, end: 0 } }) as StringLit;
  const field = (m: FormModel, i: number) => m.fields[i].field as { -readonly [K in keyof Field]: Field[K] };
  const changes: Array<[string, string, (m: FormModel) => FormModel]> = [
    ["another section title around it", form({ before: "Phone number" }), (m) => {
      // One new section object shared by every field, as a parse makes it (siblings are read within a section).
      const retitled = new Map(m.sections.map((s) => [s, { ...s, title: lit("Person accompanying the child") }]));
      return { ...m, fields: m.fields.map((f) => ({ ...f, path: f.path.map((s) => retitled.get(s)!) })) };
    }],
    ["its label changed in place", form({ before: "Phone number", slot: "Name" }), (m) => ((field(m, 1).label = lit("Name of the person accompanying the child")), m)],
    ["its help changed in place", form({ before: "Phone number", slot: "Name" }), (m) => ((field(m, 1).help = lit("Name of the person accompanying the child")), m)],
    ["its options changed in place", form(), (m) => ((field(m, 2).options = [lit("Domestic abuse disclosed"), lit("Domestic abuse enquiry made")]), m)],
    ["its codes changed in place", form({ slot: "Name" }), (m) => ((field(m, 1).codes = [lit("http://loinc.org|95617-7")]), m)],
    ["its type changed in place", form(), (m) => ((field(m, 0).type = { text: "date", span: { start: 0, end: 0 } } as Field["type"]), m)],
  ];

  it.each(changes)("%s: answered as if read afresh", (_, text, change) => {
    const ws = workspaceWithPacks();
    ws.set(URI, text);
    const recogniser = recogniserFor(ws.index);
    const all = new Set(ws.index.concepts.keys());
    const model = ws.index.formModel(ws.get(URI)!.ast.items[0] as Form);
    const named = (m: FormModel) => recogniseFields(m, recogniser, all).map((r) => `${r.info.field.name.text} → ${r.recognition.concept}`);
    const first = named(model);
    const changed = change(model);
    const afresh = changed.fields.flatMap((info: FieldInfo, i: number) => {
      const r = recogniser.recognise(promptOf(info, info.field.label!.value, siblingsOf(changed.fields, i), undefined, undefined, blockOf(info, false, changed.form)));
      return r && info.field.covers.length === 0 ? [`${info.field.name.text} → ${r.concept}`] : [];
    });
    expect(named(changed)).toEqual(afresh);
    expect(afresh).not.toEqual(first); // the change matters, so a stale answer would be seen
  });

  it("another recogniser (other packs): answered by that one", () => {
    const ws = workspaceWithPacks();
    ws.set(URI, form({ other: "Sketch of the family tree" }));
    const model = ws.index.formModel(ws.get(URI)!.ast.items[0] as Form);
    const all = new Set(ws.index.concepts.keys());
    const named = (r: Recogniser) => recogniseFields(model, r, all).map((x) => `${x.info.field.name.text} → ${x.recognition.concept}`);
    const shipped = named(recogniserFor(ws.index));
    // A pack that says a family tree is the voice of the child.
    const vocabulary = conceptVocabulary(ws.index).map((c) => (c.id === "voice-of-child" ? { ...c, synonyms: [...c.synonyms, "sketch of the family tree"] } : c));
    const other = named(new Recogniser(vocabulary));
    expect(other).toContain("other → voice-of-child");
    expect(shipped).not.toContain("other → voice-of-child");
  });
});

describe("what a kept recognition holds", () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);

  // Typing inside a field re-parses only that field (language/incremental-parse.ts); an edit
  // elsewhere (here, the form's title changes too) parses the whole document afresh.
  it.each([
    ["the field alone re-parsed", false],
    ["the whole document parsed afresh at each edit", true],
  ])("does not keep earlier versions of the document alive: %s", (_, whole) => {
    // A one-megabyte document; each field is edited twice: its label (so the next field, whose
    // sibling it is, is read again in this version) then its help (so the next field's kept
    // answer still holds, its sibling's label equal but cut from a newer version's text).
    const big = `// ${"x".repeat(1_000_000)}\n`;
    let version = 0;
    const text = (edited: number, help: boolean) =>
      big +
      `form f "F${whole ? ++version : ""}" {\n  service emergency-department\n  section s "S" {\n` +
      Array.from({ length: 20 }, (_, i) => `    field f${i} text { label "Label ${i}${i <= edited ? " changed" : ""}" help "Help ${i}${i < edited || (i === edited && help) ? " changed" : ""}" }\n`).join("") +
      // Recognised from texts that change with every version: beside the field before, and by its options.
      `    field who${version} text { label "Name of the person accompanying the child, version ${version}" }\n    field rel text { label "Relationship to child" }\n` +
      `    field reason choice { label "Reason" options "Domestic abuse disclosed at version ${version}", "Domestic abuse enquiry made at version ${version}" }\n` +
      `  }\n}\n`;
    const ws = workspaceWithPacks();
    ws.set(URI, text(-1, false));
    hints(ws);
    const before = heap();
    for (let i = 0; i < 20; i++) {
      ws.set(URI, text(i, false));
      hints(ws);
      ws.set(URI, text(i, true));
      hints(ws);
    }
    // Forty versions of a megabyte each would be forty megabytes kept.
    expect(heap() - before).toBeLessThan(8_000_000);
  });
});
