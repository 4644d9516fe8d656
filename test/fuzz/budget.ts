/**
 * How many inputs each fuzz batch feeds, per target. Every batch in test/fuzz reads its
 * `numRuns` from here and checks afterwards that it really ran that many inputs, and
 * budget.test.ts fails if the total drops below 10^5 (issue 8: "at least 10^5 random, mutated
 * and truncated inputs"). Batches are split into several `it` blocks and files so vitest's fork
 * pool spreads them over the cores and each stays well under the 30 s test timeout.
 */
export const FUZZ_BUDGET = {
  /** language/lexer.ts `lex`, directly. */
  lexer: {
    binaryStrings: 20_000,
    tokenSoup: 10_000,
    mutatedWindows: 10_000,
    mutatedWhole: 1_500,
  },
  /** language/parse.ts `parseDocument` (lexer, chevrotain parser, AST builder), directly. */
  parser: {
    binaryStrings: 10_000,
    tokenSoup: 10_000,
    mutatedWindows: 15_000,
    mutatedWhole: 1_500,
    validGenerated: 2_500,
  },
  /** language/model/workspace.ts: the workspace index, references and form models. */
  resolver: {
    mutatedForms: 3_000,
    tokenSoup: 3_000,
  },
  /** rules/checker.ts `checkDocument` with the shipped pack (and with mutated packs). */
  engine: {
    mutatedForms: 2_000,
    binaryStrings: 1_500,
    tokenSoup: 1_500,
    mutatedPacks: 600,
    validGenerated: 1_000,
  },
  /** language/format: formatDocument and formatRange. */
  formatter: {
    mutatedForms: 2_500,
    tokenSoup: 2_500,
    validGeneratedForms: 2_500,
    validGeneratedPacks: 1_500,
    layoutMutations: 600,
    ranges: 1_500,
  },
  /** fhir/: prepareQuestionnaire (JSON scan, schema, que-* checks, import) and lint onto the JSON. */
  fhir: {
    mutatedJson: 2_500,
    truncatedJson: 1_500,
    shapedQuestionnaires: 2_000,
    anyJson: 2_500,
  },
} as const;

export type FuzzTarget = keyof typeof FUZZ_BUDGET;

export function targetTotal(target: FuzzTarget): number {
  return Object.values(FUZZ_BUDGET[target] as Record<string, number>).reduce((a, b) => a + b, 0);
}

export function fuzzTotal(): number {
  return (Object.keys(FUZZ_BUDGET) as FuzzTarget[]).reduce((sum, t) => sum + targetTotal(t), 0);
}
