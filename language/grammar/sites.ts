/**
 * What may follow each place in the grammar: the tables recovery works from (state.ts).
 *
 * A `Site` is a place where one rule calls another: `follow` lists the tokens that can come
 * next in the caller, `nullable` says the caller may end there (so what follows the caller can
 * follow too). An `After` is the same for a token a rule requires. The lists follow the
 * grammar in rules.ts; a test parses thousands of broken documents against the recorded
 * output of the previous (chevrotain) parser, so a list that drifts from the grammar shows.
 *
 * A rule ends early at an error when its site "catches" the next token: the next token is one
 * its caller can go on with. In practice every member of a `{ … }` body and every top-level
 * item catches, since a body's junk alternative takes any token; a form's members also stop
 * at `service` and `audience`, and top-level items at every top-level keyword.
 */
import { type TokenType } from "chevrotain";
import {
  AnyToken,
  COMPARISON_TOKENS,
  Comma,
  DotDot,
  Identifier,
  LBrace,
  NumberLiteral,
  RBrace,
  RParen,
  StringLiteral,
  kw,
  type KeywordWord,
} from "../tokens";

export interface After {
  readonly follow: readonly TokenType[];
  readonly nullable: boolean;
}

export interface Site extends After {
  readonly catchesAny: boolean;
  /** Token type indices of the top-level keywords this site catches. */
  readonly catchesTop: ReadonlySet<number>;
}

const words = (...w: KeywordWord[]) => w.map(kw);

/** The keywords that start a member of each kind of block. */
export const STARTS = {
  top: words("form", "pack", "service", "audience", "concept", "rule", "recommendation", "extend"),
  form: words("service", "audience", "ages", "version", "owner", "tags", "section", "field", "waive"),
  section: words("section", "field"),
  field: words("label", "help", "covers", "codes", "options", "lookback", "min", "max"),
  pack: words("publisher", "published", "version", "source", "uses", "source-text"),
  concept: words("synonyms", "codes", "refines", "suggest", "options", "help", "label"),
  rule: words("title", "severity", "applies", "require", "cites", "quote", "implements", "description", "fix"),
  recommendation: words("not-checkable", "partly", "group"),
};

/**
 * Where a block's junk stops: its own member keywords, `}`, end of file, and the keywords of
 * the blocks around it. Stopping at an outer keyword lets the parser insert a forgotten `}`
 * instead of swallowing the next field or form.
 */
export const STOPS = {
  top: STARTS.top,
  form: [...STARTS.form, ...STARTS.top],
  section: [...STARTS.form, ...STARTS.top],
  field: [...STARTS.field, ...STARTS.form, ...STARTS.top],
  pack: [...STARTS.pack, ...STARTS.top],
  concept: [...STARTS.concept, ...STARTS.top],
  rule: [...STARTS.rule, ...STARTS.top],
  recommendation: [...STARTS.recommendation, ...STARTS.top],
};
export type BlockKind = keyof typeof STARTS;

export const TOP_KEYWORD_IDX: ReadonlySet<number> = new Set(STARTS.top.map((t) => t.tokenTypeIdx!));

function site(follow: readonly TokenType[], nullable: boolean): Site {
  const idx = new Set(follow.map((t) => t.tokenTypeIdx!));
  return {
    follow,
    nullable,
    catchesAny: follow.includes(AnyToken),
    catchesTop: new Set([...TOP_KEYWORD_IDX].filter((i) => idx.has(i))),
  };
}

function after(follow: readonly TokenType[], nullable: boolean): After {
  return { follow, nullable };
}

/** A member of a block body: the next member (any token, through the junk alternative) or `}`. */
function member(block: Exclude<BlockKind, "top">): Site {
  // `recommendation` bodies have no member rules of their own; their junk still calls from here.
  const firsts = block === "form" ? words("service", "audience", "tags", "ages", "version", "owner", "section", "field", "waive") : STARTS[block];
  return site([...firsts, AnyToken, RBrace], false);
}

const VALUE_FIRST = [StringLiteral, NumberLiteral, Identifier];

export const SITES = {
  /** A top-level item: the next item (any token) or the end. */
  top: site([...STARTS.top, AnyToken], true),
  form: member("form"),
  section: member("section"),
  field: member("field"),
  pack: member("pack"),
  concept: member("concept"),
  rule: member("rule"),
  recommendation: member("recommendation"),
  /** The end of a rule: nothing in it follows. */
  last: site([], true),
  fieldCondition: site([LBrace], true),
  orOperand: site(words("or"), true),
  andOperand: site(words("and"), true),
  parenthesised: site([RParen], false),
  operatorThenValue: site(VALUE_FIRST, false),
  operatorThenDuration: site([NumberLiteral], false),
  citation: site([Comma], true),
  requiredConcepts: site(words("required", "shown", "with"), true),
  shownValue: site(words("with"), true),
  constraint: site(words("and"), true),
};

export const AFTER = {
  /** Last in its rule: what follows the rule decides. */
  last: after([], true),
  /** A declaration's name: an optional title, then `{`. */
  nameThenBlock: after([StringLiteral, LBrace], false),
  /** A declaration's name: an optional title and an optional block. */
  nameThenOptionalBlock: after([StringLiteral, LBrace], true),
  /** `service x` / `audience x`: an optional title. */
  nameThenTitle: after([StringLiteral], true),
  fieldName: after([Identifier, kw("required"), kw("when"), LBrace], true),
  formOpen: after([...SITES.form.follow], false),
  sectionOpen: after([...SITES.section.follow], false),
  ruleOpen: after([...SITES.rule.follow], false),
  recommendationMember: after([...SITES.recommendation.follow], false),
  agesMin: after([DotDot], false),
  agesDots: after([NumberLiteral], false),
  waiverRule: after([StringLiteral], false),
  waiverReason: after(words("by", "until"), true),
  waiverBy: after(words("until"), true),
  listItem: after([Comma], true),
  durationAmount: after([Identifier], false),
  suggestType: after(words("required"), true),
  /** `uses PACK "RANGE"`: the pack's id, then its range. */
  usesPack: after([StringLiteral], false),
  /** `extend concept`: the concept's id, then its block. */
  extendConcept: after([Identifier], false),
  extendName: after([LBrace], false),
  conceptOpen: after([...SITES.concept.follow], false),
  shownWhen: after([Identifier], false),
  shownConcept: after([...COMPARISON_TOKENS], false),
  include: after([StringLiteral], false),
  agesInclude: after([NumberLiteral], false),
};
