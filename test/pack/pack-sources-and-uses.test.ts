/**
 * A pack's quotes against its own source text, its `uses` of other packs (semver ranges), one
 * pack loaded twice, and `extend concept`: each an error on the pack naming what is wrong.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace } from "../../language/model/workspace";
import { checkDocument } from "../../rules/checker";
import { shippedPackFiles } from "../../rules/shipped-packs";
import { TODAY, workspaceWithPacks } from "../helpers";
import { reportSource, sourcesRequired } from "./sources";

function tempPack(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-pack-"));
  for (const [rel, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, rel), text);
  return dir;
}

const RULE = (quote: string) => `rule r {
  title "T"
  severity warning
  require header owner
  cites paragraph 1.1
  quote "${quote}"
}
`;

function checkPack(file: string, extra: Record<string, string> = {}, withShipped = false) {
  const ws = withShipped ? workspaceWithPacks() : new Workspace();
  for (const [uri, text] of Object.entries(extra)) ws.set(uri, text);
  ws.set(file, fs.readFileSync(file, "utf8"));
  return checkDocument(ws, file, { today: TODAY }).diagnostics.map((d) => ({ ruleId: d.ruleId, level: d.level, at: ws.get(file)!.text.slice(d.span.start, d.span.end), message: d.message }));
}

describe("source-text: quotes checked against the pack's own source", () => {
  const policy = "1.1 Every child who is “not brought” to an appointment\nis followed up   within five working days.";

  it.each([
    ["a quote that occurs (spacing and quote marks normalised)", "Every child who is \\\"not brought\\\" to an appointment is followed up within five working days", []],
    ["a quote with a changed word", "Every child who is not taken to an appointment", [{ ruleId: "quote-not-in-source", level: "error" }]],
  ])("%s", (_name, quote, expected) => {
    const dir = tempPack({ "policy.txt": policy, "p.formrules": `pack p "P" {\n  version "1.0.0"\n  source-text "policy.txt"\n}\n${RULE(quote)}` });
    const found = checkPack(path.join(dir, "p.formrules")).filter((d) => d.ruleId !== "invalid-rule");
    expect(found).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  it("a quote not in the source is an error on the quote itself", () => {
    const dir = tempPack({ "policy.txt": policy, "p.formrules": `pack p "P" {\n  version "1.0.0"\n  source-text "policy.txt"\n}\n${RULE("words nobody wrote")}` });
    const [d] = checkPack(path.join(dir, "p.formrules"));
    expect(d).toMatchObject({ ruleId: "quote-not-in-source", at: '"words nobody wrote"' });
  });

  it.each([
    ["names no source text", "", "names no source text"],
    ["names a source text that is not there", '  source-text "missing.txt"\n', "was not found"],
  ])("a pack that %s says its quotes were not checked (an info on the pack)", (_name, line, message) => {
    const dir = tempPack({ "p.formrules": `pack p "P" {\n  version "1.0.0"\n${line}}\n${RULE("anything")}` });
    const found = checkPack(path.join(dir, "p.formrules"));
    expect(found).toEqual([expect.objectContaining({ ruleId: "unchecked-quotes", level: "info", message: expect.stringContaining(message) })]);
  });

  const report = reportSource();
  it.skipIf(!report.text && !sourcesRequired())("the shipped pack's quotes are checked through its source-text (FORMGUARD_SOURCE_TEXT_PATH)", () => {
    const ws = workspaceWithPacks();
    const file = shippedPackFiles().find((f) => f.endsWith("cqc-dorset-2015.formrules"))!;
    const found = checkDocument(ws, file, { today: TODAY }).diagnostics;
    // Checked (no "not checked" info) and every quote found: nothing at all to report.
    expect(found.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });
});

describe("uses OTHER-PACK \"RANGE\"", () => {
  const user = (range: string, used = "cqc-dorset-2015") => `pack local "Local" {\n  version "0.1.0"\n  uses ${used} "${range}"\n}\n`;

  it.each([
    ["a version in the range", "^1.0.0", undefined],
    ["a version outside the range", "^2.0.0", "the loaded `cqc-dorset-2015` is version 1.0.0"],
    ["an unreadable range", "one point oh", "is not a version range"],
  ])("%s", (_name, range, message) => {
    const dir = tempPack({ "local.formrules": user(range) });
    const found = checkPack(path.join(dir, "local.formrules"), {}, true).filter((d) => d.ruleId === "pack-dependency");
    expect(found).toEqual(message ? [expect.objectContaining({ level: "error", message: expect.stringContaining(message) })] : []);
  });

  it("a pack that is not loaded is named, with the nearest loaded one", () => {
    const dir = tempPack({ "local.formrules": user("^1.0.0", "cqc-dorset-2016") });
    const [d] = checkPack(path.join(dir, "local.formrules"), {}, true).filter((x) => x.ruleId === "pack-dependency");
    expect(d).toMatchObject({ at: "cqc-dorset-2016", message: expect.stringContaining("which is not loaded (did you mean `cqc-dorset-2015`?)") });
  });

  it("one pack loaded twice in two versions is an error naming both sources and versions", () => {
    const dir = tempPack({ "copy.formrules": `pack cqc-dorset-2015 "Old copy" {\n  version "0.9.0"\n}\n` });
    const [d] = checkPack(path.join(dir, "copy.formrules"), {}, true).filter((x) => x.ruleId === "duplicate-id");
    expect(d.message).toMatch(/loaded twice: version 1\.0\.0 from .*cqc-dorset-2015\.formrules and version 0\.9\.0 from .*copy\.formrules/);
  });
});

describe("extend concept", () => {
  const head = `pack local "Local" {\n  version "0.1.0"\n  uses cqc-dorset-2015 "^1.0.0"\n}\n`;

  it("adds synonyms and help to a concept of a used pack, without redefining it", () => {
    const dir = tempPack({ "local.formrules": `${head}extend concept accompanying-adult.name {\n  synonyms "escort's name"\n  help "Local wording"\n}\n` });
    const file = path.join(dir, "local.formrules");
    expect(checkPack(file, {}, true)).toEqual([]);
    const ws = workspaceWithPacks();
    ws.set(file, fs.readFileSync(file, "utf8"));
    expect(ws.index.concepts.get("accompanying-adult.name")).toHaveLength(1);
    expect(ws.index.conceptExtensions.get("accompanying-adult.name")![0].node.synonyms.map((s) => s.value)).toEqual(["escort's name"]);
  });

  it.each([
    ["a concept of a pack it does not use", `pack local "Local" {\n  version "0.1.0"\n}\nextend concept accompanying-adult.name {\n  synonyms "x"\n}\n`, "which this pack does not use"],
    ["a property an extension may not change", `${head}extend concept accompanying-adult.name {\n  suggest number\n}\n`, "may add only synonyms and help"],
    ["an unknown concept", `${head}extend concept accompanying-adult.nmae {\n  synonyms "x"\n}\n`, "did you mean `accompanying-adult.name`"],
  ])("refuses %s", (_name, text, message) => {
    const dir = tempPack({ "local.formrules": text });
    const found = checkPack(path.join(dir, "local.formrules"), {}, true).filter((d) => d.level === "error");
    expect(found).toEqual([expect.objectContaining({ message: expect.stringContaining(message) })]);
  });
});
