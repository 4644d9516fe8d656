/**
 * The preview model: each missing prompt is drawn exactly where its quick fix inserts the field
 * (checked by applying the fix to every non-compliant example and finding the new field), a
 * Questionnaire's hidden items are not shown, and the command writes where it was told.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { fixesFor } from "../../fixes/index";
import type { Field, Form, Section } from "../../language/ast";
import { parseDocument } from "../../language/parse";
import { applyEdits } from "../../language/text-edit";
import type { PreviewItem, PreviewModel } from "../../preview/model";
import { checkDocument } from "../../rules/checker";
import { buildAndRunCli } from "../pack/built-cli";
import { TODAY, workspaceWithPacks } from "../helpers";
import { tempDir } from "../cli/cli-harness";
import { CONDITIONAL_FORM, EXAMPLES, previewOf, previewOfText } from "./fixture";

/** Where each item sits: its section's id (or "") and the id of the question before it (or ""). */
function placesInPreview(model: PreviewModel): Map<string, { section: string; after: string }> {
  const out = new Map<string, { section: string; after: string }>();
  const walk = (items: PreviewItem[], section: string) => {
    let after = "";
    for (const it of items) {
      if (it.kind === "missing") out.set(it.concept, { section, after });
      else if (it.kind === "section") walk(it.items, it.id);
      else after = it.id;
    }
  };
  for (const f of model.forms) walk(f.items, "");
  return out;
}

function placeInForm(form: Form, fieldId: string): { section: string; after: string } | undefined {
  let found: { section: string; after: string } | undefined;
  const walk = (members: Array<Section | Field>, section: string) => {
    let after = "";
    for (const m of members) {
      if (m.kind === "section") walk(m.members, m.name.text);
      else if (m.name.text === fieldId) found = { section, after };
      else after = m.name.text;
    }
  };
  walk(form.members, "");
  return found;
}

const NONCOMPLIANT = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".noncompliant.form"));

describe("missing prompts are placed where the quick fix inserts them", () => {
  it.each(NONCOMPLIANT)("%s", (name) => {
    const file = path.join(EXAMPLES, name);
    const text = fs.readFileSync(file, "utf8");
    const { model } = previewOf(file);
    const shown = placesInPreview(model);
    const ws = workspaceWithPacks();
    ws.set(file, text);
    const missing = checkDocument(ws, file, { today: TODAY }).diagnostics.flatMap((d) => (d.data?.kind === "missing-concept" ? [{ d, skeleton: d.data.skeleton }] : []));
    expect([...shown.keys()].sort()).toEqual(missing.map((m) => m.skeleton.concept).sort());
    for (const { d, skeleton } of missing) {
      const fix = fixesFor(ws.get(file)!, d, ws.index, { today: TODAY }).find((f) => f.preferred)!;
      const fixed = parseDocument(file, applyEdits(text, fix.edits));
      const form = fixed.ast.items.find((i): i is Form => i.kind === "form")!;
      expect(shown.get(skeleton.concept), skeleton.concept).toEqual(placeInForm(form, skeleton.id));
    }
  });
});

describe("preview model", () => {
  it("gives each field its type, label, help, required, look-back, range, condition and concepts", () => {
    const { model } = previewOfText("ed.form", CONDITIONAL_FORM);
    const section = model.forms[0].items[0];
    expect(section.kind).toBe("section");
    const fields = (section as Extract<PreviewItem, { kind: "section" }>).items.filter((i) => i.kind === "field");
    expect(fields.map((f) => [f.id, f.type, f.required, f.whenText ?? ""])).toEqual([
      ["accompanied", "yesno", true, ""],
      ["accompanied_by", "person", true, "accompanied = yes"],
      ["relationship", "choice", false, "accompanied = yes"],
      ["attendances", "number", false, ""],
      ["notes", "longtext", false, ""],
    ]);
    const attendances = fields[3] as Extract<PreviewItem, { kind: "field" }>;
    expect([attendances.lookback, attendances.min, attendances.max]).toEqual(["12 months", 0, 50]);
    expect((fields[1] as Extract<PreviewItem, { kind: "field" }>).concepts).toEqual([{ id: "accompanying-adult.name", title: expect.any(String) }]);
  });

  it("does not show a Questionnaire's hidden items, and keeps its enableWhen as a condition", () => {
    const q = {
      resourceType: "Questionnaire",
      status: "active",
      name: "hidden-demo",
      item: [
        { linkId: "seen", text: "Seen today?", type: "boolean" },
        { linkId: "why", text: "Why not?", type: "string", enableWhen: [{ question: "seen", operator: "=", answerBoolean: false }] },
        { linkId: "internal", text: "Internal score", type: "integer", extension: [{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", valueBoolean: true }] },
      ],
    };
    const { model, html } = previewOfText("q.json", JSON.stringify(q, null, 2));
    const ids = model.forms[0].items.map((i) => (i.kind === "missing" ? `missing:${i.concept}` : i.id));
    expect(ids.filter((i) => !i.startsWith("missing:"))).toEqual(["seen", "why"]);
    expect(html).not.toContain("Internal score");
    const why = model.forms[0].items[1] as Extract<PreviewItem, { kind: "field" }>;
    expect(why.when).toEqual({ op: "=", field: "seen", value: "no" });
  });

  it("draws a hidden item when a finding is about it, saying it is never shown; an enableWhenExpression stays on the page, written under it", () => {
    const hidden = { url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", valueBoolean: true };
    const expression = { url: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression", valueExpression: { language: "text/fhirpath", expression: "%age < 18" } };
    const concept = (code: string) => [{ system: "https://formguard.dev/concepts", code }];
    const q = {
      resourceType: "Questionnaire",
      status: "active",
      name: "ed",
      useContext: [{ code: { system: "http://terminology.hl7.org/CodeSystem/usage-context-type", code: "program" }, valueCodeableConcept: { coding: [{ system: "https://formguard.dev/services", code: "emergency-department" }] } }, { code: { system: "http://terminology.hl7.org/CodeSystem/usage-context-type", code: "focus" }, valueCodeableConcept: { coding: [{ system: "https://formguard.dev/audiences", code: "child" }] } }],
      item: [
        { linkId: "name", text: "Accompanying adult's name", type: "string", required: true, code: concept("accompanying-adult.name"), extension: [hidden] },
        { linkId: "rel", text: "Their relationship to the child", type: "string", required: true, code: concept("accompanying-adult.relationship"), extension: [expression] },
        { linkId: "stamp", text: "Time stamp", type: "dateTime", extension: [hidden] },
      ],
    };
    const { model, html } = previewOfText("q.json", JSON.stringify(q, null, 2));
    const fields = model.forms[0].items.filter((i): i is Extract<PreviewItem, { kind: "field" }> => i.kind === "field");
    expect(fields.map((f) => [f.id, f.hidden, f.findings.map((x) => x.message)])).toEqual([
      ["name", true, [expect.stringContaining("covers accompanying-adult.name but is hidden (questionnaire-hidden)")]],
      ["rel", false, [expect.stringContaining("only when expression")]],
    ]);
    // In the Questionnaire's terms, as `lint` says them on the JSON: an item, its enableWhen, its extension.
    const messages = fields.flatMap((f) => f.findings.map((x) => x.message));
    expect(messages.every((m) => m.startsWith("Item `"))).toBe(true);
    expect(messages.join("\n")).toContain("remove its questionnaire-hidden extension");
    expect(messages.join("\n")).toContain("remove the item's enableWhen or enableWhenExpression");
    expect(messages.join("\n")).not.toMatch(/remove the `when`|remove `hidden`/);
    expect(html).toContain("Never shown to the person completing the form (hidden)");
    expect(html).toContain("Asked only when <code>expression &quot;%age &lt; 18&quot;</code>");
    expect(html).not.toContain("Time stamp");
  });
});

describe("formguard preview (the built command)", () => {
  const dir = tempDir({ "ed.form": CONDITIONAL_FORM, "keep.html": "mine" });
  it.each([
    [["preview", path.join(dir, "ed.form")], 0, /^<!DOCTYPE html>/, ""],
    [["preview", dir], 2, /^$/, "not a file"],
    [["preview", path.join(dir, "nope.form")], 2, /^$/, "nope.form: cannot read: no such file."],
    [["preview"], 2, /^$/, "give exactly one form"],
  ] as const)("%j exits %i", (args, status, stdout, stderr) => {
    const r = buildAndRunCli([...args, "--today", TODAY]);
    expect(r.status).toBe(status);
    expect(r.stdout).toMatch(stdout);
    expect(r.stderr).toContain(stderr);
  });

  it("with --infer, the WHO EmCare registration's accompanying-person questions are not drawn as missing prompts", () => {
    const emcare = path.resolve(__dirname, "../fixtures/fhir/real/who-emcare-registration-e.json");
    const args = ["preview", emcare, "--service", "emergency-department", "--audience", "child", "--today", TODAY];
    const missing = (html: string) => [...html.matchAll(/data-concept="(accompanying-adult\.[a-z]+)"/g)].map((m) => m[1]);
    const plain = buildAndRunCli(args);
    expect(plain.status).toBe(0);
    expect(missing(plain.stdout).sort()).toEqual(["accompanying-adult.name", "accompanying-adult.relationship"]);
    const inferred = buildAndRunCli([...args, "--infer"]);
    expect(inferred.status).toBe(0);
    expect(missing(inferred.stdout)).toEqual([]);
    expect(inferred.stdout).toContain("(inferred from the label)");
  });

  it("writes only the file --output names, and says so", () => {
    const out = path.join(dir, "out", "preview.html");
    const r = buildAndRunCli(["preview", path.join(dir, "ed.form"), "--output", out, "--today", TODAY]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`wrote ${out} (1 form,`);
    expect(fs.readFileSync(out, "utf8")).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;');
    expect(fs.readdirSync(dir).sort()).toEqual(["ed.form", "keep.html", "out"]);
    expect(fs.readFileSync(path.join(dir, "keep.html"), "utf8")).toBe("mine");
  });
});
