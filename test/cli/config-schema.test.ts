/** The committed JSON Schema of formguard.config.json must match the zod schema it is made from. */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { configJsonSchemaText } from "../../project/config-schema";
import { parseConfig } from "../../project/config";

describe("docs/formguard.config.schema.json", () => {
  it("is up to date (regenerate with npm run schemas)", () => {
    const committed = fs.readFileSync(path.join(__dirname, "../../docs/formguard.config.schema.json"), "utf8");
    expect(committed).toBe(configJsonSchemaText());
  });
  it("describes every key the config accepts, and no other", () => {
    const schema = JSON.parse(configJsonSchemaText());
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(parseConfig(JSON.stringify({ $schema: "x", files: [], ignores: [], packs: [], rules: {}, infer: false, questionnaires: [], maxWaiverDays: 365, expectKinds: "all" }), "f")).sort());
    expect(schema.additionalProperties).toBe(false);
  });
});
