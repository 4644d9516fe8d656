/**
 * Every kind of fix, on a small form, through the one RuleTester (test/rule-tester.ts): the
 * diagnostic is found, its fix applied, and on the next check that diagnostic is gone — while
 * the text outside the fix's edits is unchanged, every comment is still there, the result
 * parses, and (from a formatted form) stays formatted.
 */
import { describe, expect, it } from "vitest";
import { fixesFor } from "../../fixes/index";
import { oneYearAfter } from "../../fixes/waive";
import { applyEdits } from "../../language/text-edit";
import { TODAY } from "../helpers";
import { check as checkWith, RuleTester, type InvalidCase } from "../rule-tester";

/** A pack small enough to read: each rule exercises one kind of fix. */
const PACK = `pack t "Test pack" {
  publisher "Test"
}

service clinic "Clinic attendance"
audience child "A child"

concept escort.name "Full name of the adult with the child" {
  suggest text required
}
concept visits.count "Visits in the previous year" {
  suggest number required
}
concept risk.level "Level of risk" {
  suggest choice required
  options "Low", "Medium", "High"
}
concept carer "Does the patient care for children?" {
  suggest yesno required
}
concept carer.details "The children cared for" {
  suggest longtext
}

rule escort {
  title "Record who is with the child"
  severity error
  applies service clinic
  require escort.name required
  cites paragraph 1.1
}

rule visits {
  title "Count visits over a year"
  severity error
  applies service clinic
  require visits.count with lookback >= 12 months
  cites paragraph 1.2
}

rule risk {
  title "Rate the risk"
  severity warning
  applies service clinic
  require risk.level with type choice and options include "Very high"
  cites paragraph 1.3
}

rule hidden-child {
  title "Ask about children cared for"
  severity error
  applies service clinic
  require carer
  require carer.details shown when carer = yes
  cites paragraph 1.4
}

rule header {
  title "Version and owner"
  severity warning
  require header version
  require header owner
  cites paragraph 1.5
}
`;

const PACK_URI = "/test/t.formrules";
const URI = "/test/doc.form";

const PACKS = { [PACK_URI]: PACK };
const check = (text: string) => checkWith(text, { packs: PACKS });

/** A form that meets every rule of the test pack; each case breaks one thing. */
const GOOD = `// A clinic form.
form visit "Clinic visit" {
  service clinic
  audience child
  version "2.0"
  owner "Clinic team"

  section arrival "Arrival and escort" {
    // who came
    field escort_name text required {
      label "Who is with the child?" // full name
      covers escort.name
    }
    field visits number {
      label "Visits this year"
      covers visits.count
      lookback 12 months
    }
    field risk choice {
      label "Risk"
      covers risk.level
      options "Low", "High", "Very high"
    }
    field cares yesno {
      label "Cares for children?"
      covers carer
    }
    field children longtext when cares = yes {
      label "Which children?"
      covers carer.details
    }
  }
}
`;

const edit = (from: string, to: string) => {
  if (!GOOD.includes(from)) throw new Error(`not in GOOD: ${from}`);
  return GOOD.replace(from, to);
};

const CASES: InvalidCase[] = [
  {
    name: "missing-concept: the skeleton field at the end of its section, indented like its neighbours",
    code: edit('    field escort_name text required {\n      label "Who is with the child?" // full name\n      covers escort.name\n    }\n', ""),
    errors: [{ ruleId: "t/escort", kind: "missing-concept" }],
    output: { contains: ['      covers carer.details\n    }\n    field escort_name text required {\n      label "Full name of the adult with the child"\n      covers escort.name\n    }\n  }\n}\n'] },
  },
  {
    name: "missing-concept: a choice skeleton brings its options; in a form without sections it goes before the waivers",
    code: 'form visit {\n  service clinic\n  version "1"\n  owner "x"\n  field escort_name text required {\n    label "Escort"\n    covers escort.name\n  }\n\n  // accepted for now\n  waive t/visits "Counted elsewhere" by "Lead" until 2099-01-01\n}\n',
    errors: [{ ruleId: "t/risk", kind: "missing-concept" }],
    output: { contains: ['    covers escort.name\n  }\n  field risk_level choice {\n    label "Level of risk"\n    covers risk.level\n    options "Low", "Medium", "High", "Very high"\n  }\n\n  // accepted for now\n  waive t/visits'] },
  },
  {
    name: "missing-concept: four-space indentation is followed",
    code: 'form visit {\n    service clinic\n    version "1"\n    owner "x"\n\n    section a {\n        field risk choice {\n            label "Risk"\n            covers risk.level\n            options "Very high"\n        }\n    }\n}\n',
    unformatted: true,
    errors: [{ ruleId: "t/visits", kind: "missing-concept" }],
    output: { contains: ['\n    field visits_count number {\n        label "Visits in the previous year"\n        covers visits.count\n        lookback 12 months\n    }\n}\n'] },
  },
  {
    name: "make-required: ` required` after the type",
    code: edit("field escort_name text required {", "field escort_name text {"),
    errors: [{ ruleId: "t/escort", kind: "make-required" }],
    output: { contains: ["field escort_name text required {"] },
  },
  {
    name: "lookback: the value replaced",
    code: edit("lookback 12 months", "lookback 6 months"),
    errors: [{ ruleId: "t/visits", kind: "lookback" }],
    output: { contains: ["      lookback 12 months\n    }"] },
  },
  {
    name: "lookback: a line added to the field's body",
    code: edit("      lookback 12 months\n", ""),
    errors: [{ ruleId: "t/visits", kind: "lookback" }],
    output: { contains: ['      covers visits.count\n      lookback 12 months\n    }'] },
  },
  {
    name: "missing-label: a body created for a field without one",
    code: 'form visit {\n  field visits number required // how many\n}\n',
    unformatted: true,
    errors: [{ ruleId: "missing-label" }],
    output: { contains: ['field visits number required {\n    label "Visits"\n  } // how many'] },
  },
  {
    name: "type: the type word replaced (and options brought to a new choice)",
    code: edit('    field risk choice {\n      label "Risk"\n      covers risk.level\n      options "Low", "High", "Very high"\n', '    field risk text {\n      label "Risk"\n      covers risk.level\n'),
    errors: [{ ruleId: "t/risk", kind: "options-include" }, { ruleId: "t/risk", kind: "type" }],
    fixOf: 1,
    output: { contains: ['field risk choice {\n      label "Risk"\n      covers risk.level\n      options "Low", "Medium", "High"\n    }'] },
  },
  {
    name: "options-include: the option appended",
    code: edit('options "Low", "High", "Very high"', 'options "Low", "High"'),
    errors: [{ ruleId: "t/risk", kind: "options-include" }],
    output: { contains: ['options "Low", "High", "Very high"'] },
  },
  {
    name: "shown-when: a `when` added",
    code: edit("field children longtext when cares = yes {", "field children longtext {"),
    errors: [{ ruleId: "t/hidden-child", kind: "shown-when" }],
    output: { contains: ["field children longtext when cares = yes {"] },
  },
  {
    name: "shown-when: a wrong `when` replaced",
    code: edit("field children longtext when cares = yes {", "field children longtext when cares = no {"),
    errors: [{ ruleId: "t/hidden-child", kind: "shown-when" }],
    output: { contains: ["field children longtext when cares = yes {"] },
  },
  {
    name: "shown-when: an `expression` condition is not dropped by --fix; replacing it is only offered",
    code: edit("field children longtext when cares = yes {", 'field children longtext when expression "%cares = true" {'),
    errors: [{ ruleId: "t/hidden-child", kind: "shown-when" }],
    output: null,
    suggestions: [{ title: 'Show `children` when cares = yes instead of when expression "%cares = true"', output: { contains: ["field children longtext when cares = yes {"] } }],
  },
  {
    name: "shown-when: a condition with an `and` is not dropped by --fix; replacing it is only offered",
    code: edit("field children longtext when cares = yes {", "field children longtext when cares = no and cares answered {"),
    errors: [{ ruleId: "t/hidden-child", kind: "shown-when" }],
    output: null,
    suggestions: [{ title: /instead of when cares = no and cares answered$/, output: { contains: ["field children longtext when cares = yes {"] } }],
  },
  {
    name: "missing-header: `version` after the other header lines",
    code: edit('  version "2.0"\n', ""),
    errors: [{ ruleId: "t/header", kind: "missing-header" }],
    output: { contains: ['  audience child\n  owner "Clinic team"\n  version "1.0"\n\n  section'] },
  },
  {
    name: "missing-header: `owner` is offered with a placeholder, not applied by --fix",
    code: edit('  owner "Clinic team"\n', ""),
    errors: [{ ruleId: "t/header", kind: "missing-header" }],
    suggestions: [{ title: /owner/, output: { contains: ['  version "2.0"\n  owner "…"\n'] } }],
  },
  {
    name: "missing-header: first in a body that has none, before a section",
    code: 'form visit {\n  section a {\n    field escort_name text required {\n      label "E"\n      covers escort.name\n    }\n  }\n}\n',
    unformatted: true,
    errors: [
      { ruleId: "t/header", kind: "missing-header", message: ["does not declare its version"] },
      { ruleId: "t/header", kind: "missing-header", message: ["does not declare its owner"] },
    ],
    fixTitle: /version/,
    output: { contains: ['form visit {\n  version "1.0"\n\n  section a {'] },
  },
  {
    name: "conditional: removing the `when` is offered, not applied by --fix",
    code: edit("field escort_name text required {", "field escort_name text when cares = yes {"),
    errors: [{ ruleId: "t/escort", kind: "conditional" }],
    output: null,
    suggestions: [{ output: { contains: ["field escort_name text required {"] } }],
  },
  {
    name: "waiver: a waiver line, a year on, last in the form (any pack rule)",
    code: edit('  version "2.0"\n', ""),
    errors: [{ ruleId: "t/header", kind: "missing-header" }],
    suggestions: [{ title: /^Waive/, output: { contains: [`  }\n\n  waive t/header "TODO: why this form need not meet the rule" by "TODO: name and role of who accepts this" until ${oneYearAfter(TODAY)}\n}\n`] } }],
  },
  {
    name: "missing-label: a label from the field's id, first in its body",
    code: edit('      label "Visits this year"\n', ""),
    errors: [{ ruleId: "missing-label" }],
    output: { contains: ['    field visits number {\n      label "Visits"\n      covers visits.count'] },
  },
  {
    name: "missing-label: `{ }` opened up",
    code: edit('    field cares yesno {\n      label "Cares for children?"\n      covers carer\n    }\n', '    field cares_for_children yesno { }\n    field cares yesno {\n      label "Cares for children?"\n      covers carer\n    }\n'),
    errors: [{ ruleId: "missing-label" }],
    output: { contains: ['    field cares_for_children yesno {\n      label "Cares for children"\n    }'] },
  },
  {
    name: "missing-label: help text, the only words a Questionnaire's fly-over gave, is offered as the label; --fix keeps to the id",
    code: 'form visit {\n  field q_2 text required {\n    help "First Name"\n  }\n}\n',
    unformatted: true,
    errors: [{ ruleId: "missing-label", message: ['Field `q_2` has no label, only help text ("First Name"), which a form shows as a hint or tooltip rather than as the question'] }],
    output: { contains: ['  field q_2 text required {\n    label "Q 2"\n    help "First Name"\n  }'] },
    suggestions: [{ title: 'Add label "First Name" to `q_2`', output: { contains: ['  field q_2 text required {\n    label "First Name"\n    help "First Name"\n  }'] } }],
  },
  {
    name: "missing-label: help too long to be a question's words is quoted short and not offered",
    code: `form visit {\n  field q_3 longtext {\n    help "${"Describe what was seen and heard, who was there, and what the child said, in their own words. ".repeat(2).trim()}"\n  }\n}\n`,
    unformatted: true,
    errors: [{ ruleId: "missing-label", message: ['only help text ("Describe what was seen and heard, who was there, and what t…")'] }],
    output: { contains: ['  field q_3 longtext {\n    label "Q 3"\n'] },
  },
  {
    name: "missing-label: a comment in an empty body is kept",
    code: 'form visit {\n  field next_of_kin text { /* to do */ }\n}\n',
    unformatted: true,
    errors: [{ ruleId: "missing-label" }],
    output: { contains: ['field next_of_kin text { /* to do */\n    label "Next of kin"\n  }'] },
  },
  {
    name: "unknown-concept: the suggestion",
    code: edit("covers escort.name", "covers escort.nam"),
    errors: [{ ruleId: "unknown-concept" }],
    output: { contains: ["covers escort.name"] },
  },
  {
    name: "unknown-service: the suggestion",
    code: edit("service clinic", "service clinc"),
    errors: [{ ruleId: "unknown-service" }],
    output: { contains: ["  service clinic\n"] },
  },
  {
    name: "unknown-audience: the suggestion",
    code: edit("audience child", "audience chlid"),
    errors: [{ ruleId: "unknown-audience" }],
    output: { contains: ["  audience child\n"] },
  },
  {
    name: "unknown-field: the suggestion",
    code: edit("when cares = yes", "when caers = yes"),
    errors: [{ ruleId: "unknown-field" }],
    output: { contains: ["when cares = yes"] },
  },
  {
    name: "unknown-type: the suggestion",
    code: edit("field visits number {", "field visits numbr {"),
    errors: [{ ruleId: "unknown-type" }],
    output: { contains: ["field visits number {"] },
  },
  {
    name: "unknown-rule: the suggestion",
    code: edit("\n  }\n}\n", '\n  }\n\n  waive t/escrot "Checked at the desk"\n}\n'),
    errors: [{ ruleId: "unknown-rule" }],
    output: { contains: ['waive t/escort "Checked at the desk"'] },
  },
  {
    name: "unused-waiver: removing it is offered, not applied by --fix",
    code: edit("\n  }\n}\n", '\n  }\n\n  waive t/escort "Checked at the desk"\n}\n'),
    errors: [{ ruleId: "unused-waiver" }],
    output: null,
    suggestions: [{ output: { contains: ["      covers carer.details\n    }\n  }\n}\n"] } }],
  },
  {
    name: "recognised-concept: `covers` is offered for a field whose label asks it, not applied by --fix",
    code: 'form ed {\n  service emergency-department\n  audience child\n  field escort text required {\n    label "Full name of the adult accompanying the child"\n  }\n}\n',
    setup: {},
    errors: [{ ruleId: "recognised-concept" }],
    output: null,
    suggestions: [{ output: { contains: ['    label "Full name of the adult accompanying the child"\n    covers accompanying-adult.name\n  }'] } }],
  },
];

const tester = new RuleTester({ check: (code, setup) => checkWith(code, setup ?? { packs: PACKS }) });

tester.run("every kind of fix clears its diagnostic and touches nothing else", { invalid: CASES });

describe("fixes", () => {
  it("the test form itself meets the test pack", () => {
    expect(check(GOOD).diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });

  it("every pack-rule diagnostic offers the waiver, never as the preferred fix", () => {
    const { diagnostics, ws } = check(edit('    field visits number {\n      label "Visits this year"\n      covers visits.count\n      lookback 12 months\n    }\n', ""));
    const packDiagnostics = diagnostics.filter((d) => d.ruleId.includes("/"));
    expect(packDiagnostics.length).toBeGreaterThan(0);
    for (const d of packDiagnostics) {
      const waive = fixesFor(ws.get(URI)!, d, ws.index, { today: TODAY }).filter((f) => f.title.startsWith("Waive"));
      expect(waive).toHaveLength(1);
      expect(waive[0].preferred).toBe(false);
    }
  });

  it("a waiver a year on from 29 February ends on 28 February", () => {
    expect(oneYearAfter("2028-02-29")).toBe("2029-02-28");
    expect(oneYearAfter("2026-11-27")).toBe("2027-11-27");
  });

  it("fixes write CRLF line breaks into a CRLF document", () => {
    const text = edit('      label "Visits this year"\n', "").replace(/\n/g, "\r\n");
    const { diagnostics, ws } = check(text);
    const d = diagnostics.find((x) => x.ruleId === "missing-label")!;
    const fix = fixesFor(ws.get(URI)!, d, ws.index)[0];
    const fixed = applyEdits(text, fix.edits);
    expect(fixed.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(fixed).toContain('    field visits number {\r\n      label "Visits"\r\n      covers visits.count');
  });

  it("offers nothing for a diagnostic that no longer matches the text", () => {
    const { diagnostics, ws } = check(edit("covers escort.name", "covers escort.nam"));
    const d = diagnostics.find((x) => x.ruleId === "unknown-concept")!;
    ws.set(URI, edit("covers escort.name", "covers escort.zzz"));
    expect(fixesFor(ws.get(URI)!, d, ws.index)).toEqual([]);
  });
});
