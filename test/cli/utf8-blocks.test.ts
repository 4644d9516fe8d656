/**
 * A streamed run encodes each file's text into shared blocks (cli/utf8-blocks.ts): every text's
 * bytes must be exactly its UTF-8, and must stay so while later texts fill the block and the next.
 */
import { describe, expect, it } from "vitest";
import { utf8Blocks } from "../../cli/utf8-blocks";

const TEXTS: Array<[string, string]> = [
  ["ASCII", '[\n  {\n    "filePath": "forms/a.form"'],
  ["the empty text", ""],
  ["two-byte characters", "Missing prompt — paragraph 1.30; café, ü"],
  ["surrogate pairs (4 bytes for 2 units)", "🙂 emoji 🙂".repeat(50)],
  ["a lone surrogate (written as U+FFFD)", "a\uD800b"],
  ["a text longer than a block (1 MB)", "x—".repeat(400_000)],
  ["ASCII after the long text", "]\n"],
];

describe("utf8Blocks", () => {
  it("gives each text exactly its UTF-8 bytes", () => {
    const encode = utf8Blocks();
    expect(TEXTS.map(([name, text]) => [name, encode(text).equals(Buffer.from(text))])).toEqual(TEXTS.map(([name]) => [name, true]));
  });

  it("keeps every earlier text's bytes while later ones fill this block and the next", () => {
    const encode = utf8Blocks();
    // 3,000 texts of about 3 kB (two-byte, so room for 9 kB is asked each time): several blocks.
    const texts = Array.from({ length: 3000 }, (_, i) => `${i} — ${"é".repeat(1000 + (i % 7))}\n`);
    const views = texts.map((t) => encode(t));
    expect(views.findIndex((v, i) => !v.equals(Buffer.from(texts[i])))).toBe(-1);
    expect(new Set(views.map((v) => v.buffer)).size).toBeGreaterThan(1);
  });
});
