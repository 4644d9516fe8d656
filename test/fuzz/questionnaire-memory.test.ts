/**
 * Questionnaire size, memory: what a run keeps per megabyte of Questionnaire once it has checked
 * it. A 25 MB Questionnaire (20,000 items × 50 options) needed 1.4 GB: the scanner kept a JSON
 * pointer string and three objects per value, and the run kept the validated Questionnaire too.
 * Measured in bytes after a full collection, which load on the machine does not change (no
 * timing here: bench/big-questionnaire.mjs measures time and peak memory, docs/performance.md).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, run, tempDir } from "../cli/cli-harness";
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

  beforeAll(buildOnce);

  it("a 4 MB Questionnaire is linted in a 100 MB heap (it needed 130 MB)", () => {
    // What a run holds at its peak, not only at its end: the scanned JSON tree, its pointer
    // strings, the validated copy and the lexer's tokens of the imported form (two per option)
    // were alive together. The whole CLI process, packs included, now runs this in about 60 MB
    // of heap; a regression that holds a few bytes more per byte of input fails for want of
    // memory here, on any machine, however loaded.
    const dir = tempDir({ "big.json": questionnaireText(3000, 50) });
    try {
      const r = run(["lint", path.join(dir, "big.json"), "--format", "json", "--service", "emergency-department", "--audience", "child", "--today", "2026-11-27"], { env: { NODE_OPTIONS: "--max-old-space-size=100" } });
      expect(r.stderr).not.toMatch(/heap out of memory/);
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout)[0].errorCount).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
