/**
 * Speed guards for the lexer.
 *
 * Chevrotain picks candidate token patterns by an input's first character only when it can
 * analyse every pattern; one pattern it cannot (a complement class, a lookbehind…) silently
 * makes the lexer try every pattern at every position. `ensureOptimizations` turns that
 * silence into an error, so a new token cannot slow every file down unnoticed.
 *
 * The patterns carry their first characters as hints (tokens.ts), so that start-up skips that
 * analysis; a hint that missed a character would make the lexer reject text it should accept.
 * So the lexer built from the hints must choose exactly as the analysis of the patterns does.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";
import { expect, it } from "vitest";
import { LEXED_TOKENS } from "../../language/tokens";

/** The same tokens without their hints: chevrotain analyses each pattern itself. */
const unhinted = (types: TokenType[]) =>
  types.map((t) => {
    const raw = t as TokenType & { PATTERN: RegExp | string; GROUP?: string; LINE_BREAKS?: boolean };
    // Only the options the token has: chevrotain rejects a `group` given as undefined.
    return createToken({ name: t.name, pattern: raw.PATTERN, ...(raw.GROUP !== undefined && { group: raw.GROUP }), ...(raw.LINE_BREAKS !== undefined && { line_breaks: raw.LINE_BREAKS }) });
  });

/** For each character code the lexer distinguishes, the names of the patterns it tries, in order. */
function candidates(lexer: Lexer): string[][] {
  const table = (lexer as unknown as { charCodeToPatternIdxToConfig: Record<string, ({ tokenType: TokenType }[] | undefined)[]> }).charCodeToPatternIdxToConfig.defaultMode;
  return Array.from(table, (configs) => (configs ?? []).map((c) => c.tokenType.name));
}

it("the lexer keeps chevrotain's first-character optimisation", () => {
  expect(() => new Lexer(unhinted(LEXED_TOKENS), { positionTracking: "onlyOffset", ensureOptimizations: true })).not.toThrow();
});

it("each pattern's first-character hint is exactly what chevrotain finds in the pattern", () => {
  const hinted = candidates(new Lexer(LEXED_TOKENS, { positionTracking: "onlyOffset" }));
  const analysed = candidates(new Lexer(unhinted(LEXED_TOKENS), { positionTracking: "onlyOffset" }));
  expect(analysed.filter((c) => c.length > 0).length).toBeGreaterThan(60);
  expect(hinted).toEqual(analysed);
});
