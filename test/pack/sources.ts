/**
 * The two texts the pack answers to, found and parsed for the pack tests: the CQC report
 * (`../shared/seed/…txt`, or `FORMGUARD_REPORT_TEXT`) and the requirements inventory
 * (`../shared/spec/REQUIREMENTS.md`, or `FORMGUARD_REQUIREMENTS`). Neither is copied into the
 * project. Where one is missing the tests that need it skip and say so, unless
 * `FORMGUARD_REQUIRE_REPORT_TEXT` is set (CI), in which case they fail.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

export interface Located {
  path: string;
  text?: string;
}

function locate(envVar: string, relative: string): Located {
  const p = process.env[envVar] || path.resolve(PROJECT_ROOT, relative);
  return { path: p, text: fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined };
}

export const reportSource = (): Located => locate("FORMGUARD_REPORT_TEXT", "../shared/seed/cqc-dorset-clas-review-2015.txt");
export const requirementsSource = (): Located => locate("FORMGUARD_REQUIREMENTS", "../shared/spec/REQUIREMENTS.md");

/** CI sets this: a missing source is then a failure, never a skip. */
export const sourcesRequired = (): boolean => !!process.env.FORMGUARD_REQUIRE_REPORT_TEXT;

export function missingMessage(what: string, located: Located, envVar: string): string {
  return `${what} not found at ${located.path} (set ${envVar} to its path)`;
}

// ------------------------------------------------------------------ the report

// One implementation, shared with the `source-text` check (rules/source-text.ts).
export { normaliseLayout, normaliseQuoteText } from "../../rules/source-text";
import { normaliseLayout, normaliseQuoteText } from "../../rules/source-text";

/** The report sets case examples and good-practice examples out under a paragraph, each behind a label line. */
export type ParagraphPartKind = "main text" | "case example" | "good practice example";

export interface ParagraphPart {
  kind: ParagraphPartKind;
  /** Normalised (normaliseQuoteText). */
  text: string;
}

export interface Report {
  /** The whole text, normalised. */
  text: string;
  /** The whole text with only its layout normalised: the report's own characters. */
  exact: string;
  /** Paragraph ref → its text (normalised), up to the next numbered paragraph. */
  paragraphs: Map<string, string>;
  /** Paragraph ref → its main text, then each example set out under it, in order. */
  paragraphParts: Map<string, ParagraphPart[]>;
  /** Recommendation ref → its text (normalised). */
  recommendations: Map<string, string>;
  /** The unnumbered section "What people told us" (normalised). */
  sections: Map<string, string>;
}

const NUMBERED = /^\s*(?:-\s+)?(\d+\.\d+(?:\.\d+)?)\s+(\S.*)$/;
/** A numbered sub-chapter heading, `5.2 Governance`: no dash, a few words, no sentence. */
const HEADING = /^\s*\d+\.\d+\s+[A-Z][A-Za-z ]{0,60}$/;

/** `Case Example:`, `Case Example 2:`, `Good Practice Example:`, `Good practice in Primary Care:`. */
function exampleLabel(line: string): ParagraphPartKind | undefined {
  if (/^\s*Case Example\b[^:]*:/i.test(line)) return "case example";
  if (/^\s*Good Practice\b[^:]*:/i.test(line)) return "good practice example";
  return undefined;
}

/** A paragraph's lines → its main text, then one part per labelled example (to the next label). */
function splitParts(lines: string[]): ParagraphPart[] {
  const parts: Array<{ kind: ParagraphPartKind; lines: string[] }> = [{ kind: "main text", lines: [] }];
  for (const line of lines) {
    const kind = exampleLabel(line);
    if (kind) parts.push({ kind, lines: [line] });
    else parts[parts.length - 1].lines.push(line);
  }
  return parts.map((p) => ({ kind: p.kind, text: normaliseQuoteText(p.lines.join("\n")) }));
}

/**
 * Paragraphs are lines such as `- 1.20 Most children…` (a few lack the dash); recommendations
 * are the numbered lines after the `Recommendations` heading. A paragraph's text runs to the
 * next numbered line or sub-chapter heading (`5.2 Governance`, not a paragraph), so a case
 * example set out under a paragraph belongs to it.
 */
export function parseReport(raw: string): Report {
  const lines = raw.split(/\r?\n/);
  const recStart = lines.findIndex((l) => l.trim() === "Recommendations");
  const recEnd = lines.findIndex((l, i) => i > recStart && l.trim() === "Next steps");
  const body = lines.slice(0, recStart);
  const paragraphs = new Map<string, string>();
  const paragraphParts = new Map<string, ParagraphPart[]>();
  let current: { ref: string; text: string[] } | undefined;
  const flush = () => {
    if (!current || paragraphs.has(current.ref)) return;
    paragraphs.set(current.ref, normaliseQuoteText(current.text.join("\n")));
    paragraphParts.set(current.ref, splitParts(current.text));
  };
  for (const line of body) {
    const m = NUMBERED.exec(line);
    if (HEADING.test(line)) {
      flush();
      current = undefined;
    } else if (m) {
      flush();
      current = { ref: m[1], text: [m[2]] };
    } else if (current) current.text.push(line);
  }
  flush();

  const recommendations = new Map<string, string>();
  for (const line of lines.slice(recStart + 1, recEnd === -1 ? undefined : recEnd)) {
    const m = NUMBERED.exec(line);
    if (m) recommendations.set(m[1], normaliseQuoteText(m[2]));
  }

  const sections = new Map<string, string>();
  const wptuStart = lines.findIndex((l) => l.trim() === "What people told us");
  const wptuEnd = lines.findIndex((l, i) => i > wptuStart && /^The child.s journey$/.test(l.trim()));
  if (wptuStart !== -1) sections.set("What people told us", normaliseQuoteText(lines.slice(wptuStart + 1, wptuEnd).join("\n")));

  return { text: normaliseQuoteText(raw), exact: normaliseLayout(raw), paragraphs, paragraphParts, recommendations, sections };
}

/** Where a quote stands in the report: a citation's words, and for a paragraph which part of it. */
export interface Place {
  cites: "paragraph" | "recommendation" | "section";
  ref: string;
  /** For a paragraph: the part holding the quote, or "across parts" if it runs over a label. */
  part?: ParagraphPartKind | "across parts";
}

export function describePlace(p: Place): string {
  const where = p.cites === "section" ? `section "${p.ref}"` : `${p.cites} ${p.ref}`;
  return p.part ? `${where} (${p.part})` : where;
}

/** Every numbered paragraph, recommendation and section that holds the quote (normally one). */
export function locateQuote(report: Report, quote: string): Place[] {
  const q = normaliseQuoteText(quote);
  const places: Place[] = [];
  for (const [ref, text] of report.paragraphs) {
    if (!text.includes(q)) continue;
    const part = report.paragraphParts.get(ref)!.find((p) => p.text.includes(q));
    places.push({ cites: "paragraph", ref, part: part?.kind ?? "across parts" });
  }
  for (const [ref, text] of report.recommendations) if (text.includes(q)) places.push({ cites: "recommendation", ref });
  for (const [ref, text] of report.sections) if (text.includes(q)) places.push({ cites: "section", ref });
  return places;
}

/**
 * Why a quote does not come from a part of the report its rule cites, or undefined if it does.
 * `caseExamplesOnly`: paragraphs the rule cites for their case example alone (REQUIREMENTS.md's
 * "3.9 (case example)"), where a quote from the paragraph's main text is the wrong evidence.
 */
export function misplacedQuote(report: Report, quote: string, citations: Array<Record<string, string>>, caseExamplesOnly: ReadonlySet<string> = new Set()): string | undefined {
  const places = locateQuote(report, quote);
  if (places.length === 0) {
    return report.text.includes(normaliseQuoteText(quote))
      ? `"${quote}" is outside every numbered paragraph, recommendation and section of the report`
      : `"${quote}" is not in the report`;
  }
  const cited = (p: Place) =>
    citations.some((c) => c[p.cites] === p.ref) && !(p.cites === "paragraph" && caseExamplesOnly.has(p.ref) && p.part !== "case example");
  if (places.some(cited)) return undefined;
  const cites = citations.map((c) => {
    const [kind, ref] = Object.entries(c)[0];
    const where = kind === "section" ? `section "${ref}"` : `${kind} ${ref}`;
    return kind === "paragraph" && caseExamplesOnly.has(ref) ? `${where} (case example)` : where;
  });
  return `"${quote}" is in ${places.map(describePlace).join(" and ")}, but the rule cites ${cites.join(", ")}`;
}

// ------------------------------------------------------------------ the inventory

export interface InventoryRow {
  id: string;
  level: "error" | "warning" | "info";
  /** As the CLI prints them: `{ recommendation }`, `{ paragraph }`, `{ section }`. */
  citations: Array<Record<string, string>>;
  /** Paragraphs cited for their case example alone: `3.9 (case example)`. */
  caseExamples: string[];
  line: number;
}

export interface RecommendationRow {
  ref: string;
  /** Inventory ids that answer it (ranges like "REF-1 to REF-4" expanded). */
  answeredBy: string[];
  partly: boolean;
  notCheckable: boolean;
}

const LEVELS = { E: "error", W: "warning", I: "info" } as const;

function cells(line: string): string[] {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}

/** `1.20, Rec 2.2, WPTU, 1.17 (case example)` → citation objects. */
export function parseCites(cell: string): Array<Record<string, string>> {
  return cell
    .split(",")
    .map((p) => p.replace(/\(.*?\)/g, "").trim())
    .filter(Boolean)
    .map((p): Record<string, string> => {
      if (p === "WPTU") return { section: "What people told us" };
      const rec = /^Rec (\d+\.\d+)$/.exec(p);
      if (rec) return { recommendation: rec[1] };
      if (/^\d+(\.\d+)+$/.test(p)) return { paragraph: p };
      throw new Error(`unreadable citation "${p}" in REQUIREMENTS.md`);
    });
}

/** `1.22, 1.17 (case example), Rec 2.4` → ["1.17"]. */
export function caseExampleCites(cell: string): string[] {
  return [...cell.matchAll(/(\d+(?:\.\d+)+)\s*\(case example\)/g)].map((m) => m[1]);
}

/** Every requirement row: tables whose first column is an id like `ED-1` and have a `sev` column. */
export function parseInventory(md: string): InventoryRow[] {
  const rows: InventoryRow[] = [];
  let header: string[] | undefined;
  md.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim().startsWith("|")) {
      header = undefined;
      return;
    }
    const c = cells(line);
    if (!header) {
      header = c;
      return;
    }
    const sev = header.indexOf("sev");
    const cites = header.indexOf("cites");
    if (sev === -1 || cites === -1 || !/^[A-Z]+-\d+$/.test(c[0])) return;
    const level = LEVELS[c[sev] as keyof typeof LEVELS];
    if (!level) throw new Error(`REQUIREMENTS.md:${i + 1}: unknown severity "${c[sev]}"`);
    rows.push({ id: c[0], level, citations: parseCites(c[cites]), caseExamples: caseExampleCites(c[cites]), line: i + 1 });
  });
  return rows;
}

function expandIds(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/([A-Z]+)-(\d+)(?: to \1-(\d+))?/g)) {
    const from = Number(m[2]);
    const to = m[3] ? Number(m[3]) : from;
    for (let n = from; n <= to; n++) out.push(`${m[1]}-${n}`);
  }
  return out;
}

/** The "Every recommendation, and how the pack answers it" table (two recommendations a row). */
export function parseRecommendationTable(md: string): RecommendationRow[] {
  const start = md.indexOf("## Every recommendation");
  if (start === -1) throw new Error("REQUIREMENTS.md has no recommendation table");
  const out: RecommendationRow[] = [];
  for (const line of md.slice(start).split(/\r?\n/)) {
    if (!line.trim().startsWith("|")) continue;
    const c = cells(line);
    for (let i = 0; i + 1 < c.length; i += 3) {
      const ref = c[i];
      if (!/^\d+\.\d+$/.test(ref)) continue;
      const how = c[i + 1];
      out.push({ ref, answeredBy: expandIds(how), partly: /\bpartly\b/.test(how), notCheckable: /not form-checkable/.test(how) });
    }
  }
  return out;
}
