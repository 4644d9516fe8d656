/**
 * Incremental re-parsing (language/incremental-parse.ts) must give exactly the document a full
 * parse gives, or decline. Thousands of random edits of the example forms are re-parsed both
 * ways; every accepted re-parse is compared with the full parse, and enough edits must take the
 * fast path for the comparison to mean something.
 */
import * as fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { isSpan, reparse, textChange } from "../../language/incremental-parse";
import { Workspace } from "../../language/model/workspace";
import { parseDocument } from "../../language/parse";
import { walkMembers } from "../../language/walk";

const dir = path.join(__dirname, "../../examples/forms");
const examples = fs.readdirSync(dir).filter((f) => f.endsWith(".form")).map((f) => fs.readFileSync(path.join(dir, f), "utf8"));
const FRAGMENTS = ["x", " ", "\n", "\r\n", '"', '\\"', "\\q", "{", "}", "(", ")", "//", "/*", "*/", "é", "\u0000", "label ", 'label "New"', "covers safeguarding.referral", "required", "when a = yes", "field extra text { }", "section s { }", ",", "..", "Kw", "BadId"];

/** Whether [start, end) lies strictly inside the braces of some field of `text`. */
function insideAFieldBody(text: string, start: number, end: number): boolean {
  const doc = parseDocument("/t.form", text);
  const fields: Array<{ body?: { start: number; end: number } }> = [];
  const walk = (members: unknown[]) => {
    for (const m of members as Array<{ kind: string; members?: unknown[]; body?: { start: number; end: number } }>) {
      if (m.kind === "section") walk(m.members ?? []);
      else fields.push(m);
    }
  };
  for (const item of doc.ast.items) if (item.kind === "form") walk(item.members);
  return fields.some((f) => f.body !== undefined && f.body.start < start && end < f.body.end);
}

function sameDocument(text: string, before: string) {
  const full = parseDocument("/t.form", text);
  const fast = reparse(parseDocument("/t.form", before), text);
  if (fast) {
    expect(fast.ast).toStrictEqual(full.ast);
    expect(fast.syntaxErrors).toStrictEqual(full.syntaxErrors);
    expect(fast.text).toBe(text);
    // The line index is made from the old one: every line must start where a fresh index says.
    expect(fast.lines).toStrictEqual(full.lines);
  }
  return fast !== undefined;
}

describe("incremental re-parsing", () => {
  it("gives the full parse's document for every random edit it accepts, and accepts the clean edits inside a field", () => {
    let accepted = 0;
    let eligible = 0;
    let acceptedEligible = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: examples.length - 1 }),
        fc.nat(),
        fc.integer({ min: 0, max: 12 }),
        fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })),
        (which, where, del, insert) => {
          const before = examples[which];
          const at = where % (before.length + 1);
          const text = before.slice(0, at) + insert + before.slice(at + del);
          const fast = sameDocument(text, before);
          if (fast) accepted++;
          // A clean result from an edit inside one field's braces is what the fast path is for.
          const change = textChange(before, text);
          const clean = parseDocument("/t.form", text).syntaxErrors.length === 0;
          if (clean && insideAFieldBody(before, change.start, change.end)) {
            eligible++;
            if (fast) acceptedEligible++;
          }
        },
      ),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(50);
    expect(eligible).toBeGreaterThan(50);
    // Declining is always safe, but a re-parser that declined these would be useless.
    expect(acceptedEligible / eligible).toBeGreaterThan(0.9);
  });

  it("typing a label one character at a time takes the fast path every time", () => {
    const before = examples.find((t) => t.includes('label "'))!;
    const at = before.indexOf('label "') + 'label "'.length;
    let text = before;
    for (let i = 0; i < 20; i++) {
      const next = text.slice(0, at + i) + "x" + text.slice(at + i);
      expect(sameDocument(next, text)).toBe(true);
      text = next;
    }
  });

  it.each([
    ["closes the field early with a `}`", (t: string, at: number) => t.slice(0, at) + "}" + t.slice(at)],
    ["opens a string that runs on", (t: string, at: number) => t.slice(0, at) + '"' + t.slice(at)],
    ["opens a block comment", (t: string, at: number) => t.slice(0, at) + "/*" + t.slice(at)],
    ["writes something that is not a property", (t: string, at: number) => t.slice(0, at) + " nonsense " + t.slice(at)],
  ])("declines an edit that %s (the full parse decides)", (_what, edit) => {
    const before = examples.find((t) => t.includes('label "'))!;
    const at = before.indexOf('label "');
    const doc = parseDocument("/t.form", before);
    const untouched = structuredClone(doc.ast);
    expect(reparse(doc, edit(before, at))).toBeUndefined();
    // Declining leaves the document as it was: the caller parses in full and may still show it.
    expect(doc.ast).toStrictEqual(untouched);
  });

  it("re-parses its own results edit after edit, as a workspace does, and each is the full parse's document", () => {
    // Each re-parse takes over the nodes of the one before and moves them in place: a node moved
    // twice, or not at all, shows up within a few edits.
    for (const before of examples.filter((t) => (t.match(/label "/g) ?? []).length >= 3)) {
      const labels = [...before.matchAll(/label "/g)].map((m) => m.index! + 'label "'.length);
      let text = before;
      let doc = parseDocument("/t.form", before);
      for (let i = 0; i < 60; i++) {
        // Type into the first, the last and a middle label in turn; every fifth edit deletes.
        const which = [0, labels.length - 1, labels.length >> 1][i % 3];
        const at = labels[which];
        const next = i % 5 === 4 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + "x" + text.slice(at);
        const fast = reparse(doc, next);
        expect(fast).toBeDefined();
        expect(fast!.ast).toStrictEqual(parseDocument("/t.form", next).ast);
        const delta = next.length - text.length;
        for (let k = 0; k < labels.length; k++) if (labels[k] > at) labels[k] += delta;
        doc = fast!;
        text = next;
      }
    }
  });

  it("moves only spans: in every example form and shipped pack, an object with a numeric start and end is a span and nothing else", () => {
    // The mover shifts any object with a numeric `start` and `end` as a span, without counting its
    // keys (it runs on every node after an edit). A node kind that grew such properties would be
    // shifted wrongly: this says so before any edit does.
    const packs = path.join(__dirname, "../../rules/packs");
    const texts = [...examples, ...fs.readdirSync(packs).filter((f) => f.endsWith(".formrules")).map((f) => fs.readFileSync(path.join(packs, f), "utf8"))];
    let spans = 0;
    const notSpans: string[] = [];
    const visit = (v: unknown): void => {
      if (typeof v !== "object" || v === null) return;
      if (Array.isArray(v)) return v.forEach(visit);
      if (isSpan(v)) {
        if (Object.keys(v).length === 2) spans++;
        else notSpans.push(Object.keys(v).join(", "));
      }
      for (const k in v) visit((v as Record<string, unknown>)[k]);
    };
    for (const text of texts) visit(parseDocument("/t.form", text).ast.items);
    expect(notSpans).toEqual([]);
    expect(spans).toBeGreaterThan(1000);
  });

  it("moves every property of the fields and sections after an edit (one form using each property, then every key checked)", () => {
    // Fields and sections are moved property by property; a property the parser gained and the
    // mover did not would keep its old offset. This form uses each one after the edited field.
    const before = [
      'form f "F" {',
      "  service emergency-department",
      "  audience child",
      '  section first "First" {',
      '    field typed_here text { label "Typing here" }',
      "  }",
      '  section later "Later" {',
      "    field a yesno required hidden",
      '    field b number required when a = yes { label "B" help "Help" covers x.y, x.z codes "http://loinc.org|1-8" min 0 max 9 lookback 12 months }',
      '    field c choice when not (a answered) or b > 2 and expression "%age < 18" { options "One", "Two" }',
      '    section nested "Nested" { field d date { label "D" } }',
      "  }",
      "}",
    ].join("\n");
    const at = before.indexOf("Typing here");
    const text = before.slice(0, at) + "x" + before.slice(at);
    const fast = reparse(parseDocument("/t.form", before), text);
    expect(fast).toBeDefined();
    expect(fast!.ast).toStrictEqual(parseDocument("/t.form", text).ast);
    const FIELD_KEYS = ["kind", "name", "type", "required", "hidden", "when", "whenSpan", "label", "help", "covers", "codes", "options", "lookback", "min", "max", "props", "headerSpan", "body", "span"];
    const SECTION_KEYS = ["kind", "name", "title", "members", "headerSpan", "body", "span"];
    const form = fast!.ast.items[0];
    if (form.kind !== "form") throw new Error("expected a form");
    const used = new Set<string>();
    walkMembers(form.members, (m) => {
      for (const k of Object.keys(m)) {
        expect(m.kind === "field" ? FIELD_KEYS : SECTION_KEYS).toContain(k);
        if ((m as unknown as Record<string, unknown>)[k] !== undefined) used.add(`${m.kind}.${k}`);
      }
    });
    // Every key is present on some node of this form, so the comparison above covered it.
    for (const k of FIELD_KEYS) expect(used).toContain(`field.${k}`);
    for (const k of SECTION_KEYS) expect(used).toContain(`section.${k}`);
  });

  it("declines when the document had syntax errors, or the edit is outside any field or section", () => {
    const broken = examples[0].replace("{", "{ }}");
    expect(reparse(parseDocument("/t.form", broken), broken.replace("label", "label "))).toBeUndefined();
    const header = examples[0].replace(/version "([^"]*)"/, 'version "$1x"');
    expect(header).not.toBe(examples[0]);
    expect(reparse(parseDocument("/t.form", examples[0]), header)).toBeUndefined();
  });

  it("a workspace re-parsing a document after an edit sees the full parse's result", () => {
    const ws = new Workspace();
    const before = examples.find((t) => t.includes('label "'))!;
    ws.set("/w.form", before);
    const text = before.replace('label "', 'label "Edited ');
    expect(ws.set("/w.form", text).ast).toStrictEqual(parseDocument("/w.form", text).ast);
  });

  it.each([
    ["abc", "abXc", { start: 2, end: 2, text: "X" }],
    ["abc", "ac", { start: 1, end: 2, text: "" }],
    ["aaa", "aaaa", { start: 3, end: 3, text: "a" }],
    ["abc", "xyz", { start: 0, end: 3, text: "xyz" }],
    ["", "new", { start: 0, end: 0, text: "new" }],
  ])("textChange(%j, %j) is the smallest replacement", (before, after, change) => {
    expect(textChange(before, after)).toEqual(change);
    expect(before.slice(0, change.start) + change.text + before.slice(change.end)).toBe(after);
  });

  it("textChange finds the smallest replacement in long texts, wherever the edit is and however long", () => {
    // Against the character-by-character answer, for edits at every kind of distance from the
    // ends (inside, across and at the edges of the blocks it compares), in texts of many lengths.
    const naive = (before: string, after: string) => {
      const max = Math.min(before.length, after.length);
      let start = 0;
      while (start < max && before[start] === after[start]) start++;
      let tail = 0;
      while (tail < max - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
      return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
    };
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    let checked = 0;
    for (const length of [0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 1000, 4096, 20_000]) {
      const base = Array.from({ length }, () => "ab\n{}x"[random(6)]).join("");
      for (let k = 0; k < 40; k++) {
        const at = random(length + 1);
        const cut = random(Math.min(8, length - at) + 1);
        const inserted = ["", "a", "b", "xyz", "\n", "ab".repeat(random(100))][random(6)];
        const after = base.slice(0, at) + inserted + base.slice(at + cut);
        expect(textChange(base, after)).toEqual(naive(base, after));
        checked++;
      }
    }
    expect(checked).toBe(14 * 40);
  });
});
