/**
 * What every `{ … }` body shares: the loop over its members, and the junk alternative that
 * swallows a run of tokens no member starts with, up to the next member keyword or `}`, so
 * a file with several independent mistakes gets one diagnostic per mistake.
 */
import { EOF } from "chevrotain";
import type { LexProblem } from "../lexer";
import { nearest } from "../suggest";
import { RBrace } from "../tokens";
import { type BlockKind, type Site, STARTS, STOPS } from "./sites";
import type { ParseState } from "./state";

const EOF_IDX = EOF.tokenTypeIdx!;
const RBRACE = RBrace.tokenTypeIdx!;
const toIdx = (types: Record<BlockKind, { tokenTypeIdx?: number }[]>) =>
  Object.fromEntries(Object.entries(types).map(([k, v]) => [k, new Set(v.map((t) => t.tokenTypeIdx!))])) as Record<BlockKind, Set<number>>;
const STARTS_IDX = toIdx(STARTS);
const STOPS_IDX = toIdx(STOPS);

/**
 * The members of a block body. `member` parses the member the next token (type `idx`) starts
 * and returns true, or returns false when no member starts with it: that run is junk.
 */
export function blockBody(s: ParseState, block: BlockKind, site: Site, member: (s: ParseState, idx: number) => boolean, junk: LexProblem[], where: string): void {
  const starts = STARTS_IDX[block];
  const stops = STOPS_IDX[block];
  for (;;) {
    const idx = s.next();
    if (idx === EOF_IDX) return;
    if (!starts.has(idx) && (idx === RBRACE || stops.has(idx))) return;
    if (!member(s, idx)) junkRun(s, block, site, junk, where);
  }
}

/** Tokens no member starts with, up to the next stop word: one problem for the whole run. */
export function junkRun(s: ParseState, block: BlockKind, site: Site, out: LexProblem[], where: string): void {
  const stops = STOPS_IDX[block];
  const entry = s.enter(site);
  const first = s.advance();
  if (block === "top") {
    while (!s.atEnd() && !stops.has(s.next())) s.advance();
  } else {
    for (let idx = s.next(); idx !== EOF_IDX && idx !== RBRACE && !stops.has(idx); idx = s.next()) s.advance();
  }
  s.leave();
  const shown = first.image.length > 30 ? first.image.slice(0, 30) + "…" : first.image;
  // The keywords `where` lists ("expected title, severity … or fix"): a misspelt one is named.
  const keywords = where.replace(/^.*expected /, "").split(/, | or /).filter((w) => /^[a-z-]+$/.test(w));
  const near = nearest(first.image, keywords);
  out.push({ message: `Unexpected \`${shown}\` ${where}${near && near !== first.image ? `: did you mean \`${near}\`?` : "."}`, span: s.spanFrom(entry)! });
}
