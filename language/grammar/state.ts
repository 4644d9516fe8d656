/**
 * The state of one parse, and the recovery every rule shares. Nothing here is module-level
 * state: each parse gets its own ParseState, so parses can run side by side (server, workers).
 *
 * Recovery reproduces what chevrotain's recovering parser did with this grammar, so syntax
 * errors and the ASTs of broken files did not change when the parser was rewritten:
 * - a missing token is "inserted" (the rule goes on as if it were there) when the next token
 *   can follow it; a stray token before the expected one is deleted;
 * - otherwise the error unwinds to the innermost rule whose caller can go on at the next token
 *   (see sites.ts), which ends there; every rule on the way keeps what it had parsed.
 */
import { EOF, type IToken, type TokenType } from "chevrotain";
import type { Span } from "../diagnostic";
import { earlyExitMessage, mismatchMessage, noViableAltMessage } from "../error-messages";
import type { LexProblem } from "../lexer";
import { MAX_NESTING } from "./limits";
import { type After, type Site, TOP_KEYWORD_IDX } from "./sites";

export interface ParseError {
  message: string;
  /** The token the parser stopped at. */
  token: IToken;
  /** For a missing token: the one before it (an error at a line's end is reported there). */
  previous?: IToken;
}

/** Thrown through the rules to unwind to the rule that recovers (never escapes a parse). */
export class Unwind {}
const UNWIND = new Unwind();
/** Thrown in strict mode at the first error: the caller parses in full instead. */
export class Bail {}
const BAIL = new Bail();
/** Thrown when conditions or selectors nest deeper than MAX_NESTING. */
export class TooDeep {
  constructor(readonly token: IToken) {}
}

/*
 * The end of the tokens. Its offset is -1, not NaN: V8 gives every object that starts
 * `{ image, startOffset` one field layout, so a single NaN there would make every token the
 * lexer cuts store its offset as a boxed double (one more allocation per token). Chevrotain's
 * parser module, bundled though unused, makes one such token when it loads (END_OF_FILE): the
 * offsets stay small integers only once that module is left out of the bundle too. Nothing
 * reads END's offset: it is recognised by its type (parse.ts, error-messages.ts).
 */
const END: IToken = { image: "", startOffset: -1, tokenType: EOF, tokenTypeIdx: EOF.tokenTypeIdx! } as IToken;
/** In place of a token `listDone` dropped: reading one is a bug, and fails at once. */
const FORGOTTEN = undefined as unknown as IToken;
const EOF_IDX = EOF.tokenTypeIdx!;

/** Does `t` match `type`, directly or through a category (a keyword is an Identifier; everything is AnyToken)? */
export function matches(t: IToken, type: TokenType): boolean {
  return t.tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![t.tokenTypeIdx] === true);
}

function anyMatches(t: IToken, types: readonly TokenType[]): boolean {
  for (let i = 0; i < types.length; i++) if (matches(t, types[i])) return true;
  return false;
}

export class ParseState {
  pos = 0;
  private readonly count: number;
  /** Index of the last token a rule consumed (tokens skipped by recovery are not). */
  private lastConsumed = -1;
  /** Indices of tokens deleted by recovery, ascending (rare). */
  private readonly deleted: number[] = [];
  private readonly sites: Site[] = [];
  /** Levels open: `(` and `not` in a condition or selector, and the sections around it. */
  nesting = 0;
  readonly errors: ParseError[] = [];
  /** Problems the grammar does not see (bad escapes, dates, junk): reported after the parse errors at one place. */
  readonly problems: LexProblem[] = [];
  /** A rule's result when it failed part-way (read by its caller's recovery). */
  partial: unknown;
  /** Where a node without any token sits: the end of the text. */
  readonly empty: Span;

  constructor(
    readonly tokens: IToken[],
    readonly text: string,
    /** Stop at the first error (re-parsing one member: any error means "parse in full"). */
    readonly strict = false,
    /**
     * Drop the tokens inside each finished list from `tokens` (see `listDone`): for a parse whose
     * tokens nobody reads afterwards. A Questionnaire of 20,000 items × 50 options imports to a
     * form of 2 million list tokens, which held 200 MB until the parse was over.
     */
    private readonly forgetLists = false,
  ) {
    this.count = tokens.length;
    this.empty = { start: text.length, end: text.length };
  }

  la1(): IToken {
    return this.pos < this.count ? this.tokens[this.pos] : END;
  }

  la(k: number): IToken {
    const i = this.pos + k - 1;
    return i < this.count ? this.tokens[i] : END;
  }

  /** Type index of the next token (EOF's at the end). */
  next(): number {
    return this.pos < this.count ? this.tokens[this.pos].tokenTypeIdx : EOF_IDX;
  }

  atEnd(): boolean {
    return this.pos >= this.count;
  }

  /**
   * A list that began at token `first` ends at the last token consumed. Nothing asks for the
   * tokens between those two again (a span is made from a rule's first and last tokens), so
   * they can go, unless recovery deleted a token somewhere (then spans skip over deleted ones).
   */
  listDone(first: number): void {
    if (!this.forgetLists || this.deleted.length > 0) return;
    for (let i = first + 1; i < this.lastConsumed; i++) this.tokens[i] = FORGOTTEN;
  }

  /** Takes the next token, which the caller has already looked at. */
  advance(): IToken {
    this.lastConsumed = this.pos;
    return this.tokens[this.pos++];
  }

  /**
   * The next token if it is a `type`; else an error, then recovery: undefined when the token
   * is taken as missing (the rule goes on), the token after when the next one is a stray.
   */
  consume(type: TokenType, after: After, rule: string): IToken | undefined {
    const t = this.la1();
    if (matches(t, type)) return this.advance();
    const previous = this.pos > 0 ? this.tokens[this.pos - 1] : END;
    this.errors.push({ message: mismatchMessage(type, t, previous, rule, this.text), token: t, previous });
    if (this.strict) throw BAIL;
    if (this.canFollow(t, after)) return undefined;
    if (matches(this.la(2), type)) {
      this.deleted.push(this.pos);
      this.pos++;
      return this.advance();
    }
    throw UNWIND;
  }

  /** No alternative of `rule` fits the next token. */
  noViableAlt(rule: string, expectedFirst?: TokenType[]): never {
    const t = this.la1();
    this.errors.push({ message: noViableAltMessage(rule, t, expectedFirst), token: t });
    throw this.strict ? BAIL : UNWIND;
  }

  /** A list that needs at least one item has none. */
  earlyExit(rule: string, expectedFirst: TokenType[]): never {
    const t = this.la1();
    this.errors.push({ message: earlyExitMessage(rule, t, expectedFirst), token: t });
    throw this.strict ? BAIL : UNWIND;
  }

  /** Can `t` come right after the missing token: in its rule, or (the rest being optional) in the rules around it? */
  private canFollow(t: IToken, after: After): boolean {
    if (anyMatches(t, after.follow)) return true;
    if (!after.nullable) return false;
    for (let i = this.sites.length - 1; i >= 0; i--) {
      const site = this.sites[i];
      if (anyMatches(t, site.follow)) return true;
      if (!site.nullable) return false;
    }
    return false;
  }

  /** A rule starts, called from `site`; returns its first token's index (see spanFrom). */
  enter(site: Site): number {
    this.sites.push(site);
    return this.pos;
  }

  leave(): void {
    this.sites.pop();
  }

  /**
   * In a rule's catch: ends the rule there if its caller can go on at the next token, else
   * passes the error on. The rule then returns what it has, as if complete.
   */
  recover(e: unknown, site: Site): void {
    if (e !== UNWIND) throw e;
    const t = this.la1();
    const idx = t.tokenTypeIdx;
    if (idx === EOF_IDX) throw e;
    if (TOP_KEYWORD_IDX.has(idx) ? !site.catchesTop.has(idx) : !site.catchesAny) throw e;
  }

  /** One more `(` or `not` open; refuses past the limit rather than overflow the stack. */
  deeper(at: IToken): void {
    if (++this.nesting > MAX_NESTING) throw new TooDeep(at);
  }

  /** From the first to the last token consumed since `entry` (undefined if none). */
  spanFrom(entry: number): Span | undefined {
    const last = this.lastConsumed;
    if (last < entry) return undefined;
    let first = entry;
    if (this.deleted.length > 0) while (this.deleted.includes(first)) first++;
    const a = this.tokens[first];
    const b = this.tokens[last];
    return { start: a.startOffset, end: b.startOffset + b.image.length };
  }

  /** The first token consumed since `entry`. */
  firstFrom(entry: number): IToken | undefined {
    if (this.lastConsumed < entry) return undefined;
    let first = entry;
    if (this.deleted.length > 0) while (this.deleted.includes(first)) first++;
    return this.tokens[first];
  }
}
