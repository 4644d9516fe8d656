/**
 * Questionnaire size: random shapes (items, nesting of groups, options per item) up to a few
 * megabytes. `prepareQuestionnaire` never throws, and its time per kilobyte stays flat — the
 * 25 MB Questionnaire of issue 13 took minutes because a step cost more than its size.
 * (bench/big-questionnaire.mjs measures the full 20,000 × 50 file; docs/performance.md.)
 */
import * as fc from "fast-check";
import { describe, expect } from "vitest";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import { fuzzBatch } from "./guard";

interface Shape {
  items: number;
  options: number;
  groupDepth: number;
}

function build({ items, options, groupDepth }: Shape): string {
  const leaf = (i: number) => ({ linkId: `q${i}`, text: `Question ${i}`, type: options ? "choice" : "string", ...(options ? { answerOption: Array.from({ length: options }, (_, j) => ({ valueString: `Answer ${j}` })) } : {}) });
  let item: unknown[] = Array.from({ length: items }, (_, i) => leaf(i));
  for (let d = 0; d < groupDepth; d++) item = [{ linkId: `g${d}`, text: `Group ${d}`, type: "group", item }];
  return JSON.stringify({ resourceType: "Questionnaire", status: "draft", item });
}

const shapes = fc.record({ items: fc.integer({ min: 1, max: 800 }), options: fc.integer({ min: 0, max: 40 }), groupDepth: fc.integer({ min: 0, max: 40 }) });

describe("fuzz: Questionnaire size", () => {
  const msPerMb: number[] = [];
  fuzzBatch(
    "random sizes and shapes: never throws, time in proportion to size",
    shapes,
    20,
    (shape) => {
      const text = build(shape);
      const t = process.cpuUsage();
      const r = prepareQuestionnaire(text, { service: "emergency-department", audiences: ["child"] });
      const u = process.cpuUsage(t);
      expect(r.ok).toBe(true);
      if (text.length > 500_000) msPerMb.push((u.user + u.system) / 1000 / (text.length / 1048576));
      // Even a slow, shared CI machine reads a megabyte of Questionnaire in well under 2 s of CPU.
      for (const rate of msPerMb) expect(rate).toBeLessThan(2000);
    },
    (shape) => JSON.stringify(shape),
  );
});
