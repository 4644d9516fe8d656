/**
 * `formguard test [PATH…]`: runs a pack's fixture forms and compares what each reports with what
 * it expects (`// expect: RULE-ID` comments; project/fixture-expectations.ts), as ESLint's
 * RuleTester or Vale's fixtures do. With no path: the `tests/` folder beside each pack the
 * configuration (or --rules) loads. Exit 0 every fixture passes; 1 some fixture fails; 2 no
 * fixtures, a broken pack, bad configuration or usage.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { globSync } from "tinyglobby";
import { loadConfig } from "../../project/config";

import { compareFixture, expectationsOf, findingsOf, withExpectations } from "../../project/fixture-expectations";
import { resolvePackEntry } from "../../project/pack-entries";
import { writeFileAtomic } from "../../project/write-file";
import { parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";
import { runLint } from "../lint-run";
import { Workspace } from "../../language/model/workspace";
import { checkDocument } from "../../rules/checker";
import { builtinRuleIds } from "../../rules/builtin/registry";
import { FHIR_RULE_IDS } from "../../fhir/lint-questionnaire";
import { nearest } from "../../language/suggest";

export const TEST_HELP = `Usage: formguard test [PATH…] [--rules FILE…] [--config FILE] [--update]

Runs rule-pack fixtures: forms whose lines say what they expect with a comment at the end,
  field who text { label "Who" }   // expect: my-pack/who-required
(several ids separated by commas; a form-level finding belongs on the form's header line).
A fixture passes when its error and warning findings, as (line, rule), are exactly what it
expects. PATHs are fixture files or folders (searched for **/*.form); with none, the tests/
folder beside each pack the configuration's "packs" (or --rules) loads.

Options:
  --rules FILE…    load these packs too (as lint does)
  --config FILE    use this formguard.config.json instead of searching upward
  --update         write each fixture's current findings as its expectations (review the diff)

Exit status: 0 every fixture passes (or --update wrote them); 1 a fixture fails; 2 no fixtures
found, a pack with errors, bad configuration or usage.`;

export async function testCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "test",
    argv,
    { rules: { type: "string", multiple: true }, config: { type: "string", short: "c" }, update: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    ["--rules"],
  );
  if (values.help) {
    process.stdout.write(TEST_HELP + "\n");
    return EXIT.ok;
  }
  const cwd = process.cwd();
  const extraPacks = values.rules ?? [];
  const fixtures = positionals.length ? fixturesIn(positionals.map((p) => path.resolve(cwd, p))) : defaultFixtures(cwd, values.config, extraPacks);
  if (fixtures.length === 0) {
    throw new CliError(`formguard test: no fixtures found (${positionals.length ? positionals.join(", ") : "no tests/ folder with .form files beside any configured pack"}).`);
  }
  // Loads the packs (refusing broken ones) and makes the check options exactly as lint does.
  const { run, loaded, checkOptions } = runLint({ inputs: fixtures, cwd, configFile: values.config, extraPacks });
  if (loaded.unreadable.length) throw new CliError(loaded.unreadable.map((u) => `${u.file}: ${u.reason}`).join("; "));

  // Every id a finding can have: to tell a misspelt expectation from a rule that did not fire.
  const ruleIds = [...run.rules.keys(), ...builtinRuleIds(), ...FHIR_RULE_IDS];
  let failed = 0;
  const out: string[] = [];
  for (const file of run.files) {
    // Each fixture is checked on its own, beside the packs only: fixtures may share form ids.
    const ws = new Workspace();
    for (const uri of loaded.packUris) ws.put(loaded.ws.get(uri)!);
    const doc = loaded.ws.get(file.absPath)!;
    ws.put(doc);
    const found = findingsOf(checkDocument(ws, doc.uri, checkOptions).diagnostics);
    if (values.update) {
      const text = withExpectations(doc.text, found);
      if (text !== doc.text) writeFileAtomic(file.absPath, text, { unchangedSince: doc.text, keepByteOrderMark: true });
      out.push(`${text !== doc.text ? "updated" : "unchanged"} ${file.filePath} (${found.length} finding${found.length === 1 ? "" : "s"})`);
      continue;
    }
    const outcome = compareFixture(expectationsOf(doc.ast.comments, (o) => doc.lines.position(o).line + 1), found);
    if (outcome.passed) {
      out.push(`PASS ${file.filePath}`);
      continue;
    }
    failed++;
    out.push(`FAIL ${file.filePath}`);
    for (const m of outcome.missing) out.push(`  ${file.filePath}:${m.line}: expected ${m.ruleId}${unknownRule(m.ruleId, ruleIds)}, got ${gotOn(found, m.line)}`);
    for (const u of outcome.unexpected) out.push(`  ${file.filePath}:${u.line}: got ${u.ruleId} (not expected): ${u.message}`);
  }
  const n = run.files.length;
  out.push("", values.update ? `${n} fixture${n === 1 ? "" : "s"} updated from their findings: review the changes before committing them.` : `${n - failed} of ${n} fixture${n === 1 ? "" : "s"} passed${failed ? `; ${failed} failed` : ""}.`);
  process.stdout.write(out.join("\n") + "\n");
  return failed ? EXIT.lintErrors : EXIT.ok;
}

/** " (no loaded rule has this id; did you mean …?)" when an expectation names no rule at all, else "". */
function unknownRule(expected: string, ruleIds: string[]): string {
  const known = ruleIds.some((id) => id === expected || (!expected.includes("/") && id.endsWith("/" + expected)));
  if (known) return "";
  const guess = nearest(expected, expected.includes("/") ? ruleIds : ruleIds.map((id) => id.slice(id.indexOf("/") + 1)));
  return ` (no loaded rule has this id${guess ? `; did you mean ${guess}?` : ""})`;
}

function gotOn(found: Array<{ line: number; ruleId: string }>, line: number): string {
  const ids = found.filter((f) => f.line === line).map((f) => f.ruleId);
  return ids.length ? ids.join(", ") : "nothing on that line";
}

function fixturesIn(paths: string[]): string[] {
  const out = new Set<string>();
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new CliError(`formguard test: no such file or directory: ${p}`);
    }
    if (stat.isDirectory()) for (const f of globSync(["**/*.form"], { cwd: p, absolute: true, ignore: ["**/node_modules/**"] })) out.add(path.normalize(f));
    else out.add(p);
  }
  return [...out].sort();
}

/** The `tests/` folder beside each pack the configuration and --rules name. */
function defaultFixtures(cwd: string, configFile: string | undefined, extraPacks: string[]): string[] {
  const config = loadConfig(configFile, cwd);
  const configDir = config.file ? path.dirname(config.file) : cwd;
  const packs = [...(config.config.packs ?? []).flatMap((p) => resolvePackEntry(p, configDir)), ...extraPacks.map((p) => path.resolve(cwd, p))];
  const dirs = [...new Set(packs.map((p) => path.join(path.dirname(p), "tests")))].filter((d) => fs.existsSync(d));
  return dirs.length ? fixturesIn(dirs) : [];
}


