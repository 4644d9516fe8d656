/**
 * Linting a Questionnaire JSON file: read it (positions kept), validate its shape, import it
 * into a form spec that the ordinary checker sees, then carry every diagnostic back to the
 * JSON: a field's finding points at its item's `linkId`, a form-level finding at the
 * Questionnaire itself. Pure: text in, data out; the CLI does the files.
 */
import type { Diagnostic, DiagnosticFacts, Level, Span } from "../language/diagnostic";
import { LineIndex } from "../language/line-index";
import type { ParsedDocument } from "../language/parse";
import { CONCEPT_SYSTEM } from "./identifiers";
import { importQuestionnaire, type ImportOptions, type ImportResult } from "./import";
import { scanJson, type JsonPositions } from "./json-scan";
import { checkQuestionnaire, QUE_RULE_IDS } from "./que-checks";
import { questionnaire, type Questionnaire } from "./schema";
import { walkMembers } from "../language/walk";
import { isJsonName } from "../language/file-kinds";
import { notOneOf } from "../language/zod";

/** Rule ids reported only for Questionnaire JSON (they can be configured like any other). */
export const FHIR_RULE_IDS = [...QUE_RULE_IDS, "fhir-schema", "fhir-not-imported"];

export type PreparedQuestionnaire =
  /** Not JSON at all, or not a Questionnaire: the file cannot be linted. */
  | { ok: false; message: string }
  | {
      ok: true;
      /** The form spec the checker sees (empty when the shape is invalid). */
      formText: string;
      /** Not the Questionnaire itself: a run keeps every prepared file until it reports, and the validated copy of a 25 MB Questionnaire is 65 MB. */
      imported?: ImportResult;
      /** Diagnostics about the JSON itself: schema, que-*, enableWhen, import notes. */
      diagnostics: Diagnostic[];
      lines: LineIndex;
      positions: JsonPositions;
    };

function lineCol(lines: LineIndex, offset: number): string {
  const p = lines.position(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

/** Where diagnostics about a Questionnaire's JSON go: its positions and lines. */
interface JsonPlaces {
  positions: JsonPositions;
  lines: LineIndex;
}

export function prepareQuestionnaire(text: string, options: ImportOptions = {}): PreparedQuestionnaire {
  const lines = new LineIndex(text);
  // Read and validated in a function of its own, so that the scanned tree is garbage before the
  // import starts: it and the validated copy were a third of a 25 MB Questionnaire's peak memory.
  const read = readQuestionnaire(text, lines);
  if (!read.ok || !read.questionnaire) return read.ok ? { ok: true, formText: "", diagnostics: read.diagnostics, lines, positions: read.positions } : read;
  const places = { positions: read.positions, lines };
  const q = read.questionnaire;
  const imported = importQuestionnaire(q, options);
  const linkIdSpan = (itemPointer: string) => spanAt(places, itemPointer ? `${itemPointer}/linkId` : "");
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  for (const f of checkQuestionnaire(q)) diagnostics.push(diag(places, f.ruleId, f.level, f.message, linkIdSpan(f.pointer), f.pointer + (f.at ?? "")));
  for (const n of imported.notes) diagnostics.push(diag(places, n.ruleId, n.level, n.message, spanAt(places, n.pointer), n.pointer));
  return { ok: true, formText: imported.text, imported, diagnostics, lines, positions: read.positions };
}

type ReadQuestionnaire =
  | { ok: false; message: string }
  /** `questionnaire` when valid, else the diagnostics saying why not. */
  | { ok: true; positions: JsonPositions; questionnaire?: Questionnaire; diagnostics: Diagnostic[] };

function readQuestionnaire(text: string, lines: LineIndex): ReadQuestionnaire {
  const scan = scanJson(text);
  if (!scan.ok) return { ok: false, message: `${lineCol(lines, scan.offset)}: not valid JSON: ${scan.message}` };
  const root = scan.value as { resourceType?: unknown } | null;
  if (!root || typeof root !== "object" || Array.isArray(root)) return { ok: false, message: "1:1: not a FHIR resource: the file holds JSON, but not an object with a resourceType" };
  const positions = scan.positions;
  if (root.resourceType !== "Questionnaire") {
    const where = positions.get("/resourceType");
    const at = where ? lineCol(lines, where.value.start) : "1:1";
    return { ok: false, message: `${at}: /resourceType is ${root.resourceType === undefined ? "missing" : JSON.stringify(root.resourceType)}, not "Questionnaire": formguard lints FHIR Questionnaires and form specs only` };
  }
  const places = { positions, lines };

  // No FHIR element is called "__proto__"; JavaScript gives the name a meaning of its own, so it is
  // refused rather than passed on (a consumer's JSON.parse keeps it as data and sees nothing).
  const protoKeys = positions.protoPointers();
  if (protoKeys.length) {
    const diagnostics = protoKeys.slice(0, 50).map((pointer) =>
      diag(places, "fhir-schema", "error", `${pointer}: unknown element "__proto__" (no R4 Questionnaire element has this name). This is not a valid R4 Questionnaire, so its questions cannot be checked.`, spanAt(places, pointer), pointer),
    );
    return { ok: true, positions, diagnostics };
  }
  // With the input in each issue: without it a value of the wrong type (`"required": "yes"`) read as missing.
  const parsed = questionnaire().safeParse(root, { reportInput: true });
  // A missing or unknown status says nothing about the questions (android-fhir ships 47 sample
  // Questionnaires without one): it is an error, and the questions are still checked.
  if (!parsed.success && parsed.error.issues.every((issue) => issue.path.length === 1 && issue.path[0] === "status")) {
    const retried = questionnaire().safeParse({ ...root, status: "unknown" });
    if (retried.success) {
      const diagnostics = parsed.error.issues.map((issue) =>
        diag(places, "fhir-schema", "error", `/status: ${describeIssue(issue)} The questions are still checked, as if the status were "unknown".`, spanAt(places, "/status"), "/status"),
      );
      return { ok: true, positions, questionnaire: retried.data, diagnostics };
    }
  }
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.slice(0, 50).map((issue) => {
      const pointer = issue.path.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
      return diag(places, "fhir-schema", "error", `${pointer || "/"}: ${describeIssue(issue)} This is not a valid R4 Questionnaire, so its questions cannot be checked.`, spanAt(places, pointer), pointer);
    });
    return { ok: true, positions, diagnostics };
  }
  return { ok: true, positions, questionnaire: parsed.data, diagnostics: [] };
}

/** The span of the value at `pointer` (its key included), or of the nearest enclosing value that exists. */
function spanAt({ positions }: JsonPlaces, pointer: string): Span {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const pos = positions.get(p);
    if (pos) return pos.key ? { start: pos.key.start, end: pos.value.end } : { start: pos.value.start, end: Math.min(pos.value.end, pos.value.start + 1) };
    if (!p) return { start: 0, end: 1 };
  }
}

function diag({ lines }: JsonPlaces, ruleId: string, level: Level, message: string, span: Span, pointer: string): Diagnostic {
  return { ruleId, level, message, span, range: lines.range(span), citations: [], data: { kind: "questionnaire", pointer } };
}

function describeIssue(issue: { code: string; message: string; expected?: unknown; values?: unknown[]; input?: unknown }): string {
  if (issue.code === "invalid_value" && Array.isArray(issue.values)) {
    const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
    // 47 of android-fhir's 85 sample Questionnaires give no status: say it is missing, not wrong.
    if (issue.input === undefined) return `required, but missing (one of ${allowed}).`;
    return notOneOf(issue.values, issue.input);
  }
  if (issue.code === "invalid_type") return issue.input === undefined ? `required, but missing (expected ${String(issue.expected)}).` : `expected ${String(issue.expected)}.`;
  return issue.message.endsWith(".") ? issue.message : issue.message + ".";
}

/**
 * The checker's diagnostics on the imported form, moved onto the JSON: each goes to the
 * `linkId` of the item its field or section came from, or to the Questionnaire itself; field
 * ids in messages become linkIds; advice is phrased for a Questionnaire.
 */
/**
 * Where a finding about an item is shown in the JSON: its `"linkId": "…"` (key to value), or for
 * the Questionnaire itself ("" or an item with no linkId) its opening brace, wherever the file's
 * first line break or indentation put it (offset 0 of a file starting "\r\n" is no character of
 * any line).
 */
export function itemSpan(prepared: Extract<PreparedQuestionnaire, { ok: true }>, pointer: string): Span {
  const pos = prepared.positions.get(pointer ? `${pointer}/linkId` : "");
  if (pos?.key) return { start: pos.key.start, end: pos.value.end };
  const root = pos ?? prepared.positions.get("");
  return root ? { start: root.value.start, end: root.value.start + 1 } : { start: 0, end: 1 };
}

export function diagnosticsOnJson(prepared: Extract<PreparedQuestionnaire, { ok: true }>, formDoc: ParsedDocument | undefined, formDiagnostics: Diagnostic[]): Diagnostic[] {
  const imported = prepared.imported;
  if (!imported || !formDoc) return [...prepared.diagnostics];
  const wording = questionnaireWording(imported, formDoc);
  const positionOf = (pointer: string): Span => itemSpan(prepared, pointer);
  const out = [...prepared.diagnostics];
  for (const d of formDiagnostics) {
    // A group of display items only (a page of instructions) shows its text: it is not empty.
    if (d.data?.kind === "empty-section" && imported.textOnlySections.has(d.data.section)) continue;
    // A Questionnaire's `name` identifies nothing (FHIR identifies it by url and version): two
    // versions or copies of one Questionnaire in a folder share it, and so their form ids.
    if (d.data?.kind === "duplicate-form" && isJsonName(d.data.otherUri)) continue;
    const { message, pointer } = wording(d);
    const span = positionOf(pointer);
    const data: DiagnosticFacts = d.data ? { ...d.data, pointer } : { kind: "questionnaire", pointer };
    out.push({ ...d, message, span, range: prepared.lines.range(span), data });
  }
  return out;
}

/**
 * A finding on the form imported from a Questionnaire, in the Questionnaire's own terms (items,
 * linkIds, enableWhen, questionnaire-hidden, "required": true), with the JSON pointer of the item
 * it is about. One wording for the lint report on the JSON and the preview of the imported form.
 */
export function questionnaireWording(imported: NonNullable<Extract<PreparedQuestionnaire, { ok: true }>["imported"]>, formDoc: ParsedDocument): (d: Diagnostic) => { message: string; pointer: string } {
  const owners: Array<{ pointer?: string; span: Span }> = [];
  for (const item of formDoc.ast.items) {
    if (item.kind !== "form") continue;
    walkMembers(item.members, (m) => owners.push({ pointer: (m.kind === "section" ? imported.sectionPointers : imported.fieldPointers).get(m.name.text), span: m.span }));
  }
  return (d) => {
    const owner = owners.filter((o) => o.span.start <= d.span.start && d.span.end <= o.span.end).sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start))[0];
    const pointer = owner?.pointer ?? "";
    let message = d.message;
    for (const [id, linkId] of imported.fieldLinkIds) if (linkId && id !== linkId) message = message.split("`" + id + "`").join("`" + linkId + "`");
    // A Questionnaire has items, not fields: every finding about one says so in its own terms.
    if (owner?.pointer) message = message.replace(/^Field (`[^`]*`)/, "Item $1");
    if (d.ruleId === "missing-service") {
      message = `Questionnaire \`${imported.formId}\` does not say which service it is for, so no safeguarding requirement for a particular service is checked. Add a useContext with code "program" and a coding from ${"https://formguard.dev/services"}, or run with --service ID --audience ID, or map the file in formguard.config.json "questionnaires".`;
    } else if (d.data?.kind === "missing-header") {
      const where: Record<string, string> = { version: "its version", owner: "its publisher", service: 'a useContext with code "program"', audience: 'a useContext with code "focus"', ages: 'a useContext with code "age"' };
      const property = d.data.property;
      message = message.replace(/Add `[^`]*` to the form header\.$/, `Give the Questionnaire ${where[property] ?? property}.`);
    } else if (d.data?.kind === "missing-label") {
      // The words of a Questionnaire's question are its item's `text`; help came from a nested display item with the fly-over or help item control.
      message = message
        .replace(/^Item (`[^`]*`) has no label/, "Item $1 has no text")
        .replace("only help text (", "only a fly-over or help text (")
        .replace("make it the label; otherwise add `label \"…\"` in words", "make it the item's text; otherwise give the item text in words")
        .replace("add `label \"…\"` in words", "give the item text in words");
    } else if (d.data?.kind === "conditional") {
      message = message.replace("remove the `when`, or add a required field that is always shown.", "remove the item's enableWhen or enableWhenExpression (or its group's), or add a required item that is always shown.");
    } else if (d.data?.kind === "hidden-field") {
      message = message
        .replace("but is hidden: the form never shows it", "but is hidden (questionnaire-hidden): the form never shows it")
        .replace("Show it (remove `hidden`), or add a field that asks it.", "Show it (remove its questionnaire-hidden extension, or its group's), or add an item that asks it.");
    } else if (d.data?.kind === "make-required") {
      message = message.replace(/Make it `required`\.$/, 'Mark the item "required": true.');
    } else if (d.ruleId === "recognised-concept") {
      message = message.replace(/add `covers ([^`]+)` so the requirements for it are checked\./, `add the code \`$1\` (system ${CONCEPT_SYSTEM}) to the item's code so the requirements for it are checked.`);
    }
    return { message, pointer };
  };
}
