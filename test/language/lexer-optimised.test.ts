/**
 * Speed guard: chevrotain picks candidate token patterns by an input's first character only
 * when it can analyse every pattern; one pattern it cannot (a complement class, a lookbehind…)
 * silently makes the lexer try every pattern at every position. `ensureOptimizations` turns
 * that silence into an error, so a new token cannot slow every file down unnoticed.
 */
import { Lexer } from "chevrotain";
import { expect, it } from "vitest";
import { LEXED_TOKENS } from "../../language/tokens";

it("the lexer keeps chevrotain's first-character optimisation", () => {
  expect(() => new Lexer(LEXED_TOKENS, { positionTracking: "onlyOffset", ensureOptimizations: true })).not.toThrow();
});
