/**
 * Where is the cursor, in terms completion cares about? Worked out from the token stream and
 * the enclosing `{ … }` blocks, not the AST, because the text is usually half-typed: `covers `
 * with nothing after it, or a `when` with no value yet, parses badly but is clear to read here.
 */
import type { IToken } from "chevrotain";
import { lex } from "../language/lexer";

export type BlockKind = "top" | "form" | "section" | "field" | "pack" | "concept" | "rule" | "recommendation" | "unknown";

/** Keywords that start a member of each block (as in the grammar). */
export const MEMBER_KEYWORDS: Record<Exclude<BlockKind, "unknown">, string[]> = {
  top: ["form", "pack", "service", "audience", "concept", "rule", "recommendation"],
  form: ["service", "audience", "ages", "version", "owner", "tags", "section", "field", "waive"],
  section: ["section", "field"],
  field: ["label", "help", "covers", "codes", "options", "lookback", "min", "max"],
  pack: ["publisher", "published", "version", "source"],
  concept: ["synonyms", "codes", "refines", "suggest", "options", "help"],
  rule: ["title", "severity", "applies", "require", "cites", "quote", "implements", "description", "fix"],
  recommendation: ["not-checkable", "partly", "group"],
};

/** Tokens after which the next line carries on the same member. */
const CONTINUATIONS = new Set([",", "when", "and", "or", "not", "(", "=", "!=", "<", "<=", ">", ">=", "..", "with", "of", "shown", "require", "covers", "applies", "cites", "waive"]);

const BLOCK_OPENERS = new Set(["form", "section", "field", "pack", "concept", "rule", "recommendation"]);

export interface CompletionContext {
  /** Offset where the word being typed starts (the replace range is [wordStart, offset)). */
  wordStart: number;
  offset: number;
  word: string;
  /** Enclosing blocks, outermost first; the last is where the cursor is. */
  blocks: Array<{ kind: BlockKind; header: IToken[] }>;
  block: BlockKind;
  /** Tokens of the member being written, from its keyword up to (not including) the word. */
  statement: IToken[];
  /** The cursor is inside a string or a comment. */
  inString: boolean;
  inComment: boolean;
}

const WORD_CHAR = /[A-Za-z0-9_.\-/]/;

const isKeyword = (t: IToken | undefined, ...words: string[]) => !!t && t.tokenType.name.startsWith("Kw_") && (words.length === 0 || words.includes(t.image));

function lineOf(offset: number, lineStarts: number[]): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function completionContext(text: string, offset: number): CompletionContext {
  let wordStart = offset;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1])) wordStart--;
  const { tokens, comments } = lex(text);
  const inComment = comments.some((c) => c.span.start < offset && (offset < c.span.end || (!c.block && offset === c.span.end)));
  const before: IToken[] = [];
  let inString = false;
  for (const t of tokens) {
    const end = t.startOffset + t.image.length;
    if (t.startOffset >= wordStart) break;
    if (t.tokenType.name.includes("String") && t.startOffset < offset && (offset < end || (t.tokenType.name === "UnterminatedString" && offset === end))) inString = true;
    if (end <= wordStart) before.push(t);
  }

  const lineStarts = [0];
  for (let i = 0; i < text.length && i < offset; i++) if (text[i] === "\n") lineStarts.push(i + 1);

  // Walk the braces to find the enclosing blocks.
  const blocks: CompletionContext["blocks"] = [{ kind: "top", header: [] }];
  let memberStart = 0;
  for (let i = 0; i < before.length; i++) {
    const t = before[i];
    if (t.image === "{" && t.tokenType.name === "LBrace") {
      const header = before.slice(memberStart, i);
      blocks.push({ kind: blockKindOf(header), header });
      memberStart = i + 1;
    } else if (t.image === "}" && t.tokenType.name === "RBrace") {
      if (blocks.length > 1) blocks.pop();
      memberStart = i + 1;
    }
  }
  const block = blocks[blocks.length - 1].kind;

  // The member being written: from the last member keyword that starts a statement.
  const members = block === "unknown" ? [] : MEMBER_KEYWORDS[block];
  let start = memberStart;
  for (let i = before.length - 1; i >= memberStart; i--) {
    const t = before[i];
    if (!isKeyword(t) || !members.includes(t.image)) continue;
    const prev = before[i - 1];
    const firstOnLine = !prev || lineOf(prev.startOffset, lineStarts) < lineOf(t.startOffset, lineStarts);
    const afterValue = !!prev && /String|Number|Date|Brace/.test(prev.tokenType.name);
    if (firstOnLine || afterValue || i === memberStart) {
      start = i;
      break;
    }
  }
  // A word first on its line starts a new member, unless the line before clearly continues.
  const lineStart = text.lastIndexOf("\n", wordStart - 1) + 1;
  const last = before[before.length - 1];
  const firstOnLine = /^\s*$/.test(text.slice(lineStart, wordStart)) && (!last || last.startOffset < lineStart);
  const continues = !!last && CONTINUATIONS.has(last.image);
  const statement = firstOnLine && !continues ? [] : before.slice(start);
  return { wordStart, offset, word: text.slice(wordStart, offset), blocks, block, statement, inString, inComment };
}

/** What a `{` opens: the first block keyword of its header that is not itself a name. */
function blockKindOf(header: IToken[]): BlockKind {
  for (let i = header.length - 1; i >= 0; i--) {
    const t = header[i];
    if (!isKeyword(t) || !BLOCK_OPENERS.has(t.image)) continue;
    // `field field text {`: the second `field` is the name, the first the keyword.
    if (i > 0 && isKeyword(header[i - 1]) && BLOCK_OPENERS.has(header[i - 1].image)) continue;
    return t.image as BlockKind;
  }
  return "unknown";
}
