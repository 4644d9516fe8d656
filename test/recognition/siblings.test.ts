/**
 * A slot read beside the field before it (`Recogniser` `bySibling`, slot-owner.ts `subjectOf`):
 * issue 16 asks for sibling items as a signal. "Relationship to child" after "Name of the person
 * accompanying the child" is that person's relationship; after "Mother's name", or with nothing
 * before it, it says nothing of whose.
 */
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { isSlot, subjectOf } from "../../rules/recognition/slot-owner";
import { tokens, words } from "../../rules/recognition/normalise";
import { workspaceWithPacks } from "../helpers";
import { buildOnce, run, tempDir } from "../cli/cli-harness";

const pack = recogniserFor(workspaceWithPacks().index);

describe("a slot read beside the field before it", () => {
  it.each([
    ["Relationship to child", ["Name of the person accompanying the child"], "accompanying-adult.relationship", "label+sibling"],
    ["Relationship to child", ["Phone number", "Name of the person accompanying the child"], "accompanying-adult.relationship", "label+sibling"],
    // Whose it is must come from the field before: a parent's name lends no accompanying adult.
    ["Relationship to child", ["Mother's name"], null],
    ["Relationship to child", ["Name of parent/carer"], null],
    ["Relationship to child", [], null],
    // Only a slot borrows: a label with words of its own is read as written.
    ["Reason for attendance", ["Name of the person accompanying the child"], "attendance.circumstances", "label"],
    // Another attribute of the same person is not a concept the pack has.
    ["Phone number", ["Name of the person accompanying the child"], null],
  ])("%j after %j → %s", (label, siblings, concept, source?: string) => {
    const r = pack.recognise({ label, siblings });
    expect(r?.concept ?? null).toBe(concept);
    if (source) expect(r?.source).toBe(source);
    if (source === "label+sibling") expect(r?.beside).toBe("Name of the person accompanying the child");
  });

  it.each([
    ["Relationship to child", true],
    ["First name", true],
    ["Phone", true],
    ["Reason for attendance", false],
    ["Name of the person accompanying the child", false],
  ])("%j is a slot: %s", (label, slot) => {
    expect(isSlot(tokens(label))).toBe(slot);
  });

  it("lends the field's subject without its attribute", () => {
    expect(subjectOf(words("Name of the person accompanying the child"))).toBe("of the person accompanying the child");
    expect(subjectOf(words("First name"))).toBe("");
  });
});

describe("explain and --infer on a form spec", () => {
  beforeAll(() => buildOnce());

  it("count a relationship field after the accompanying adult's name, and say it was read beside it", () => {
    const dir = tempDir({
      "ed.form": `form ed "ED attendance" {
  service emergency-department
  audience child
  section arrival "Arrival" {
    field escort text { label "Name of the person accompanying the child" }
    field escort_rel text { label "Relationship to child" }
  }
}
`,
    });
    const r = run(["explain", path.join(dir, "ed.form")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/`escort_rel` "Relationship to child"\n.*accompanying-adult\.relationship.*read beside the field before it "Name of the person accompanying the child"/);
    const lint = run(["lint", path.join(dir, "ed.form"), "--infer", "--format", "json"]);
    const messages = (JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0].messages;
    expect(messages.some((m) => /accompanying-adult\.relationship/.test(m.message) && /Missing prompt/.test(m.message))).toBe(false);
  });
});
