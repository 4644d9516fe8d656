/**
 * `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it.
 *
 * - Every rule is described in `tool.driver.rules`, built-in checks included, with the
 *   citations and the report's words in `help` (GitHub shows `help`, never fetches `helpUri`;
 *   no URI of any kind is given, so nothing invites a network request).
 * - Paths are repository-relative under `%SRCROOT%` (see cli/repo-root.ts).
 * - `partialFingerprints` hash the rule, the file, the flagged line's trimmed text and the
 *   occurrence index among identical ones — not the line number — so a finding keeps its
 *   identity (and its dismissal in GitHub) when lines are inserted above it.
 * - Waived findings are results with an `inSource` suppression carrying the waiver's reason.
 */
import { markBidi, markdownText } from "../../language/safe-text";
import type { Hash } from "node:crypto";
import { nodeCrypto } from "../../language/node-crypto";
import { pathToFileURL } from "node:url";
import type { Diagnostic, Level } from "../../language/diagnostic";
import { builtinRule } from "../../rules/builtin/metadata";
import { builtinRuleIds } from "../../rules/builtin/registry";
import { formatCitations, type CompiledRule } from "../../rules/rule-set";
import type { WaivedDiagnostic } from "../../rules/waivers";
import { flaggedLine, splitLines } from "../baseline";
import { repoPathOf, repositoryRoot, repoRelative } from "../repo-root";
import { FORMGUARD_VERSION_STRING } from "../version";
import type { Formatter, LintRun } from "./types";
import { oneBased } from "../../language/diagnostic";
import { compareText } from "../../language/compare-text";

const SARIF_LEVEL: Record<Level, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

interface RuleDescriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: "error" | "warning" | "note" };
  properties: { tags: string[] };
}

/** Markdown from pack text: shown as text, never as Markdown or HTML. */
const md = markdownText;

/**
 * `ed-accompanying-adult` → `EdAccompanyingAdult`: SARIF's `name` is a readable identifier that
 * must differ from `id`; a one-word id (`syntax`) gets no name.
 */
const nameFor = (id: string) => {
  const name = pascal(id);
  return name.toLowerCase() === id.toLowerCase() ? {} : { name };
};

const pascal = (id: string) =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");

function packRuleDescriptor(r: CompiledRule): RuleDescriptor {
  const cites = formatCitations(r.citations);
  const text = [
    r.title + ".",
    r.description,
    cites && `Cites ${cites} of the source report.`,
    ...r.quotes.map((q) => `The report: “${q}”`),
    r.fix && `How to fix: ${r.fix}`,
    r.implements.length ? `Implements ${r.implements.join(", ")}.` : undefined,
  ].filter(Boolean);
  const markdown = [
    `**${md(r.title)}**`,
    r.description && md(r.description),
    cites && `Cites ${md(cites)} of the source report.`,
    r.quotes.length ? r.quotes.map((q) => `> ${md(q)}`).join("\n>\n") : undefined,
    r.fix && `**How to fix:** ${md(r.fix)}`,
    r.implements.length ? `Implements ${md(r.implements.join(", "))}.` : undefined,
  ].filter(Boolean);
  return {
    id: r.id,
    ...nameFor(r.name),
    shortDescription: { text: r.title },
    fullDescription: { text: r.description ?? r.title },
    help: { text: text.join("\n\n"), markdown: markdown.join("\n\n") },
    defaultConfiguration: { level: SARIF_LEVEL[r.level] },
    properties: { tags: ["formguard", `pack:${r.pack}`, ...r.citations.filter((c) => "recommendation" in c).map((c) => `recommendation:${r.pack}/${(c as { recommendation: string }).recommendation}`)] },
  };
}

/** A built-in rule from its metadata; an id without any (a FHIR check) is described by its id. */
function builtinDescriptor(id: string): RuleDescriptor {
  const meta = builtinRule(id);
  const description = meta?.description ?? id;
  const fixable = meta?.fixable === "fix" ? " `formguard lint --fix` fixes it." : meta?.fixable === "suggestion" ? " The editor offers a fix." : "";
  return {
    id,
    ...nameFor(id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: { text: `${description}\n\nA built-in check of formguard (always on).${fixable}`, markdown: `${md(description)}\n\nA built-in check of formguard (always on).${fixable}` },
    defaultConfiguration: { level: SARIF_LEVEL[meta?.level ?? "warning"] },
    properties: { tags: ["formguard", "built-in", ...(meta?.fixable ? ["fixable"] : [])] },
  };
}

export function ruleDescriptors(run: LintRun): RuleDescriptor[] {
  const out: RuleDescriptor[] = [];
  for (const id of builtinRuleIds()) out.push(builtinDescriptor(id));
  for (const r of run.rules.values()) out.push(packRuleDescriptor(r));
  return out;
}


export const formatSarif: Formatter = (run) => {
  const root = repositoryRoot(run.cwd);
  const rules = ruleDescriptors(run);
  const indexOf = new Map(rules.map((r, i) => [r.id, i]));
  const results: object[] = [];

  for (const f of run.files) {
    const lines = splitLines(f.source);
    const artifactLocation = artifactLocationOf(f.absPath, root);
    const fileKey = repoPathOf(f.absPath, root, f.filePath);
    // Keyed by (rule, distinct line text) through small ids, and each key's hash prefix kept:
    // building and hashing `rule + file + line text` anew per finding was O(findings × line
    // length) — a 1 MB junk line with 100,000 syntax errors took minutes. Fingerprints are
    // byte-for-byte what they were: sha256(rule \0 file \0 line \0 occurrence).
    const seen = new Map<string, number>();
    const lineIdByNumber = new Map<number, number>();
    const lineIdByText = new Map<string, number>();
    const prefixHashes = new Map<string, Hash>();
    const all: Array<Diagnostic | WaivedDiagnostic> = [...f.diagnostics, ...f.waived].sort((a, b) => a.span.start - b.span.start || compareText(a.ruleId, b.ruleId));
    for (const d of all) {
      if (!indexOf.has(d.ruleId)) {
        indexOf.set(d.ruleId, rules.length);
        rules.push(builtinDescriptor(d.ruleId));
      }
      let lineId = lineIdByNumber.get(d.range.start.line);
      let lineText: string | undefined;
      if (lineId === undefined) {
        lineText = flaggedLine(lines, d);
        lineId = lineIdByText.get(lineText) ?? lineIdByText.size;
        lineIdByText.set(lineText, lineId);
        lineIdByNumber.set(d.range.start.line, lineId);
      }
      const key = `${d.ruleId}\u0000${lineId}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      let prefix = prefixHashes.get(key);
      if (!prefix) {
        prefix = nodeCrypto().createHash("sha256").update(`${d.ruleId}\u0000${fileKey}\u0000${lineText ?? flaggedLine(lines, d)}\u0000`, "utf8");
        prefixHashes.set(key, prefix);
      }
      const wholeFile = d.span.start === 0 && d.span.end >= f.source.length;
      const region = wholeFile
        ? undefined
        : regionOf(d.range);
      const waiver = "waiver" in d ? (d as WaivedDiagnostic).waiver : undefined;
      results.push({
        ruleId: d.ruleId,
        ruleIndex: indexOf.get(d.ruleId),
        level: SARIF_LEVEL[d.level],
        message: { text: markBidi(d.message) },
        locations: [{ physicalLocation: { artifactLocation, ...(region ? { region } : {}) } }],
        partialFingerprints: { "formguardProblemHash/v1": prefix.copy().update(String(occurrence), "utf8").digest("hex") },
        ...(waiver
          ? {
              suppressions: [
                {
                  kind: "inSource",
                  justification: markBidi([waiver.reason, waiver.by && `by ${waiver.by}`, waiver.until && `until ${waiver.until}`].filter(Boolean).join(" — ")),
                },
              ],
            }
          : {}),
      });
    }
  }

  const unreadable = run.unreadable ?? [];
  const log = {
    version: "2.1.0",
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    runs: [
      {
        tool: { driver: { name: "formguard", version: FORMGUARD_VERSION_STRING, semanticVersion: FORMGUARD_VERSION_STRING, rules } },
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(root).href.replace(/\/?$/, "/") } },
        columnKind: "utf16CodeUnits",
        // Inputs that could not be read are not results (no rule found anything in them): SARIF
        // says so in the invocation, which code scanning shows as a failed, incomplete analysis.
        invocations: [
          unreadable.length === 0
            ? { executionSuccessful: true }
            : {
                executionSuccessful: false,
                toolExecutionNotifications: unreadable.map((u) => ({
                  level: "error",
                  descriptor: { id: "unreadable-input" },
                  message: { text: markBidi(`Not checked: cannot read ${repoPathOf(u.file, root, u.file)}: ${u.reason}.`) },
                  locations: [{ physicalLocation: { artifactLocation: artifactLocationOf(u.file, root) } }],
                })),
              },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

/** Where a file is, for SARIF: under %SRCROOT% when it is in the repository, else its file URL. */
function artifactLocationOf(absPath: string, root: string) {
  const rel = repoRelative(absPath, root);
  return rel !== undefined ? { uri: encodeURI(rel), uriBaseId: "%SRCROOT%" } : { uri: pathToFileURL(absPath).href };
}

/** A SARIF region: 1-based lines and columns, as the spec and GitHub read them. */
function regionOf(range: Diagnostic["range"]) {
  const p = oneBased(range);
  return { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn };
}
