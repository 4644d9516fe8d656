// The learned classifier measured for issue 16 (bench/recognition-classifier.mjs) rests on this
// trainer: if it could not learn a table a reader can check by eye, the "not kept" verdict in
// docs/recognition.md would say nothing about learned classifiers.
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module without types (a benchmark's trainer)
import { trainClassifier } from "../../bench/recognition-classifier-model.mjs";

const table: Array<[string[], string]> = [
  [["w:escort", "w:name"], "accompanying-adult.name"],
  [["w:accompani", "w:name"], "accompanying-adult.name"],
  [["w:escort", "w:relationship"], "accompanying-adult.relationship"],
  [["w:accompani", "w:relationship"], "accompanying-adult.relationship"],
  [["w:nhs", "w:number"], "none"],
  [["w:date", "w:birth"], "none"],
];

describe("the classifier trainer of the learned-signal measurement", () => {
  const model = trainClassifier(table.map(([features, label]) => ({ features, label })), { epochs: 30 });
  it.each(table)("learns %j as %s", (features, label) => {
    expect(model.predict(features).label).toBe(label);
  });
  it("generalises across the words it saw together: an escort's name and an accompanying adult's name are one concept", () => {
    expect(model.predict(["w:name", "w:escort"]).label).toBe("accompanying-adult.name");
    expect(model.predict(["w:relationship"]).label).toBe("accompanying-adult.relationship");
  });
  it("gives probabilities that sum to one, and is the same model on every run", () => {
    const p = model.predict(["w:escort"]);
    expect([...p.probabilities.values()].reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 9);
    const again = trainClassifier(table.map(([features, label]) => ({ features, label })), { epochs: 30 });
    expect(again.predict(["w:escort"]).p).toBe(p.p);
  });
});
