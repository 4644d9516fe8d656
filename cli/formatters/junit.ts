/**
 * `--format junit`: JUnit XML as Jenkins (junit step) and GitLab (`artifacts:reports:junit`)
 * read it. One `<testsuite>` per file; one `<testcase>` per problem, named by its rule, its
 * concept or field, and its position. Errors are `<failure>`s; warnings and infos are passing
 * cases that carry the message in `<system-out>` (a CI test report shows them without failing
 * the build: the exit status, with --max-warnings, is what decides); waived findings are
 * `<skipped>` with the waiver's reason. A file without problems is one passing case, so every
 * file appears; a file that could not be read is one case in `<error>`, so it appears too.
 */
import type { Diagnostic } from "../../language/diagnostic";
import { formatCitations } from "../../rules/rule-set";
import type { WaivedDiagnostic } from "../../rules/waivers";
import { displayPath } from "../../project/discover";
import { problemDetail } from "../baseline";
import type { Formatter } from "./types";
import { lineColumn } from "../../language/diagnostic";
import { markBidi } from "../../language/safe-text";

/** XML text and attribute values: escaped, and characters XML 1.0 forbids dropped. */
export function xmlEscape(s: string): string {
  return markBidi(s)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const pos = (d: Diagnostic) => lineColumn(d.range);

function details(d: Diagnostic, file: string): string {
  const cites = formatCitations(d.citations);
  return `${file}:${pos(d)} ${d.level} ${d.message}${cites ? `\nCites: ${cites}` : ""}\nRule: ${d.ruleId}`;
}

export const formatJunit: Formatter = (run) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const f of run.files) {
    const cases: string[] = [];
    // The concept or field in the name tells apart two problems of one rule at one place.
    const name = (d: Diagnostic) => {
      const detail = problemDetail(d);
      return xmlEscape(`${d.ruleId}${detail ? ` (${detail})` : ""} at ${pos(d)}`);
    };
    const cls = xmlEscape(f.filePath);
    let fileFailures = 0;
    for (const d of f.diagnostics) {
      if (d.level === "error") {
        fileFailures++;
        cases.push(
          `    <testcase classname="${cls}" name="${name(d)}" file="${cls}">\n      <failure message="${xmlEscape(d.message)}" type="${xmlEscape(d.ruleId)}">${xmlEscape(details(d, f.filePath))}</failure>\n    </testcase>`,
        );
      } else {
        cases.push(`    <testcase classname="${cls}" name="${name(d)}" file="${cls}">\n      <system-out>${xmlEscape(details(d, f.filePath))}</system-out>\n    </testcase>`);
      }
    }
    for (const d of f.waived as WaivedDiagnostic[]) {
      const why = `waived: ${d.waiver.reason}${d.waiver.by ? ` (by ${d.waiver.by}` : ""}${d.waiver.by && d.waiver.until ? `, until ${d.waiver.until})` : d.waiver.by ? ")" : d.waiver.until ? ` (until ${d.waiver.until})` : ""}`;
      cases.push(`    <testcase classname="${cls}" name="${name(d)}" file="${cls}">\n      <skipped message="${xmlEscape(why)}"/>\n    </testcase>`);
    }
    if (cases.length === 0) cases.push(`    <testcase classname="${cls}" name="no problems" file="${cls}"/>`);
    tests += cases.length;
    failures += fileFailures;
    skipped += f.waived.length;
    suites.push(
      `  <testsuite name="${cls}" tests="${cases.length}" failures="${fileFailures}" errors="0" skipped="${f.waived.length}">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  const unreadable = run.unreadable ?? [];
  for (const u of unreadable) {
    const cls = xmlEscape(displayPath(u.file, run.cwd));
    suites.push(
      `  <testsuite name="${cls}" tests="1" failures="0" errors="1" skipped="0">\n    <testcase classname="${cls}" name="cannot read" file="${cls}">\n      <error message="${xmlEscape(`Not checked: cannot read: ${u.reason}.`)}" type="unreadable"/>\n    </testcase>\n  </testsuite>`,
    );
  }
  tests += unreadable.length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="formguard" tests="${tests}" failures="${failures}" errors="${unreadable.length}" skipped="${skipped}">\n${suites.join("\n")}\n</testsuites>\n`;
};
