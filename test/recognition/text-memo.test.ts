/**
 * The recogniser's per-text memo must not keep the documents its texts were cut from: a label is
 * a slice of its document's text, and a key that kept the document alive made the memo hold
 * every form of a batch run and every version of a document edited in the language server.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { detached } from "../../language/detached";
import { perText } from "../../rules/recognition/text-memo";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

function heapAfterCollection(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe("perText", () => {
  it("answers from the memo with the value computed for the same text", () => {
    let calls = 0;
    const length = perText((t) => (calls++, t.length));
    expect([length("Who came with the child?"), length("Who came with the child?"), length("x")]).toEqual([24, 24, 1]);
    expect(calls).toBe(2);
  });

  it("does not keep alive the large text a memoised label was sliced from", () => {
    const words = perText((t) => t.toLowerCase().split(" "));
    const kept: string[][] = [];
    const before = heapAfterCollection();
    for (let i = 0; i < 20; i++) {
      // A one-megabyte "document" per round, of which only a label is memoised.
      const documentText = `${"x".repeat(1_000_000)} ${i} Person accompanying the child ${i}`;
      const label = documentText.slice(-32);
      kept.push(words(label));
    }
    const growth = heapAfterCollection() - before;
    expect(kept).toHaveLength(20);
    // Twenty one-megabyte documents kept would be 20 MB; the labels and their words are a few kB.
    expect(growth).toBeLessThan(4_000_000);
  });
});

describe("detached", () => {
  it.each([
    ["plain ASCII", "Relationship to the child"],
    ["non-ASCII", "Child’s views — in their own words"],
    ["a lone surrogate", "bad \ud800 half"],
    ["quotes and backslashes", 'say "no" \\ then'],
    ["empty", ""],
  ])("keeps %s exactly", (_, text) => {
    expect(detached(text)).toBe(text);
  });
});
