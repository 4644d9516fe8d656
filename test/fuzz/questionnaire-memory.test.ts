/**
 * Questionnaire size, memory: what a run keeps per megabyte of Questionnaire once it has checked
 * it. A 25 MB Questionnaire (20,000 items × 50 options) needed 1.4 GB: the scanner kept a JSON
 * pointer string and three objects per value, and the run kept the validated Questionnaire too.
 * Measured in bytes after a full collection, which load on the machine does not change (no
 * timing here: bench/big-questionnaire.mjs measures time and peak memory, docs/performance.md).
 */
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { describe, expect, it } from "vitest";
import { loadWorkspace } from "../../project/load-workspace";
import { checkQuestionnaire } from "../../project/questionnaires";

// vitest runs each test file in a process of its own (pool "forks"): a full collection on demand
// here changes nothing for other files.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function questionnaireText(items: number, options: number): string {
  const item = Array.from({ length: items }, (_, i) => ({ linkId: `q${i}`, text: `Question ${i}`, type: "choice", answerOption: Array.from({ length: options }, (_, j) => ({ valueString: `Answer ${j}` })) }));
  return JSON.stringify({ resourceType: "Questionnaire", status: "draft", title: "Big", item });
}

/** Bytes of heap a lint of the Questionnaire keeps until it reports (workspace, import, positions, findings). */
function retainedBytes(text: string): number {
  gc();
  const before = process.memoryUsage();
  const loaded = loadWorkspace({ files: [], extraPacks: [], stdin: { filename: "big.json", text }, questionnaireDefaults: () => ({ service: "emergency-department", audiences: ["child"] }) });
  const [uri] = loaded.lintUris;
  const result = checkQuestionnaire(loaded.ws, uri, loaded.questionnaires.get(uri)!, { today: "2026-11-27" });
  gc();
  const after = process.memoryUsage();
  expect(result.diagnostics.length).toBeGreaterThan(0); // it was checked, and is still held here
  return after.heapUsed + after.external + after.arrayBuffers - (before.heapUsed + before.external + before.arrayBuffers);
}

describe("Questionnaire size: memory", () => {
  it("keeps under 14 bytes per byte of Questionnaire, the same at 1 MB as at 4 MB", () => {
    const small = questionnaireText(750, 50);
    const large = questionnaireText(3000, 50);
    retainedBytes(questionnaireText(10, 5)); // the shipped packs are loaded and compiled once
    const perByte = [small, large].map((text) => retainedBytes(text) / text.length);
    console.log(`retained per byte of Questionnaire: ${perByte.map((x) => x.toFixed(1)).join(", ")} (${(small.length / 1048576).toFixed(1)} MB, ${(large.length / 1048576).toFixed(1)} MB)`);
    for (const rate of perByte) expect(rate).toBeLessThan(14);
    // Flat: four times the input keeps about four times the memory, not more.
    expect(perByte[1]).toBeLessThan(perByte[0] * 1.25);
  });
});
