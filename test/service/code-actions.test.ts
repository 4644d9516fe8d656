import { describe, expect, it } from "vitest";
import type { CodeAction, Range } from "vscode-languageserver";
import { fixesFor } from "../../fixes/index";
import type { Diagnostic } from "../../language/diagnostic";
import { codeActions } from "../../service/code-actions";
import { workspaceWithPacks } from "../helpers";
import { check as checkWith } from "../rule-tester";
import { ED_FORM } from "./fixture";

const URI = "/test/ed.form";

const check = (text: string) => checkWith(text, { uri: URI });

function actionsFor(text: string, pick: (d: Diagnostic) => boolean) {
  const { ws, diagnostics: diags } = check(text);
  const target = diags.find(pick);
  if (!target) throw new Error(`no such diagnostic in: ${diags.map((d) => d.ruleId).join(", ")}`);
  const actions = codeActions(ws.get(URI)!, ws.index, target.range, diags, fixesFor).filter((a) => a.diagnostics?.[0].code === target.ruleId && rangeEq(a.diagnostics[0].range, target.range));
  return { target, actions, ws };
}

function rangeEq(a: Range, b: Range) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Applies an action's edits (LSP ranges) to the text, as an editor does. */
function apply(text: string, action: CodeAction): string {
  const ws = workspaceWithPacks();
  const doc = ws.set(URI, text);
  const edits = action.edit!.changes![URI].map((e) => ({ start: doc.lines.offset(e.range.start), end: doc.lines.offset(e.range.end), text: e.newText }));
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const commentsOf = (text: string) => text.split("\n").filter((l) => l.trim().startsWith("//")).map((l) => l.trim());

describe("code actions (quick fixes from fixes/)", () => {
  it.each([
    ["a missing concept: inserts the suggested field", (d: Diagnostic) => d.data?.kind === "missing-concept" && d.data.concept === "accompanying-adult.relationship", "covers accompanying-adult.relationship"],
    ["a look-back that is too short: sets 12 months", (d: Diagnostic) => d.data?.kind === "lookback", "lookback 12 months"],
  ])("%s, and the finding clears once applied", (_name, pick, inserted) => {
    const { target, actions } = actionsFor(ED_FORM, pick);
    const preferred = actions.find((a) => a.isPreferred);
    expect(preferred, actions.map((a) => a.title).join("; ")).toBeDefined();
    expect(preferred!.kind).toBe("quickfix");
    const fixed = apply(ED_FORM, preferred!);
    expect(fixed).toContain(inserted);
    const after = check(fixed).diagnostics;
    expect(after.some((d) => d.ruleId === target.ruleId && JSON.stringify(d.data) === JSON.stringify(target.data))).toBe(false);
    expect(commentsOf(fixed)).toEqual(commentsOf(ED_FORM));
  });

  it("an unknown concept: replaces it with the suggestion", () => {
    const text = ED_FORM.replace("covers attendance.count", "covers attendance.cuont");
    const { actions } = actionsFor(text, (d) => d.ruleId === "unknown-concept");
    const fix = actions.find((a) => a.title.includes("attendance.count"));
    expect(fix).toBeDefined();
    expect(check(apply(text, fix!)).diagnostics.some((d) => d.ruleId === "unknown-concept")).toBe(false);
  });

  it("any rule finding: a waiver stub to fill in", () => {
    const { actions } = actionsFor(ED_FORM, (d) => d.ruleId.startsWith("cqc-dorset-2015/") && d.data?.kind === "lookback");
    const waive = actions.find((a) => /waive/i.test(a.title));
    expect(waive).toBeDefined();
    expect(apply(ED_FORM, waive!)).toMatch(/waive cqc-dorset-2015\/\S+ "/);
  });

  it("one waiver action for two findings of the same rule at one place, naming both", () => {
    const text = 'form ed "ED" {\n  service emergency-department\n  audience child\n  section arrival "Arrival" {\n    field nok text { label "Next of kin" }\n  }\n}\n';
    const { ws, diagnostics: diags } = check(text);
    const adult = diags.filter((d) => d.ruleId === "cqc-dorset-2015/ed-accompanying-adult");
    expect(adult).toHaveLength(2);
    expect(rangeEq(adult[0].range, adult[1].range)).toBe(true);
    const actions = codeActions(ws.get(URI)!, ws.index, adult[0].range, diags, fixesFor);
    const waivers = actions.filter((a) => a.title.includes("cqc-dorset-2015/ed-accompanying-adult") && /waive/i.test(a.title));
    expect(waivers).toHaveLength(1);
    expect(waivers[0].diagnostics!.map((d) => d.code)).toEqual(["cqc-dorset-2015/ed-accompanying-adult", "cqc-dorset-2015/ed-accompanying-adult"]);
    const titles = actions.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("only for findings in the requested range", () => {
    const { ws, diagnostics: diags } = check(ED_FORM);
    const empty = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const onFirstLine = diags.filter((d) => d.range.start.line === 0);
    const actions = codeActions(ws.get(URI)!, ws.index, empty, diags, fixesFor);
    for (const a of actions) expect(onFirstLine.map((d) => d.ruleId)).toContain(a.diagnostics![0].code);
  });

  it("none when the client asks only for other kinds of action", () => {
    const { ws, diagnostics: diags } = check(ED_FORM);
    const all = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
    expect(codeActions(ws.get(URI)!, ws.index, all, diags, fixesFor, ["refactor"])).toEqual([]);
    expect(codeActions(ws.get(URI)!, ws.index, all, diags, fixesFor, ["quickfix"]).length).toBeGreaterThan(0);
  });
});
