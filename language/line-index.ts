import type { Position, Range, Span } from "./diagnostic";

/** Converts offsets to line/character and back in O(log lines). Built once per text. */
export class LineIndex {
  private readonly starts: number[];

  /** `starts`: the line starts of `text`, when already known (`afterChange`). */
  constructor(readonly text: string, starts?: number[]) {
    this.starts = starts ?? lineStarts(text);
  }

  /**
   * The index of `text`, made from the index of the text before one change: [start, end) of the
   * old text replaced by `inserted` characters, now at `start` in `text`. Lines before the change
   * keep their starts, lines after it move by the change in length, and only the inserted text is
   * searched for line breaks: typing near the top of a 5,000-line form no longer searches the
   * whole text for its 5,000 line breaks at every keystroke. Text with a carriage return (which
   * an edit can join to or part from its line feed) is indexed afresh.
   */
  static afterChange(before: LineIndex, text: string, start: number, end: number, inserted: number): LineIndex {
    // With a carriage return anywhere, the old index took the slow path (below), and this one must too.
    if (before.text.indexOf("\r") !== -1) return new LineIndex(text);
    const old = before.starts;
    const delta = inserted - (end - start);
    const starts: number[] = [];
    let k = 0;
    while (k < old.length && old[k] <= start) starts.push(old[k++]);
    for (let i = start; i < start + inserted; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) return new LineIndex(text);
      if (c === 10) starts.push(i + 1);
    }
    // A line starting inside the replaced text began after a line break that is gone.
    while (k < old.length && old[k] <= end) k++;
    while (k < old.length) starts.push(old[k++] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** End of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** Where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  // indexOf is much faster than a char loop; a lone CR (old Mac endings) is rare, so only
  // texts that contain one take the slow path.
  if (text.indexOf("\r") === -1) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }
  return starts;
}
