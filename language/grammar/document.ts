/**
 * The grammar's entry points: a whole document, or one field or section on its own (for
 * re-parsing after an edit). Each call makes its own ParseState: the parser is re-entrant.
 */
import type { IToken } from "chevrotain";
import type * as A from "../ast";
import type { LexProblem } from "../lexer";
import { kw } from "../tokens";
import { junkRun } from "./blocks";
import { field, form, section } from "./forms";
import { concept, extendConcept, pack, recommendation, rule, simpleDecl } from "./packs";
import { SITES } from "./sites";
import { Bail, ParseState, type ParseError, TooDeep, Unwind } from "./state";

const K = (w: string) => kw(w as never).tokenTypeIdx!;
const [FORM, PACK, SERVICE, AUDIENCE, CONCEPT, RULE, RECOMMENDATION, EXTEND] = ["form", "pack", "service", "audience", "concept", "rule", "recommendation", "extend"].map(K);

export interface GrammarResult {
  items: A.TopLevel[];
  /** Syntax errors, in the order the parser met them. */
  errors: ParseError[];
  /** Problems with values (escapes, dates, numbers) and junk, in no particular order. */
  problems: LexProblem[];
  /** Set when conditions or selectors nest too deep: the AST is then empty. */
  tooDeep?: IToken;
}

/** `forgetLists`: the caller has no use for `tokens` after the parse (see ParseState). */
export function parseDocumentTokens(tokens: IToken[], text: string, forgetLists = false): GrammarResult {
  const s = new ParseState(tokens, text, false, forgetLists);
  const items: A.TopLevel[] = [];
  try {
    while (!s.atEnd()) {
      switch (s.next()) {
        case FORM: form(s, SITES.top, items); break;
        case PACK: pack(s, SITES.top, items); break;
        case SERVICE: simpleDecl(s, SITES.top, "service", items); break;
        case AUDIENCE: simpleDecl(s, SITES.top, "audience", items); break;
        case CONCEPT: concept(s, SITES.top, items); break;
        case RULE: rule(s, SITES.top, items); break;
        case RECOMMENDATION: recommendation(s, SITES.top, items); break;
        case EXTEND: extendConcept(s, SITES.top, items); break;
        default: junkRun(s, "top", SITES.top, s.problems, "here: expected a form, pack, service, audience, concept, rule or recommendation");
      }
    }
  } catch (e) {
    if (e instanceof TooDeep) return { items: [], errors: [], problems: [], tooDeep: e.token };
    // Only an error at the end of the file reaches the document: nothing is left to parse.
    if (!(e instanceof Unwind)) throw e;
  }
  return { items, errors: s.errors, problems: s.problems };
}

/**
 * `tokens` as exactly one field or section, without any problem; undefined otherwise (the
 * caller then parses the whole document).
 */
export function parseMemberTokens(tokens: IToken[], text: string, kind: "field" | "section", sectionsAround: number): A.Field | A.Section | undefined {
  const s = new ParseState(tokens, text, true);
  s.nesting = sectionsAround;
  const out: A.SectionMember[] = [];
  try {
    if (s.next() !== K(kind)) return undefined;
    if (kind === "field") field(s, SITES.last, out);
    else section(s, SITES.last, out);
  } catch (e) {
    if (e instanceof Bail || e instanceof TooDeep) return undefined;
    throw e;
  }
  return s.atEnd() && s.problems.length === 0 ? out[0] : undefined;
}
