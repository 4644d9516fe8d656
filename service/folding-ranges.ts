/**
 * Folding: every `{ … }` block and every run of comments. Braces come from the token stream,
 * not the AST, so a half-typed document still folds.
 */
import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver";
import type { Workspace } from "../language/model/workspace";
import { lex } from "../language/lexer";

export function foldingRanges(ws: Workspace, uri: string): FoldingRange[] {
  const doc = ws.get(uri);
  if (!doc) return [];
  const out: FoldingRange[] = [];
  const line = (offset: number) => doc.lines.position(offset).line;
  const open: number[] = [];
  for (const t of lex(doc.text).tokens) {
    if (t.image === "{" && t.tokenType.name === "LBrace") open.push(line(t.startOffset));
    else if (t.image === "}" && t.tokenType.name === "RBrace") {
      const start = open.pop();
      // End on the line before `}` so the closing brace stays visible.
      const end = line(t.startOffset) - 1;
      if (start !== undefined && end > start) out.push({ startLine: start, endLine: end });
    }
  }
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (run && run.end > run.start) out.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment });
    run = undefined;
  };
  for (const c of doc.ast.comments) {
    const s = line(c.span.start);
    const e = line(c.span.end);
    if (c.block) {
      flush();
      if (e > s) out.push({ startLine: s, endLine: e, kind: FoldingRangeKind.Comment });
      continue;
    }
    // Consecutive line comments, each on the next line, fold as one run.
    if (run && s === run.end + 1 && doc.lines.lineText(s).trimStart().startsWith("//")) run.end = s;
    else {
      flush();
      run = doc.lines.lineText(s).trimStart().startsWith("//") ? { start: s, end: s } : undefined;
    }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine);
}
