/**
 * A row of a grid question asks the title's question of its own thing (rules/recognition/grid-rows.ts).
 */
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { asksEachRow, namesARow } from "../../rules/recognition/grid-rows";
import { tokens } from "../../rules/recognition/normalise";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { buildOnce, run, tempDir } from "../cli/cli-harness";
import { itReadsEachLabelUnder } from "./reads-labels";

describe("rows of a grid question", () => {
  it.each([
    ["In the past three months, how often have you used any of the following drugs?", true],
    ["How often have you been bothered by the following problems?", true],
    ["For each of these, say how often", true],
    ["Drug use", false],
    ["Substance use in the last year", false],
  ])("%j asks each row its question: %s", (title, asks) => {
    expect(asksEachRow(title)).toBe(asks);
  });

  it.each([
    ["Opioids", true],
    ["Other drugs - specify", true],
    ["Cannabis (marijuana, weed)", true],
    ["Give details", false],
    ["Comments", false],
    ["Trouble falling or staying asleep, or sleeping too much", false],
  ])("%j names a row of its own: %s", (row, names) => {
    expect(namesARow(tokens(row))).toBe(names);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  const drugs = "In the past three months, how often have you used any of the following drugs (not as prescribed)?";
  itReadsEachLabelUnder(pack, [
    // Each was recognised as nothing on its own and under the title (a NIDA screen's rows, tuning part).
    ["Opioids", drugs, "lifestyle.risk-factors"],
    ["Sedatives", drugs, "lifestyle.risk-factors"],
    ["Other drugs - specify", drugs, "lifestyle.risk-factors"],
    // Instructions under the title, a title that asks nothing of its rows, a title recognised as nothing.
    ["Give details", drugs, null],
    ["Opioids", "Medicines taken", null],
    ["Opioids", "Please tick any of the following that apply", null],
  ], "(the shipped pack)");

  it("says the row was read under its title", () => {
    expect(pack.recognise({ label: "Opioids", context: [drugs] })?.source).toBe("label+group");
  });

  describe("explained", () => {
    beforeAll(() => buildOnce(), 120_000);
    it("says a row was read as a row of its section's question, in text and JSON", () => {
      const dir = tempDir({
        "grid.form": `form grid "Drug screen" {
  service substance-misuse
  audience adult
  section drugs "In the past three months, how often have you used any of the following drugs?" {
    field opioids choice {
      label "Opioids"
      options "Never", "Monthly", "Weekly", "Daily"
    }
  }
}
`,
      });
      const text = run(["explain", path.join(dir, "grid.form")]);
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(/`opioids` "Opioids"\n.*lifestyle\.risk-factors.*a row of section "In the past three months, how often have you used any of the following drugs\?", whose question's words "drugs", "used"/);
      const json = run(["explain", path.join(dir, "grid.form"), "--format", "json"]);
      const field = (JSON.parse(json.stdout) as Array<{ fields: Array<{ field: string; source?: string; row?: boolean }> }>)[0].fields.find((f) => f.field === "opioids");
      expect(field).toMatchObject({ source: "label+group", row: true });
    });
  });
});
