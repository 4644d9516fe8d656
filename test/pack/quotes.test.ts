/**
 * Quote fidelity: every `quote` of every rule appears verbatim in the CQC report, and comes
 * from a part of the report the rule cites (a cited paragraph, a cited recommendation's own
 * text, or a cited section). The only forgiveness is `normaliseQuoteText`: whitespace runs,
 * curly quotes and markdown emphasis.
 *
 * The report is read from FORMGUARD_REPORT_TEXT, else ../shared/seed/… beside the project.
 * Where it cannot be found these tests skip and say so, unless FORMGUARD_REQUIRE_REPORT_TEXT
 * is set (CI sets it), in which case they fail.
 */
import { describe, expect, it } from "vitest";
import type { Citation } from "../../language/diagnostic";
import { compiledRules, type CompiledRule } from "../../rules/rule-set";
import { workspaceWithPacks } from "../helpers";
import { missingMessage, normaliseQuoteText, parseReport, reportSource, sourcesRequired, type Report } from "./sources";

const source = reportSource();
const rules = compiledRules(workspaceWithPacks().index);
const quotes = rules.flatMap((r) => r.quotes.map((q, i) => ({ rule: r, quote: q, label: `${r.id} quote ${i + 1}` })));

/**
 * Quotes that come from outside every part the rule cites, each with the reason it is still
 * the right quote. Keyed by rule id → the quote's first words. Empty: every quote is from a
 * cited part of the report.
 */
const QUOTED_FROM_ELSEWHERE: Record<string, Record<string, string>> = {};

function citedTexts(report: Report, citations: Citation[]): Array<{ where: string; text: string | undefined }> {
  return citations.map((c) =>
    "paragraph" in c
      ? { where: `paragraph ${c.paragraph}`, text: report.paragraphs.get(c.paragraph) }
      : "recommendation" in c
        ? { where: `recommendation ${c.recommendation}`, text: report.recommendations.get(c.recommendation) }
        : { where: `section "${c.section}"`, text: report.sections.get(c.section) },
  );
}

function exception(rule: CompiledRule, quote: string): string | undefined {
  const list = QUOTED_FROM_ELSEWHERE[rule.id] ?? {};
  return Object.entries(list).find(([start]) => quote.startsWith(start))?.[1];
}

describe("normaliseQuoteText forgives only whitespace, curly quotes and emphasis", () => {
  it.each([
    ["a  b\n\tc", "a b c"],
    ["‘mum’ or “dad”", "'mum' or \"dad\""],
    ["(**Recommendation 2.2**) *Working Together*", "(Recommendation 2.2) Working Together"],
    ["colour", "colour"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseQuoteText(input)).toBe(expected);
  });

  it("does not forgive a changed word, case or punctuation", () => {
    const report = normaliseQuoteText("who is accompanying the child to the department");
    expect(report.includes(normaliseQuoteText("who is accompanying a child to the department"))).toBe(false);
    expect(report.includes(normaliseQuoteText("Who is accompanying the child to the department"))).toBe(false);
    expect(report.includes(normaliseQuoteText("who is accompanying the child, to the department"))).toBe(false);
  });
});

if (!source.text && !sourcesRequired()) console.warn(`quote fidelity tests SKIPPED: ${missingMessage("the CQC report text", source, "FORMGUARD_REPORT_TEXT")}`);
if (!source.text && sourcesRequired()) {
  it("finds the report text (FORMGUARD_REQUIRE_REPORT_TEXT is set)", () => {
    throw new Error(missingMessage("the CQC report text", source, "FORMGUARD_REPORT_TEXT"));
  });
}

describe.skipIf(!source.text)(source.text ? "quote fidelity" : `SKIPPED: ${missingMessage("the CQC report text", source, "FORMGUARD_REPORT_TEXT")}`, () => {
  const report = parseReport(source.text ?? "");

  it("reads the report's numbered paragraphs, recommendations and sections", () => {
    expect(report.paragraphs.get("1.20")).toMatch(/^Most children and young people attending Dorset County Hospital/);
    expect(report.paragraphs.get("2.18")).toMatch(/^GPs hold regular, monthly vulnerable families meetings/);
    expect(report.paragraphs.get("5.3.17")).toContain("one-to-one sessions with a trained supervisor");
    expect(report.recommendations.size).toBe(42);
    expect(report.sections.get("What people told us")).toContain("blood group");
  });

  it("every rule quotes the report at least once", () => {
    expect(rules.filter((r) => r.quotes.length === 0).map((r) => r.id)).toEqual([]);
  });

  it.each(quotes)("$label appears verbatim in the report", ({ quote }) => {
    expect(report.text).toContain(normaliseQuoteText(quote));
  });

  it.each(quotes)("$label comes from a part of the report the rule cites", ({ rule, quote }) => {
    const q = normaliseQuoteText(quote);
    const cited = citedTexts(report, rule.citations);
    const missing = cited.filter((c) => c.text === undefined).map((c) => c.where);
    expect(missing, `${rule.id} cites parts the report does not have`).toEqual([]);
    if (exception(rule, quote)) return;
    expect(
      cited.some((c) => c.text!.includes(q)),
      `"${quote}" is in none of ${cited.map((c) => c.where).join(", ")}`,
    ).toBe(true);
  });

  it("every listed exception is still needed", () => {
    const stale: string[] = [];
    for (const [ruleId, list] of Object.entries(QUOTED_FROM_ELSEWHERE)) {
      const rule = rules.find((r) => r.id === ruleId);
      for (const start of Object.keys(list)) {
        const quote = rule?.quotes.find((q) => q.startsWith(start));
        if (!rule || !quote || citedTexts(report, rule.citations).some((c) => c.text?.includes(normaliseQuoteText(quote)))) stale.push(`${ruleId}: ${start}`);
      }
    }
    expect(stale).toEqual([]);
  });
});
