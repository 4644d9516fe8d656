/**
 * The lexer on anything: it never throws, returns in bounded time, and accounts for every
 * character: each one is in a token, a comment, a reported problem, or is white space; tokens
 * and comments are the text they claim to be, in order, without overlap.
 */
import { describe } from "vitest";
import { lex } from "../../language/lexer";
import { FUZZ_BUDGET } from "./budget";
import { binaryString, exampleForms, mutated, mutatedWindow, packItems, tokenSoup } from "./inputs";
import { checkSpan, fuzzBatch } from "./guard";

const WHITE = /[ \t\r\n\f\v\uFEFF\u00A0]/;
const seeds = [...exampleForms, ...packItems];

function checkLex(text: string) {
  const { tokens, comments, problems } = lex(text);
  const covered = new Uint8Array(text.length);
  const pieces = [
    ...tokens.map((t) => ({ start: t.startOffset, image: t.image, what: `token ${t.tokenType.name}` })),
    ...comments.map((c) => ({ start: c.span.start, image: c.text, what: "comment" })),
  ].sort((a, b) => a.start - b.start);
  let end = 0;
  for (const p of pieces) {
    const span = { start: p.start, end: p.start + p.image.length };
    checkSpan(text, span, p.what);
    if (p.image.length === 0) throw new Error(`${p.what} at ${p.start} is empty`);
    if (text.slice(span.start, span.end) !== p.image) throw new Error(`${p.what} at ${p.start} is not the text it covers: ${JSON.stringify(p.image)}`);
    if (span.start < end) throw new Error(`${p.what} at ${p.start} overlaps the previous token (which ends at ${end})`);
    end = span.end;
    covered.fill(1, span.start, span.end);
  }
  for (const p of problems) {
    checkSpan(text, p.span, `lex problem "${p.message}"`);
    if (!p.message) throw new Error("lex problem without a message");
    covered.fill(1, p.span.start, p.span.end);
  }
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !WHITE.test(text[i])) throw new Error(`character ${i} (${JSON.stringify(text[i])}) is in no token, comment or problem: the lexer dropped it silently`);
  }
}

describe("fuzz: lexer", () => {
  fuzzBatch("arbitrary strings", binaryString(200), FUZZ_BUDGET.lexer.binaryStrings, checkLex);
  fuzzBatch("token soup", tokenSoup(60), FUZZ_BUDGET.lexer.tokenSoup, checkLex);
  fuzzBatch("mutated windows of real forms and pack items", mutatedWindow(seeds, 300), FUZZ_BUDGET.lexer.mutatedWindows, checkLex);
  fuzzBatch("whole mutated, truncated forms and pack items", mutated(seeds), FUZZ_BUDGET.lexer.mutatedWhole, checkLex);
});
