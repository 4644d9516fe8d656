/**
 * Quote fidelity: every `quote` of every rule appears verbatim in the CQC report, keeping the
 * report's own characters (its ’ and “ ”), and comes from a part of the report the rule cites:
 * each quote is located in the report (its numbered paragraph, and within that the main text or
 * a case example; a recommendation's own text; a section) and that place must be one the rule
 * cites. Where REQUIREMENTS.md cites a paragraph for its case example alone ("3.9 (case
 * example)"), a quote from the paragraph's main text is the wrong evidence and fails. In finding
 * a quote the only forgiveness is `normaliseQuoteText`: whitespace runs, curly quotes and
 * markdown emphasis; in keeping the report's characters only layout is forgiven.
 *
 * The report is read from FORMGUARD_REPORT_TEXT, else ../shared/seed/… beside the project.
 * Where it cannot be found these tests skip and say so, unless FORMGUARD_REQUIRE_REPORT_TEXT
 * is set (CI sets it), in which case they fail.
 */
import { describe, expect, it } from "vitest";
import { compiledRules, type CompiledRule } from "../../rules/rule-set";
import { workspaceWithPacks } from "../helpers";
import {
  locateQuote,
  misplacedQuote,
  missingMessage,
  normaliseLayout,
  normaliseQuoteText,
  parseInventory,
  parseReport,
  reportSource,
  requirementsSource,
  sourcesRequired,
  type InventoryRow,
  type Report,
} from "./sources";

const source = reportSource();
const requirements = requirementsSource();
const rules = compiledRules(workspaceWithPacks().index);
const quotes = rules.flatMap((r) => r.quotes.map((q, i) => ({ rule: r, quote: q, label: `${r.id} quote ${i + 1}` })));

/**
 * Quotes that come from outside every part the rule cites, each with the reason it is still
 * the right quote. Keyed by rule id → the quote's first words. Empty: every quote is from a
 * cited part of the report.
 */
const QUOTED_FROM_ELSEWHERE: Record<string, Record<string, string>> = {};

/** The cited parts the report does not have at all (a typo in a citation). */
function missingParts(report: Report, citations: Array<Record<string, string>>): string[] {
  return citations.flatMap((c) =>
    "paragraph" in c
      ? report.paragraphs.has(c.paragraph) ? [] : [`paragraph ${c.paragraph}`]
      : "recommendation" in c
        ? report.recommendations.has(c.recommendation) ? [] : [`recommendation ${c.recommendation}`]
        : report.sections.has(c.section) ? [] : [`section "${c.section}"`],
  );
}

/**
 * Paragraphs a rule cites for their case example alone: every row it implements that cites
 * the paragraph says "(case example)".
 */
function caseExamplesOnly(rule: CompiledRule, rows: InventoryRow[]): Set<string> {
  const own = rows.filter((r) => rule.implements.includes(r.id));
  const citing = (ref: string) => own.filter((r) => r.citations.some((c) => c.paragraph === ref));
  return new Set(own.flatMap((r) => r.caseExamples).filter((ref) => citing(ref).every((r) => r.caseExamples.includes(ref))));
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

const bothSources = !!source.text && !!requirements.text;
const missingSources = [
  source.text ? undefined : missingMessage("the CQC report text", source, "FORMGUARD_REPORT_TEXT"),
  requirements.text ? undefined : missingMessage("REQUIREMENTS.md", requirements, "FORMGUARD_REQUIREMENTS"),
].filter(Boolean).join("; ");

if (!bothSources && !sourcesRequired()) console.warn(`quote fidelity tests SKIPPED: ${missingSources}`);
if (!bothSources && sourcesRequired()) {
  it("finds the report text and REQUIREMENTS.md (FORMGUARD_REQUIRE_REPORT_TEXT is set)", () => {
    throw new Error(missingSources);
  });
}

describe.skipIf(!bothSources)(bothSources ? "quote fidelity" : `SKIPPED: ${missingSources}`, () => {
  const report = parseReport(source.text ?? "");
  const rows = parseInventory(requirements.text ?? "");

  it("reads the report's numbered paragraphs, recommendations and sections", () => {
    expect(report.paragraphs.get("1.20")).toMatch(/^Most children and young people attending Dorset County Hospital/);
    expect(report.paragraphs.get("2.18")).toMatch(/^GPs hold regular, monthly vulnerable families meetings/);
    expect(report.paragraphs.get("5.3.17")).toContain("one-to-one sessions with a trained supervisor");
    expect(report.recommendations.size).toBe(42);
    expect(report.sections.get("What people told us")).toContain("blood group");
  });

  it("reads the main text and the examples set out under a paragraph", () => {
    expect(report.paragraphParts.get("3.9")!.map((p) => p.kind)).toEqual(["main text", "case example"]);
    expect(report.paragraphParts.get("3.9")![1].text).toMatch(/^Case Example: The school nurse service is currently commissioned/);
    expect(report.paragraphParts.get("2.18")!.map((p) => p.kind)).toEqual(["main text", "good practice example", "case example"]);
    expect(report.paragraphParts.get("3.15")!.map((p) => p.kind)).toEqual(["main text", "case example", "case example"]);
    expect(report.paragraphParts.get("1.20")!.map((p) => p.kind)).toEqual(["main text"]);
  });

  it("numbers the paragraphs of each chapter in the report's order, none skipped or read twice", () => {
    const refs = [...report.paragraphs.keys()];
    const out = refs.filter((ref, i) => {
      if (i === 0) return false;
      const [a, b] = [refs[i - 1].split(".").map(Number), ref.split(".").map(Number)];
      const sameChapter = a.length === b.length && a.slice(0, -1).join(".") === b.slice(0, -1).join(".");
      return sameChapter ? b[b.length - 1] !== a[a.length - 1] + 1 : b[b.length - 1] !== 1;
    });
    expect(out).toEqual([]);
  });

  // The test below can fail: each case is a quote and a citation, and what the check says of it.
  describe("a quote from a part the rule does not cite is found out", () => {
    const case39 = "There was no communication by the school nurse with the GP or CAMHS to inform them of exit from the school nurse service";
    const main39 = "As a consequence there may be children and young people with unmet health and wellbeing needs in Dorset.";
    const cases: Array<{ name: string; quote: string; cites: Array<Record<string, string>>; caseExamples?: string[]; problem: string | undefined }> = [
      { name: "a case example quote, paragraph cited", quote: case39, cites: [{ paragraph: "3.9" }], problem: undefined },
      { name: "a case example quote, cited for its case example", quote: case39, cites: [{ paragraph: "3.9" }], caseExamples: ["3.9"], problem: undefined },
      { name: "a main-text quote, paragraph cited", quote: main39, cites: [{ paragraph: "3.9" }], problem: undefined },
      {
        name: "a main-text quote where only the case example is cited",
        quote: main39,
        cites: [{ paragraph: "3.9" }],
        caseExamples: ["3.9"],
        problem: `"${main39}" is in paragraph 3.9 (main text), but the rule cites paragraph 3.9 (case example)`,
      },
      {
        name: "a quote from the next paragraph",
        quote: main39,
        cites: [{ paragraph: "3.8" }, { recommendation: "2.9" }],
        problem: `"${main39}" is in paragraph 3.9 (main text), but the rule cites paragraph 3.8, recommendation 2.9`,
      },
      {
        name: "a recommendation's words cited as the paragraph of the same number",
        quote: "Review waiting areas in the ED",
        cites: [{ paragraph: "2.3" }],
        problem: `"Review waiting areas in the ED" is in recommendation 2.3, but the rule cites paragraph 2.3`,
      },
      { name: "a recommendation's words, recommendation cited", quote: "Review waiting areas in the ED", cites: [{ recommendation: "2.3" }], problem: undefined },
      {
        name: "a young person's words cited as a paragraph",
        quote: "I certainly don’t get asked to sign for anything.",
        cites: [{ paragraph: "4.14" }],
        problem: `"I certainly don’t get asked to sign for anything." is in section "What people told us", but the rule cites paragraph 4.14`,
      },
      { name: "words the report does not have", quote: "the form was signed in green ink", cites: [{ paragraph: "1.30" }], problem: `"the form was signed in green ink" is not in the report` },
    ];
    it.each(cases)("$name", ({ quote, cites, caseExamples, problem }) => {
      expect(misplacedQuote(report, quote, cites, new Set(caseExamples))).toBe(problem);
    });
  });

  it("every rule quotes the report at least once", () => {
    expect(rules.filter((r) => r.quotes.length === 0).map((r) => r.id)).toEqual([]);
  });

  it.each(quotes)("$label appears verbatim in the report", ({ quote }) => {
    expect(report.text).toContain(normaliseQuoteText(quote));
  });

  it.each(quotes)("$label keeps the report's own characters (apostrophes, quotation marks)", ({ quote }) => {
    expect(report.exact).toContain(normaliseLayout(quote));
  });

  it.each(quotes)("$label comes from a part of the report the rule cites", ({ rule, quote }) => {
    expect(missingParts(report, rule.citations as Array<Record<string, string>>), `${rule.id} cites parts the report does not have`).toEqual([]);
    if (exception(rule, quote)) return;
    expect(misplacedQuote(report, quote, rule.citations as Array<Record<string, string>>, caseExamplesOnly(rule, rows))).toBeUndefined();
  });

  it("every listed exception is still needed", () => {
    const stale: string[] = [];
    for (const [ruleId, list] of Object.entries(QUOTED_FROM_ELSEWHERE)) {
      const rule = rules.find((r) => r.id === ruleId);
      for (const start of Object.keys(list)) {
        const quote = rule?.quotes.find((q) => q.startsWith(start));
        if (!rule || !quote || !misplacedQuote(report, quote, rule.citations as Array<Record<string, string>>, caseExamplesOnly(rule, rows))) stale.push(`${ruleId}: ${start}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it("locates every quote of the pack in exactly one place", () => {
    // Two places would make "which paragraph is this from?" ambiguous; the report repeats no sentence we quote.
    expect(quotes.filter(({ quote }) => locateQuote(report, quote).length !== 1).map((q) => q.label)).toEqual([]);
  });
});
