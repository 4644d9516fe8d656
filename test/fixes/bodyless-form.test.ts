/**
 * A form being typed has no `{…}` yet: the checker still reports what it lacks, and asking for
 * fixes (the editor does this on every cursor move) must answer, not throw.
 */
import { describe, expect, it } from "vitest";
import { fixesFor } from "../../fixes/index";
import { checkDocument } from "../../rules/checker";
import { TODAY, workspaceWithPacks } from "../helpers";

describe("fixes on a form with no body yet", () => {
  it.each(['form ed "ED"\n', "form ed\n", 'form ed "ED" service'])("%j: every finding gets an answer, none throws", (text) => {
    const ws = workspaceWithPacks();
    const uri = "file:///t/ed.form";
    ws.set(uri, text);
    const doc = ws.get(uri)!;
    const found = checkDocument(ws, uri, { today: TODAY }).diagnostics;
    expect(found.some((d) => d.ruleId.includes("/"))).toBe(true); // pack rules do report on it
    for (const d of found) expect(() => fixesFor(doc, d, ws.index, { today: TODAY })).not.toThrow();
  });
});
