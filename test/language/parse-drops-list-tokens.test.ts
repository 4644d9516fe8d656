/**
 * A parse whose tokens nobody reads afterwards (parseDocument) drops the tokens inside each
 * finished list as it goes, to keep the memory of a huge imported Questionnaire down. It must
 * give exactly what a parse that keeps every token (parseWithTokens, for the formatter) gives,
 * syntax errors and recovery included.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument, parseWithTokens } from "../../language/parse";

const dir = path.join(__dirname, "../../examples/forms");
const examples = fs.readdirSync(dir).filter((f) => f.endsWith(".form")).map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")] as const);
const options = (n: number) => Array.from({ length: n }, (_, i) => `"Answer ${i}"`).join(", ");

describe("a parse that drops list tokens", () => {
  const cases: Array<readonly [string, string]> = [
    ...examples,
    ["long option lists", `form f {\n  field a choice {\n    label "A"\n    options ${options(200)}\n  }\n  field b multichoice { options ${options(3)} codes "x|1", "y|2" }\n}\n`],
    ["a list missing an item", `form f {\n  field a choice {\n    options "a", , "c"\n  }\n}\n`],
    ["a list with a stray token recovery deletes", `form f {\n  field a choice {\n    options "a", "b" "c", "d"\n  }\n  field b text\n}\n`],
    ["a list cut off by the end of the file", `form f {\n  field a choice {\n    options "a", "b",`],
  ];
  it.each(cases)("%s: the same document as a parse that keeps them", (_name, text) => {
    const kept = parseWithTokens("/t.form", text);
    expect(parseDocument("/t.form", text)).toStrictEqual(kept.doc);
    // The formatter's tokens are all still there.
    expect(kept.tokens.every((t) => t !== undefined)).toBe(true);
  });
});
