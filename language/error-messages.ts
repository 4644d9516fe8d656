/**
 * Syntax errors in words a form author understands: "expected a quoted label" rather than
 * "Expecting token of type --> StringLiteral <--".
 */
import { EOF, type IToken, type TokenType } from "chevrotain";
import { nearest } from "./suggest";

const TOKEN_WORDS: Record<string, string> = {
  Identifier: "an id",
  StringLiteral: "text in double quotes",
  UnterminatedString: "text in double quotes",
  NumberLiteral: "a number",
  DateLiteral: "a date like 2027-03-31",
  LBrace: "`{`",
  RBrace: "`}`",
  LParen: "`(`",
  RParen: "`)`",
  Comma: "`,`",
  DotDot: "`..`",
  NotEquals: "`!=`",
  LessEquals: "`<=`",
  GreaterEquals: "`>=`",
  Less: "`<`",
  Greater: "`>`",
  Equals: "`=`",
  EOF: "the end of the file",
};

/** What the parser expected, described for the context it was in (rule name → phrase). */
const CONTEXT_HINTS: Record<string, Record<string, string>> = {
  waiver: {
    StringLiteral: "a reason in double quotes (every waiver must say why: waive rule-id \"reason\" by \"who\" until 2027-03-31)",
    Identifier: "the id of the rule being waived",
    DateLiteral: "the date the waiver ends, like 2027-03-31",
  },
  form: { Identifier: "the form's id, e.g. form ed-paediatric \"Title\" {", LBrace: "`{` to open the form" },
  section: { Identifier: "the section's id", LBrace: "`{` to open the section" },
  field: { Identifier: "the field's id", LBrace: "`{` to open the field's properties" },
  fieldProp: { StringLiteral: "text in double quotes", NumberLiteral: "a number" },
  duration: { NumberLiteral: "a number of days, weeks, months or years, like 12 months", Identifier: "a unit: days, weeks, months, years or working-days" },
  headerProp: { NumberLiteral: "an age, like ages 0..17", StringLiteral: "text in double quotes" },
  comparison: { Identifier: "a field id", Kw_answered: "a comparison (=, !=, <, <=, >, >=) or `answered`" },
  value: { Identifier: "a value: yes, no, a quoted option or a number" },
  citation: { NumberLiteral: "a paragraph or recommendation number, like 1.20" },
  ruleDecl: { LBrace: "`{` to open the rule" },
  conceptDecl: {},
};

export function describeToken(type: TokenType, ruleName?: string): string {
  const name = type.name;
  const hint = ruleName ? CONTEXT_HINTS[ruleName]?.[name] : undefined;
  if (hint) return hint;
  if (name.startsWith("Kw_")) return "`" + name.slice(3).replace(/_/g, "-") + "`";
  return TOKEN_WORDS[name] ?? name;
}

export function describeFound(token: IToken): string {
  if (token.tokenType === EOF) return "the end of the file";
  const image = token.image.length > 30 ? token.image.slice(0, 30) + "…" : token.image;
  return "`" + image + "`";
}

function joinAlternatives(words: string[]): string {
  const unique = [...new Set(words)];
  if (unique.length <= 1) return unique[0] ?? "something else";
  if (unique.length > 8) return unique.slice(0, 8).join(", ") + ", …";
  return unique.slice(0, -1).join(", ") + " or " + unique[unique.length - 1];
}


/** `cites para 3.1` → ": did you mean `paragraph`?" — the nearest keyword that could start here. */
function keywordSuggestion(expectedFirst: TokenType[], actual: IToken): string {
  const keywords = expectedFirst.map((t) => t.name).filter((n): n is string => !!n && n.startsWith("Kw_")).map((n) => n.slice(3).replace(/_/g, "-"));
  const s = actual.tokenType === EOF ? undefined : nearest(actual.image, keywords) ?? keywords.find((k) => actual.image.length >= 3 && k.startsWith(actual.image));
  return s && s !== actual.image ? `: did you mean \`${s}\`?` : "";
}

const MEMBER_PHRASE: Record<string, string> = {
  headerProp: "a form property (service, audience, ages, version, owner or tags)",
  fieldProp: "a field property (label, help, covers, codes, options, lookback, min or max)",
  ruleProp: "a rule property (title, severity, applies, require, cites, quote …)",
  conceptProp: "a concept property (synonyms, codes, refines, suggest, options, help)",
  packProp: "a pack property (publisher, published, version, source)",
  unaryCondition: "a condition such as `field = yes` or `expression \"…\"`",
  unarySelector: "a selector: service, audience, ages include, tag, not or `(`",
  constraint: "a constraint: lookback, type or options include",
  value: "a value: yes, no, a quoted option or a number",
  operator: "a comparison: =, !=, <, <=, > or >=",
  citation: "a citation: paragraph N, recommendation N or section \"…\"",
  requirement: "a concept id",
};

/** True when `actual` starts on a later line than `previous` ends (offset-only tracking: compare text). */
export function missingAtLineEnd(previous: IToken | undefined, actual: IToken, text: string): boolean {
  if (!previous || !Number.isFinite(previous.startOffset) || previous.tokenType === EOF) return false;
  if (actual.tokenType === EOF) return true;
  return lineBreakBetween(text, previous.startOffset + previous.image.length, actual.startOffset);
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** "Expected X but found Y." for a token the grammar required, in the rule `ruleName`. */
export function mismatchMessage(expected: TokenType, actual: IToken, previous: IToken, ruleName: string, text: string): string {
  // Something missing at the end of a line is best described after what came before it.
  if (missingAtLineEnd(previous, actual, text)) return `Expected ${describeToken(expected, ruleName)} after ${describeFound(previous)}.`;
  return `Expected ${describeToken(expected, ruleName)} but found ${describeFound(actual)}.`;
}

/** No alternative of `ruleName` starts with `actual`; `expectedFirst` lists each alternative's first tokens. */
export function noViableAltMessage(ruleName: string, actual: IToken, expectedFirst: TokenType[] = []): string {
  const phrase = MEMBER_PHRASE[ruleName] ?? joinAlternatives(expectedFirst.map((t) => describeToken(t, ruleName)));
  return `Expected ${phrase} but found ${describeFound(actual)}${keywordSuggestion(expectedFirst, actual) || "."}`;
}

/** A list that needs at least one item found none. */
export function earlyExitMessage(ruleName: string, actual: IToken, expectedFirst: TokenType[]): string {
  return `Expected at least one ${joinAlternatives(expectedFirst.map((t) => describeToken(t, ruleName)))} but found ${describeFound(actual)}${keywordSuggestion(expectedFirst, actual) || "."}`;
}
