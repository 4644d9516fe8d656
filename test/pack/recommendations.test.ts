/**
 * Recommendation coverage: all 42 recommendations of the report are accounted for — cited by
 * at least one rule, or declared `not-checkable` in the pack — the pack's `partly` /
 * `not-checkable` declarations agree with the table in REQUIREMENTS.md, and
 * `formguard rules --format json` lists the rules and all 42 recommendations.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { recommendationCoverage, compareRefs } from "../../cli/commands/rules";
import type { RecommendationDecl } from "../../language/ast";
import { compiledRules } from "../../rules/rule-set";
import { workspaceWithPacks } from "../helpers";
import { buildAndRunCli } from "./built-cli";
import {
  missingMessage,
  normaliseQuoteText,
  parseRecommendationTable,
  parseReport,
  reportSource,
  requirementsSource,
  sourcesRequired,
} from "./sources";

const PACK = "cqc-dorset-2015";
const index = workspaceWithPacks().index;
const rules = compiledRules(index).filter((r) => r.pack === PACK);
// Keyed by the bare ref: every declaration here is the shipped pack's (keys in the index are `pack/ref`).
const declared = new Map([...index.recommendations.values()].map((defs) => [defs[0].node.ref.text, defs[0].node as RecommendationDecl]));
const citing = (ref: string) => rules.filter((r) => r.citations.some((c) => "recommendation" in c && c.recommendation === ref)).map((r) => r.id);

/** 1.1–1.22, 2.1–2.14, 3.1–3.3, 4.1–4.2, 5.1: the report's own numbering. */
const ALL_42 = [
  ...Array.from({ length: 22 }, (_, i) => `1.${i + 1}`),
  ...Array.from({ length: 14 }, (_, i) => `2.${i + 1}`),
  "3.1", "3.2", "3.3", "4.1", "4.2", "5.1",
];

const report = reportSource();
const requirements = requirementsSource();

for (const [what, located, env] of [["the CQC report text", report, "FORMGUARD_REPORT_TEXT"], ["REQUIREMENTS.md", requirements, "FORMGUARD_REQUIREMENTS"]] as const) {
  if (located.text) continue;
  if (sourcesRequired()) it(`finds ${what}`, () => { throw new Error(missingMessage(what, located, env)); });
  else console.warn(`recommendation tests that need ${what} SKIPPED: ${missingMessage(what, located, env)}`);
}

describe("the pack accounts for every recommendation", () => {
  it("declares exactly the 42 recommendations, once each", () => {
    expect([...declared.keys()].sort(compareRefs)).toEqual(ALL_42);
    expect([...index.recommendations.values()].filter((d) => d.length > 1).map((d) => d[0].id)).toEqual([]);
  });

  it.each(ALL_42)("recommendation %s is cited by a rule or declared not-checkable (not both)", (ref) => {
    const decl = declared.get(ref);
    const by = citing(ref);
    if (decl?.notCheckable) expect(by, `${ref} is not-checkable yet cited`).toEqual([]);
    else expect(by.length, `${ref}: no rule cites it and it is not declared not-checkable`).toBeGreaterThan(0);
  });

  it("no rule cites a recommendation the report does not have", () => {
    const known = new Set(ALL_42);
    expect(rules.flatMap((r) => r.citations.flatMap((c) => ("recommendation" in c && !known.has(c.recommendation) ? [`${r.id}: ${c.recommendation}`] : [])))).toEqual([]);
  });

  it("recommendationCoverage (what `formguard rules` prints) agrees", () => {
    const coverage = recommendationCoverage(index, compiledRules(index));
    expect(coverage.map((c) => c.ref)).toEqual(ALL_42);
    for (const c of coverage) expect(c.rules.length > 0 || !!c.notCheckable, c.ref).toBe(true);
  });
});

describe.skipIf(!report.text)("the report's Recommendations section", () => {
  const parsed = parseReport(report.text ?? "");

  it("has the 42 recommendations the pack declares", () => {
    expect([...parsed.recommendations.keys()]).toEqual(ALL_42);
  });

  it.each(ALL_42)("recommendation %s: the pack's text is the report's, verbatim", (ref) => {
    expect(normaliseQuoteText(declared.get(ref)?.text?.value ?? "")).toBe(parsed.recommendations.get(ref));
  });
});

describe.skipIf(!requirements.text)("the pack's declarations match the table in REQUIREMENTS.md", () => {
  const table = parseRecommendationTable(requirements.text ?? "");
  const implementersOf = (ids: string[]) => rules.filter((r) => r.implements.some((i) => ids.includes(i))).map((r) => r.id).sort();

  it("the table lists all 42", () => {
    expect(table.map((r) => r.ref).sort(compareRefs)).toEqual(ALL_42);
  });

  it.each(table.map((r) => [r.ref, r] as const))("%s", (ref, row) => {
    const decl = declared.get(ref);
    expect({ notCheckable: !!decl?.notCheckable, partly: !!decl?.partly }).toEqual({ notCheckable: row.notCheckable, partly: row.partly });
    // The rules citing it are exactly the rules implementing the rows the table names.
    expect(citing(ref).sort()).toEqual(implementersOf(row.answeredBy));
  });
});

describe("`formguard rules --format json`", () => {
  let json: {
    rules: Array<{ id: string; title: string; level: string; citations: unknown[] }>;
    recommendations: Array<{ ref: string; rules: string[]; notCheckable?: string }>;
  };

  beforeAll(() => {
    const run = buildAndRunCli(["rules", "--format", "json"]);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    json = JSON.parse(run.stdout);
  });

  it("lists every rule of the pack with its id, title, level and citations", () => {
    const listed = json.rules.filter((r) => r.id.startsWith(`${PACK}/`));
    expect(listed).toHaveLength(119);
    for (const r of rules) {
      expect(listed.find((l) => l.id === r.id)).toMatchObject({ id: r.id, title: r.title, level: r.level, citations: r.citations });
    }
  });

  it("lists all 42 recommendations with the rules answering each, or why none can", () => {
    expect(json.recommendations.map((r) => r.ref)).toEqual(ALL_42);
    for (const rec of json.recommendations) {
      const decl = declared.get(rec.ref)!;
      expect(rec.rules.sort(), rec.ref).toEqual(citing(rec.ref).sort());
      expect(rec.notCheckable, rec.ref).toBe(decl.notCheckable?.value);
    }
    expect(json.recommendations.filter((r) => r.notCheckable).map((r) => r.ref)).toEqual(["1.15", "1.16", "1.20", "1.21", "2.3", "2.13", "3.3"]);
  });
});
