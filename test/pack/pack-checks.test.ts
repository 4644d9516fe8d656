/**
 * A pack is checked as strictly as a form: every bad value the issue lists (and its kin) is an
 * error on the pack, at the bad value, with "did you mean" where a typo is likely — never a
 * pack that lints clean and then fails every form with a fix that is itself invalid.
 */
import { describe, expect, it } from "vitest";
import { checkText } from "../helpers";

const PACK_URI = "/packs/wnb/wnb.formrules";

/** A small pack with one rule whose body each case fills in. */
function pack(ruleBody: string, header = ""): string {
  return `pack wnb "Was Not Brought" {
  version "1.0.0"
  ${header}
}
service paediatric-clinic "Paediatric outpatient clinic"
audience child "A child"
concept wnb.outcome "Outcome of the appointment" {
  suggest choice required
  options "Attended", "Was not brought", "Cancelled"
}
concept wnb.count "Appointments missed" { suggest number required }
concept wnb.follow-up "Follow-up" { suggest longtext required }
concept wnb.contacted "Family contacted" { suggest yesno required }
rule wnb-rule {
  title "T"
  severity error
  cites paragraph 3.1
  ${ruleBody}
}
`;
}

function findings(text: string) {
  const r = checkText(text, { uri: PACK_URI, noShipped: true });
  return r.diagnostics.map((d) => ({ ruleId: d.ruleId, level: d.level, at: text.slice(d.span.start, d.span.end), message: d.message }));
}

describe("bad values in a pack are errors on the pack", () => {
  it.each([
    ["a lookback in parsecs", "require wnb.count with lookback >= 12 parsecs", "invalid-requirement", "parsecs", "not a unit of time"],
    ["a misspelt type", "require wnb.outcome with type choise", "invalid-requirement", "choise", "did you mean `choice`"],
    ["a misspelt header property", "require header versoin", "invalid-requirement", "versoin", "did you mean `version`"],
    ["a typo of the concept's own option", 'require wnb.outcome with options include "Was not brough"', "invalid-requirement", '"Was not brough"', 'did you mean "Was not brought"'],
    ["an ordered comparison on a choice concept", "require wnb.follow-up shown when wnb.outcome > 3", "invalid-requirement", "3", "cannot be compared with >"],
    ["an option the shown-when concept lacks", 'require wnb.follow-up shown when wnb.outcome = "Was not brough"', "invalid-requirement", '"Was not brough"', 'did you mean "Was not brought"'],
    ["yes on a number concept", "require wnb.follow-up shown when wnb.count = yes", "invalid-requirement", "yes", "compare it with a number"],
    ["an age nobody has", "require wnb.outcome\n  applies ages include 200", "invalid-applies", "200", "from 0 to 120"],
    ["an applies that can never be true", "require wnb.outcome\n  applies ages include 16 and not ages include 16", "invalid-applies", "ages include 16 and not ages include 16", "applies to no form at all"],
    ["two services at once", "require wnb.outcome\n  applies service paediatric-clinic and not service paediatric-clinic", "invalid-applies", "service paediatric-clinic and not service paediatric-clinic", "applies to no form at all"],
    ["`shown when … answered`, which the language does not have", "require wnb.follow-up shown when wnb.follow-up answered", undefined, undefined, undefined],
    ["a shown-when testing the required concept itself", 'require wnb.outcome shown when wnb.outcome = "Attended"', "invalid-requirement", "wnb.outcome", "its own answer"],
    ["a look-back of zero", "require wnb.count with lookback >= 0 months", "invalid-requirement", "0 months", "longer than zero"],
  ])("%s", (_name, body, ruleId, at, message) => {
    const text = pack(body);
    const found = findings(text).filter((f) => f.level === "error");
    if (ruleId === undefined) {
      // `shown when C answered` is not in the language: a syntax error, not a silent pass.
      expect(found.map((f) => f.ruleId)).toContain("syntax");
      return;
    }
    expect(found).toEqual([expect.objectContaining({ ruleId, at, message: expect.stringContaining(message!) })]);
  });

  it.each([
    ["a good look-back", "require wnb.count required with lookback >= 12 months"],
    ["a good shown-when on a choice", 'require wnb.follow-up required shown when wnb.outcome = "Was not brought"'],
    ["a good shown-when on yes/no", "require wnb.follow-up shown when wnb.contacted = yes"],
    ["an applies that some form meets", "require wnb.outcome\n  applies service paediatric-clinic and audience child and ages include 5 and not ages include 17"],
    ["header properties", "require header version, owner"],
  ])("accepts %s", (_name, body) => {
    expect(findings(pack(body)).filter((f) => f.level === "error")).toEqual([]);
  });
});
