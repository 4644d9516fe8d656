/**
 * The period a question states (rules/recognition/stated-lookback.ts): with inference on, a count
 * of attendances is judged on the period its label states, so a real form asking "in the last 12
 * months" is not told it says nothing, and one asking "in the last 6 months" (the minor injury
 * units' finding, paragraph 1.16) is told it looks back 6 months.
 */
import { describe, expect, it } from "vitest";
import { statedLookback } from "../../rules/recognition/stated-lookback";
import { factsField } from "../../language/diagnostic-facts";
import { checkText } from "../helpers";

const at = { value: "", span: { start: 0, end: 1 } };

describe("the period a question states", () => {
  it.each([
    ["How many times has the child attended ED in the last 12 months?", "12 months"],
    ["Attendances in the past six months", "6 months"],
    ["Number of MIU visits within the previous 2 years", "2 years"],
    ["Attended A&E in the past year?", "1 year"],
    ["Visits during the last 4 weeks", "4 weeks"],
    ["Attendances over the preceding eighteen months", "18 months"],
    ["Previous attendances", undefined],
    ["Recent attendances in the last few months", undefined],
    ["Attended in the last months", undefined],
  ])("%j states %s", (text, period) => {
    const d = statedLookback(text, at);
    expect(d ? `${d.amount} ${d.unit.text}` : undefined).toBe(period);
  });

  const miu = (label: string) => `form miu-real "MIU record" {
  service minor-injury-unit
  audience child
  ages 0..17
  version "1.0"
  owner "Test"
  section history "History" {
    field visits number required { label "${label}" }
  }
}
`;
  const lookbackFindings = (label: string) =>
    checkText(miu(label), { infer: true }).diagnostics.filter((d) => d.data?.kind === "lookback" && factsField(d.data) === "visits");

  it("a count asked over 12 months meets the 12-month look-back", () => {
    expect(lookbackFindings("How many times has the child attended an MIU or ED in the last 12 months?")).toEqual([]);
    expect(lookbackFindings("How many times has the child attended an MIU or ED in the past year?")).toEqual([]);
  });

  it("a count asked over 6 months is told so, where its label says it", () => {
    const [d] = lookbackFindings("How many times has the child attended an MIU or ED in the last 6 months?");
    expect(d.level).toBe("error");
    expect(d.message).toContain("asks about the last 6 months, as its label says; the look-back must be >= 12 months");
    expect(d.message).toContain("Ask about the last 12 months, and add `lookback 12 months`.");
    expect(d.message.endsWith("(inferred from the label)")).toBe(true);
    // Placed on the label, where the period is written; no edit is offered on the label's text.
    const text = miu("How many times has the child attended an MIU or ED in the last 6 months?");
    expect(text.slice(d.span.start, d.span.end)).toContain("last 6 months");
    expect((d.data as { span?: unknown }).span).toBeUndefined();
  });

  it("a count that states no period still says nothing of it", () => {
    const [d] = lookbackFindings("How many times has the child attended an MIU or ED before?");
    expect(d.message).toContain("does not say how far back it looks");
  });

  it("a field that declares its look-back is judged on the declaration, not its words", () => {
    const text = miu("Attendances in the last 6 months").replace('field visits number required { label "Attendances in the last 6 months" }', 'field visits number required { label "Attendances in the last 6 months" covers attendance.count lookback 12 months }');
    expect(checkText(text, { infer: true }).diagnostics.filter((d) => d.data?.kind === "lookback")).toEqual([]);
  });
});
