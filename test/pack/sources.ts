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

/**
 * The only forgiveness a quote gets: whitespace runs collapse to one space, curly quotes turn
 * straight and markdown emphasis (`**`, `*`) is stripped. Nothing else.
 */
export function normaliseQuoteText(s: string): string {
  return s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\*+/g, "")
    .replace(/\s+/g, " ");
}

export interface Report {
  /** The whole text, normalised. */
  text: string;
  /** Paragraph ref → its text (normalised), up to the next numbered paragraph. */
  paragraphs: Map<string, string>;
  /** Recommendation ref → its text (normalised). */
  recommendations: Map<string, string>;
  /** The unnumbered section "What people told us" (normalised). */
  sections: Map<string, string>;
}

const NUMBERED = /^\s*(?:-\s+)?(\d+\.\d+(?:\.\d+)?)\s+(\S.*)$/;

/**
 * Paragraphs are lines such as `- 1.20 Most children…` (a few lack the dash); recommendations
 * are the numbered lines after the `Recommendations` heading. A paragraph's text runs to the
 * next numbered line, so a case example set out under a paragraph belongs to it.
 */
export function parseReport(raw: string): Report {
  const lines = raw.split(/\r?\n/);
  const recStart = lines.findIndex((l) => l.trim() === "Recommendations");
  const recEnd = lines.findIndex((l, i) => i > recStart && l.trim() === "Next steps");
  const body = lines.slice(0, recStart);
  const paragraphs = new Map<string, string>();
  let current: { ref: string; text: string[] } | undefined;
  const flush = () => {
    if (current && !paragraphs.has(current.ref)) paragraphs.set(current.ref, normaliseQuoteText(current.text.join("\n")));
  };
  for (const line of body) {
    const m = NUMBERED.exec(line);
    if (m) {
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

  return { text: normaliseQuoteText(raw), paragraphs, recommendations, sections };
}

// ------------------------------------------------------------------ the inventory

export interface InventoryRow {
  id: string;
  level: "error" | "warning" | "info";
  /** As the CLI prints them: `{ recommendation }`, `{ paragraph }`, `{ section }`. */
  citations: Array<Record<string, string>>;
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
    rows.push({ id: c[0], level, citations: parseCites(c[cites]), line: i + 1 });
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
