/**
 * `formguard rules`: every loaded rule with its citations, and the coverage table — each
 * recommendation of the report → the rules that answer it, or why no form can.
 */
import type { Citation } from "../../language/diagnostic";
import { FHIR_RULE_IDS } from "../../fhir/lint-questionnaire";
import * as path from "node:path";
import type { WorkspaceIndex } from "../../language/model/workspace";
import { builtinDocs, builtinRule } from "../../rules/builtin/metadata";
import { builtinRuleIds } from "../../rules/builtin/registry";
import { compiledRules, formatCitations, type CompiledRule } from "../../rules/rule-set";
import { isGeneratedPageText, pagesNotGenerated, writeRuleDocs } from "../../report/rule-docs/pages";
import { recommendationCoverage } from "../../report/recommendation-coverage";
import { oneOf, parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";
import { terminalText } from "../../language/safe-text";
import { runLint } from "../lint-run";
import { writeOutput } from "../output";
import { writeFileAtomic } from "../../project/write-file";

/** A rule page `--docs` may replace: one it wrote (its first line says so). */
const PAGE = { what: "a page formguard wrote", accepts: isGeneratedPageText, hint: "move it away, or choose another --docs folder" };

export const RULES_HELP = `Usage: formguard rules [--format text|json] [--rules FILE…] [--config FILE] [--docs OUT_DIR]

Lists every loaded rule with its severity and citations, then every recommendation of each
pack's source report with the rules that answer it, or the reason no form can evidence it.

  --docs OUT_DIR   write the rule reference pages (as docs/rules/ has for the shipped pack)
                   for every loaded pack: OUT_DIR/<pack>/README.md and one page per rule`;

export { compareRefs, recommendationCoverage, type RecommendationCoverage } from "../../report/recommendation-coverage";

export async function rulesCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(
    "rules",
    argv,
    { format: { type: "string" }, docs: { type: "string" }, rules: { type: "string", multiple: true }, config: { type: "string", short: "c" }, help: { type: "boolean", short: "h" } },
    ["--rules"],
  );
  if (values.help) {
    process.stdout.write(RULES_HELP + "\n");
    return EXIT.ok;
  }
  const format = oneOf("rules", "--format", values.format, ["text", "json"] as const, "text");
  const { loaded } = runLint({ inputs: [], cwd: process.cwd(), configFile: values.config, extraPacks: values.rules ?? [], stdin: { filename: "<none>.form", text: "" } });
  const index = loaded.ws.index;
  const rules = compiledRules(index);
  const coverage = recommendationCoverage(index, rules);
  if (values.docs !== undefined) return writeDocs(values.docs, index, rules);

  if (format === "json") {
    const json = {
      rules: rules.map((r) => ({ id: r.id, title: r.title, level: r.level, implements: r.implements, citations: r.citations as Citation[] })),
      recommendations: coverage.map((c) => ({
        pack: c.pack,
        ref: c.ref,
        rules: c.rules,
        ...(c.notCheckable ? { notCheckable: c.notCheckable } : {}),
        ...(c.partly ? { partly: c.partly } : {}),
      })),
      builtin: [
        ...builtinRuleIds().map((id) => {
          const meta = builtinRule(id)!;
          return { id, description: meta.description, level: meta.level, ...(meta.fixable ? { fixable: meta.fixable } : {}), docs: builtinDocs(id) };
        }),
        ...FHIR_RULE_IDS.map((id) => ({ id, description: "FHIR Questionnaire structure (checked on Questionnaire JSON only; see docs/fhir.md)." })),
      ],
    };
    writeOutput(JSON.stringify(json, null, 2) + "\n", undefined);
    return EXIT.ok;
  }

  const out: string[] = [];
  const width = Math.max(...rules.map((r) => r.id.length), 10);
  out.push(`Rules (${rules.length}):`, "");
  for (const r of rules) {
    out.push(`  ${r.id.padEnd(width)}  ${r.level.padEnd(7)}  ${r.title}`);
    out.push(`  ${"".padEnd(width)}  ${"".padEnd(7)}  ${r.implements.length ? `implements ${r.implements.join(", ")}; ` : ""}cites ${formatCitations(r.citations)}`);
  }
  // Each pack's recommendations under its own heading: a citation resolves within its pack.
  for (const pack of [...new Set(coverage.map((c) => c.pack))]) {
    const rows = coverage.filter((c) => c.pack === pack);
    out.push("", `Recommendations of ${pack} (${rows.length}):`, "");
    for (const c of rows) {
      const status = c.notCheckable ? `not form-checkable: ${c.notCheckable}` : c.rules.length ? c.rules.join(", ") + (c.partly ? ` (partly: ${c.partly})` : "") : "NOT ANSWERED by any rule";
      out.push(`  ${c.ref.padEnd(5)}  ${status}`);
    }
  }
  out.push("", `Built-in checks: ${builtinRuleIds().join(", ")}`);
  out.push("", `FHIR Questionnaire checks (on Questionnaire JSON): ${FHIR_RULE_IDS.join(", ")}`);
  writeOutput(out.join("\n") + "\n", undefined);
  return EXIT.ok;
}

/**
 * `--docs OUT_DIR`: one folder of pages per loaded pack, each linking to its pack file. Every
 * folder is checked before any is written: a page there that formguard did not write (notes of the
 * user's own, a page edited by hand) is never replaced or removed, and then nothing is written.
 */
function writeDocs(outDir: string, index: WorkspaceIndex, rules: CompiledRule[]): number {
  const root = path.resolve(outDir);
  const packs = [...new Set(rules.map((r) => r.pack))].sort().map((pack) => {
    const dir = path.join(root, pack);
    const packFile = rules.find((r) => r.pack === pack)!.uri;
    return { pack, dir, opts: { pack, packHref: () => path.relative(dir, packFile).split(path.sep).join("/") } };
  });
  const theirs = packs.flatMap(({ dir, opts }) => pagesNotGenerated(dir, index, opts)).map((f) => path.relative(process.cwd(), f) || f);
  if (theirs.length) {
    throw new CliError(
      `formguard rules --docs: ${terminalText(theirs.join(", "))} ${theirs.length === 1 ? "was" : "were"} not written by formguard (no "Generated by" first line), so nothing was written or removed. Move ${theirs.length === 1 ? "it" : "them"} away, or choose another --docs folder.`,
    );
  }
  const lines: string[] = [];
  for (const { pack, dir, opts } of packs) {
    // Checked again as each page is replaced: one edited by hand since the check is still not replaced.
    const written = writeRuleDocs(dir, index, opts, (file, text) => writeFileAtomic(file, text, { replaces: PAGE }));
    lines.push(`wrote ${written.length} pages for ${pack} to ${path.relative(process.cwd(), dir) || "."}`);
  }
  process.stdout.write(lines.join("\n") + "\n");
  return EXIT.ok;
}
