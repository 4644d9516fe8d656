/**
 * Shared test helpers: check a document against the shipped packs (plus optional extra
 * pack text), and mark cursor positions inline with `<|>` as Langium's test helpers do.
 */
import * as fs from "node:fs";
import type { Diagnostic } from "../language/diagnostic";
import { Workspace } from "../language/model/workspace";
import { checkDocument, type CheckOptions, type FileResult } from "../rules/checker";
import { shippedPackFiles } from "../rules/shipped-packs";

export const TODAY = "2026-11-27";

let shippedTexts: Array<[string, string]> | undefined;

/** A workspace with the shipped packs loaded (read once per test process). */
export function workspaceWithPacks(): Workspace {
  shippedTexts ??= shippedPackFiles().map((f) => [f, fs.readFileSync(f, "utf8")]);
  const ws = new Workspace();
  for (const [uri, text] of shippedTexts) ws.set(uri, text);
  return ws;
}

export interface CheckTextOptions extends CheckOptions {
  uri?: string;
  /** Extra documents (uri → text), e.g. a small pack for an engine test. */
  extra?: Record<string, string>;
  /** Leave the shipped packs out (engine tests with their own pack). */
  noShipped?: boolean;
}

export function checkText(text: string, opts: CheckTextOptions = {}): FileResult {
  const ws = opts.noShipped ? new Workspace() : workspaceWithPacks();
  for (const [uri, t] of Object.entries(opts.extra ?? {})) ws.set(uri, t);
  const uri = opts.uri ?? "/test/doc.form";
  ws.set(uri, text);
  return checkDocument(ws, uri, { today: TODAY, ...opts });
}

/** The concepts a form is told are missing (its `missing-concept` findings), checked as `checkText` does. */
export function missingConceptsIn(text: string, opts: CheckTextOptions = {}): string[] {
  return checkText(text, opts).diagnostics.flatMap((d) => (d.data?.kind === "missing-concept" ? d.data.concepts : []));
}

/** A looked-after child's health plan for children holding `sections` (form text, indented two spaces). */
export function lacHealthPlanForm(sections: string): string {
  return `form hp "Health plan" {
  service lac-health-plan
  audience child
  ages 0..17
  version "1"
  owner "Test"
${sections}
}
`;
}

/** Diagnostics reduced to what a user sees: rule id, level, 1-based line:column, message. */
export function summarise(diags: Diagnostic[]) {
  return diags.map((d) => ({ ruleId: d.ruleId, level: d.level, line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message }));
}

/** Removes every `<|>` marker and returns the text with the offsets where they stood. */
export function markers(textWithMarkers: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = "";
  const parts = textWithMarkers.split("<|>");
  parts.forEach((p, i) => {
    text += p;
    if (i < parts.length - 1) offsets.push(text.length);
  });
  return { text, offsets };
}

/** 1-based line of the first occurrence of `needle` in `text` (for readable expectations). */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`not found: ${needle}`);
  }
  return text.slice(0, at).split("\n").length;
}

/** A one-form document of this header (`service …`, `audience …`) and these sections, versioned and owned so only what they ask is reported. */
export function formText(header: string, sections: string): string {
  return `form f "Form" {\n  ${header}\n  version "1"\n  owner "Test"\n${sections}\n}\n`;
}
