/**
 * Every syntax form of LANGUAGE.md, parsed and checked through the AST a user's tools see.
 * The two big examples are LANGUAGE.md's own, verbatim.
 */
import { describe, expect, it } from "vitest";
import type { Field, Form, RuleDecl, Section } from "../../language/ast";
import { parseDocument } from "../../language/parse";

const FORM_EXAMPLE = `// forms/ed-paediatric.form
form ed-paediatric "Paediatric emergency department attendance" {
  service emergency-department
  audience child
  ages 0..17
  version "4.1"
  owner "Dorset County Hospital, emergency department"

  section arrival "Arrival" {
    field accompanying_name text required {
      label "Full name of the adult accompanying the child"
      covers accompanying-adult.name
    }
    field accompanying_relationship choice required {
      label "Relationship of that adult to the child"
      options "Mother", "Father", "Step-parent", "Grandparent", "Foster carer", "Social worker", "Other"
      covers accompanying-adult.relationship
    }
  }

  section history "Attendance history" {
    field attendances number required {
      label "ED and MIU attendances in the previous 12 months"
      covers attendance.count
      lookback 12 months
    }
    field left_before_treatment yesno {
      label "Did the child leave before treatment?"
      covers attendance.left-before-treatment
    }
    field dnw_follow_up longtext required when left_before_treatment = yes {
      label "Follow-up action taken"
      covers did-not-wait.follow-up
    }
  }

  // a requirement this form deliberately does not meet, with who accepted that and until when
  waive cqc-dorset-2015/ed-paediatric-liaison "Liaison review is recorded in the PAS" by "Named nurse" until 2027-03-31
}
`;

const PACK_EXAMPLE = `// rules/cqc-dorset-2015.formrules
pack cqc-dorset-2015 "Review of health services for Children Looked After and Safeguarding in Dorset" {
  publisher "Care Quality Commission"
  published 2016-02-01
}

service emergency-department "Emergency department attendance record"

concept accompanying-adult.name "Full name of the adult accompanying the child" {
  synonyms "accompanied by", "who is with the child", "name of escort"
  suggest text required   // the field skeleton a quick fix inserts
}

rule ed-accompanying-adult {
  title "Record who accompanies the child, by full name and relationship"
  severity error
  applies service emergency-department and audience child
  require accompanying-adult.name required
  require accompanying-adult.relationship required
  cites paragraph 1.20, recommendation 2.2
  quote "who is accompanying the child to the department is not explicitly recorded"
}

rule miu-attendance-frequency {
  title "Consider how often the child attended in the previous 12 months"
  severity error
  applies service minor-injury-unit
  require attendance.count required with lookback >= 12 months
  cites paragraph 1.16, recommendation 1.2
}

rule ed-hidden-child {
  title "Ask adult patients about caring responsibilities for children"
  severity error
  applies service emergency-department and audience adult
  require caring-responsibilities required
  require children.details shown when caring-responsibilities = yes
  cites paragraph 1.24, recommendation 2.5
}
`;

function parseClean(text: string) {
  const doc = parseDocument("/t.form", text);
  expect(doc.syntaxErrors.map((e) => e.message)).toEqual([]);
  return doc;
}

function fields(members: Array<Section | Field>): Field[] {
  return members.flatMap((m) => (m.kind === "field" ? [m] : fields(m.members)));
}

const text = (doc: { text: string }, span: { start: number; end: number }) => doc.text.slice(span.start, span.end);

describe("LANGUAGE.md form example", () => {
  const doc = parseClean(FORM_EXAMPLE);
  const form = doc.ast.items[0] as Form;

  it("reads the header properties", () => {
    expect(form.kind).toBe("form");
    expect(form.name.text).toBe("ed-paediatric");
    expect(form.title?.value).toBe("Paediatric emergency department attendance");
    expect(form.service?.text).toBe("emergency-department");
    expect(form.audiences.map((a) => a.text)).toEqual(["child"]);
    expect([form.ages?.min.value, form.ages?.max.value]).toEqual([0, 17]);
    expect(form.version?.value).toBe("4.1");
    expect(form.owner?.value).toBe("Dorset County Hospital, emergency department");
  });

  it("reads sections and fields with types, required, labels, covers, options, lookback", () => {
    expect(form.members.map((m) => [m.kind, m.name.text, (m as Section).title?.value])).toEqual([
      ["section", "arrival", "Arrival"],
      ["section", "history", "Attendance history"],
    ]);
    const f = fields(form.members);
    expect(f.map((x) => [x.name.text, x.type?.text, !!x.required])).toEqual([
      ["accompanying_name", "text", true],
      ["accompanying_relationship", "choice", true],
      ["attendances", "number", true],
      ["left_before_treatment", "yesno", false],
      ["dnw_follow_up", "longtext", true],
    ]);
    expect(f[0].label?.value).toBe("Full name of the adult accompanying the child");
    expect(f[0].covers.map((c) => c.text)).toEqual(["accompanying-adult.name"]);
    expect(f[1].options.map((o) => o.value)).toEqual(["Mother", "Father", "Step-parent", "Grandparent", "Foster carer", "Social worker", "Other"]);
    expect([f[2].lookback?.amount, f[2].lookback?.unit.text]).toEqual([12, "months"]);
  });

  it("reads a `required when` condition", () => {
    const dnw = fields(form.members)[4];
    expect(dnw.when).toMatchObject({ kind: "compare", field: { text: "left_before_treatment" }, op: "=", value: { kind: "word", text: "yes" } });
    expect(text(doc, dnw.whenSpan!)).toBe("when left_before_treatment = yes");
  });

  it("reads the waiver with reason, by and until, and keeps the comment", () => {
    expect(form.waivers).toHaveLength(1);
    const w = form.waivers[0];
    expect([w.rule.text, w.reason?.value, w.by?.value, w.until?.value]).toEqual([
      "cqc-dorset-2015/ed-paediatric-liaison",
      "Liaison review is recorded in the PAS",
      "Named nurse",
      "2027-03-31",
    ]);
    expect(doc.ast.comments.map((c) => c.text)).toEqual([
      "// forms/ed-paediatric.form",
      "// a requirement this form deliberately does not meet, with who accepted that and until when",
    ]);
  });

  it("gives every node a span over exactly its source", () => {
    expect(text(doc, form.name.span)).toBe("ed-paediatric");
    expect(text(doc, form.span).startsWith("form ed-paediatric")).toBe(true);
    expect(text(doc, form.span).endsWith("}")).toBe(true);
    const f = fields(form.members)[2];
    expect(text(doc, f.span)).toMatch(/^field attendances number required \{[\s\S]*lookback 12 months\s*\}$/);
    expect(text(doc, f.lookback!.span)).toBe("12 months");
    expect(text(doc, f.headerSpan)).toBe("field attendances number required");
  });
});

describe("LANGUAGE.md pack example", () => {
  const doc = parseClean(PACK_EXAMPLE);
  const items = doc.ast.items;

  it("reads pack, service and concept declarations", () => {
    expect(items.map((i) => i.kind)).toEqual(["pack", "service", "concept", "rule", "rule", "rule"]);
    const pack = items[0] as Extract<typeof items[number], { kind: "pack" }>;
    expect([pack.name.text, pack.publisher?.value, pack.published?.value]).toEqual(["cqc-dorset-2015", "Care Quality Commission", "2016-02-01"]);
    const concept = items[2] as Extract<typeof items[number], { kind: "concept" }>;
    expect(concept.name.text).toBe("accompanying-adult.name");
    expect(concept.synonyms.map((s) => s.value)).toEqual(["accompanied by", "who is with the child", "name of escort"]);
    expect([concept.suggest?.type.text, concept.suggest?.required]).toEqual(["text", true]);
  });

  it("reads rules: title, severity, applies, requires, cites, quote", () => {
    const [ed, miu, hidden] = items.slice(3) as RuleDecl[];
    expect([ed.title?.value, ed.severity?.text]).toEqual(["Record who accompanies the child, by full name and relationship", "error"]);
    expect(ed.applies).toMatchObject({ kind: "and", left: { kind: "service", services: [{ text: "emergency-department" }] }, right: { kind: "audience", audience: { text: "child" } } });
    expect(ed.requires.map((r) => [r.concepts.map((c) => c.text), r.required])).toEqual([
      [["accompanying-adult.name"], true],
      [["accompanying-adult.relationship"], true],
    ]);
    expect(ed.citations.map((c) => [c.kind, c.ref])).toEqual([
      ["paragraph", "1.20"],
      ["recommendation", "2.2"],
    ]);
    expect(ed.quotes.map((q) => q.value)).toEqual(["who is accompanying the child to the department is not explicitly recorded"]);
    expect(miu.requires[0].constraints).toMatchObject([{ kind: "lookback", op: ">=", duration: { amount: 12, unit: { text: "months" } } }]);
    expect(hidden.requires[1].shownWhen).toMatchObject({ concept: { text: "caring-responsibilities" }, op: "=", value: { kind: "word", text: "yes" } });
  });
});

describe("every other syntax form", () => {
  const cases: Array<[string, string, (doc: ReturnType<typeof parseClean>) => void]> = [
    ["tags and several audiences", `form f { audience child, young-person tags paediatric, urgent-care }`, (d) => {
      const f = d.ast.items[0] as Form;
      expect(f.audiences.map((a) => a.text)).toEqual(["child", "young-person"]);
      expect(f.tags.map((t) => t.text)).toEqual(["paediatric", "urgent-care"]);
    }],
    ["nested sections and a form without a title", `form f { section a { section b "B" { field x text { label "X" } } } }`, (d) => {
      const a = (d.ast.items[0] as Form).members[0] as Section;
      expect(a.members[0]).toMatchObject({ kind: "section", name: { text: "b" }, title: { value: "B" } });
      expect((a.members[0] as Section).members[0]).toMatchObject({ kind: "field", name: { text: "x" } });
    }],
    ["every field type", `form f { ${["text", "longtext", "number", "date", "datetime", "yesno", "choice", "multichoice", "person", "signature"].map((t, i) => `field f${i} ${t}`).join(" ")} }`, (d) => {
      expect(fields((d.ast.items[0] as Form).members).map((f) => f.type?.text)).toEqual(["text", "longtext", "number", "date", "datetime", "yesno", "choice", "multichoice", "person", "signature"]);
    }],
    ["help, min, max and several covers", `form f { field n number { label "N" help "Count all" min 0 max 99 covers a.b, c } }`, (d) => {
      const n = fields((d.ast.items[0] as Form).members)[0];
      expect([n.help?.value, n.min?.value, n.max?.value, n.covers.map((c) => c.text)]).toEqual(["Count all", 0, 99, ["a.b", "c"]]);
    }],
    ["every duration unit", `form f { field a number { lookback 6 weeks } field b number { lookback 20 days } field c number { lookback 20 working-days } field d number { lookback 1 year } }`, (d) => {
      expect(fields((d.ast.items[0] as Form).members).map((f) => `${f.lookback?.amount} ${f.lookback?.unit.text}`)).toEqual(["6 weeks", "20 days", "20 working-days", "1 year"]);
    }],
    ["conditions: !=, answered, numbers, strings, and/or/not, parentheses", `form f { field a yesno field n number field c choice { options "X" } field d text when not (a = yes or n >= 3) and c != "X" and a answered }`, (d) => {
      const cond = fields((d.ast.items[0] as Form).members)[3].when!;
      expect(cond).toMatchObject({
        kind: "and",
        left: { kind: "and", left: { kind: "not", operand: { kind: "or", left: { kind: "compare", op: "=" }, right: { kind: "compare", op: ">=", value: { kind: "number", value: 3 } } } }, right: { kind: "compare", op: "!=", value: { kind: "string", value: "X" } } },
        right: { kind: "answered", field: { text: "a" } },
      });
    }],
    ["operator precedence: and binds tighter than or", `form f { field a yesno field b yesno field c yesno field d text when a = yes or b = yes and c = yes }`, (d) => {
      expect(fields((d.ast.items[0] as Form).members)[3].when).toMatchObject({ kind: "or", right: { kind: "and" } });
    }],
    ["< <= > comparisons", `form f { field n number field a text when n < 1 field b text when n <= 2 field c text when n > 3 }`, (d) => {
      expect(fields((d.ast.items[0] as Form).members).slice(1).map((f) => (f.when as { op: string }).op)).toEqual(["<", "<=", ">"]);
    }],
    ["keywords used as ids", `form label { section service { field date date { label "Date" } field when yesno { label "When" } field label text when when = yes { label "Label" } } }`, (d) => {
      const f = d.ast.items[0] as Form;
      expect(f.name.text).toBe("label");
      expect((f.members[0] as Section).name.text).toBe("service");
      expect(fields(f.members).map((x) => [x.name.text, x.type?.text])).toEqual([["date", "date"], ["when", "yesno"], ["label", "text"]]);
      expect(fields(f.members)[2].when).toMatchObject({ field: { text: "when" } });
    }],
    ["string escapes", String.raw`form f { field a text { label "Say \"hello\" \\ then\nnext" } }`, (d) => {
      expect(fields((d.ast.items[0] as Form).members)[0].label?.value).toBe('Say "hello" \\ then\nnext');
    }],
    ["waiver without by or until", `form f { waive some-rule "Recorded elsewhere" }`, (d) => {
      expect((d.ast.items[0] as Form).waivers[0]).toMatchObject({ rule: { text: "some-rule" }, reason: { value: "Recorded elsewhere" }, by: undefined, until: undefined });
    }],
    ["block comments are kept", `/* header\n   comment */ form f { /* inside */ }`, (d) => {
      expect(d.ast.comments.map((c) => [c.text, c.block])).toEqual([["/* header\n   comment */", true], ["/* inside */", true]]);
    }],
    ["selectors: several services, not, ages include, tag, parentheses", `rule r { applies (service a, b or tag urgent) and not audience adult and ages include 17 }`, (d) => {
      expect((d.ast.items[0] as RuleDecl).applies).toMatchObject({
        kind: "and",
        left: { kind: "and", left: { kind: "or", left: { kind: "service", services: [{ text: "a" }, { text: "b" }] }, right: { kind: "tag", tag: { text: "urgent" } } }, right: { kind: "not", operand: { kind: "audience" } } },
        right: { kind: "ages", age: { value: 17 } },
      });
    }],
    ["require one of, type, options include, lookback <= and =", `rule r { require one of a, b required with type choice, multichoice and options include "Red" and lookback <= 2 years require c with lookback = 6 months }`, (d) => {
      const [r1, r2] = (d.ast.items[0] as RuleDecl).requires;
      expect([r1.oneOf, r1.required, r1.concepts.map((c) => c.text)]).toEqual([true, true, ["a", "b"]]);
      expect(r1.constraints).toMatchObject([{ kind: "type", types: [{ text: "choice" }, { text: "multichoice" }] }, { kind: "options-include", option: { value: "Red" } }, { kind: "lookback", op: "<=" }]);
      expect(r2.constraints).toMatchObject([{ kind: "lookback", op: "=", duration: { amount: 6 } }]);
    }],
    ["shown when with <, and citations of every kind", `rule r { require x shown when mother.age < 20 cites section "What people told us", paragraph 5.2.7, recommendation 1.22 }`, (d) => {
      const r = d.ast.items[0] as RuleDecl;
      expect(r.requires[0].shownWhen).toMatchObject({ op: "<", value: { kind: "number", value: 20 } });
      expect(r.citations.map((c) => [c.kind, c.ref])).toEqual([["section", "What people told us"], ["paragraph", "5.2.7"], ["recommendation", "1.22"]]);
    }],
    ["extensions: require header, implements, description, fix, audience and recommendation declarations", `audience child "A child" rule r { implements "ALL-1" require header version, owner description "d" fix "f" } recommendation 2.3 "Text" { not-checkable "Layout" } recommendation 1.1 { partly "Signage" }`, (d) => {
      const [aud, r, rec1, rec2] = d.ast.items as any[];
      expect([aud.kind, aud.name.text, aud.title.value]).toEqual(["audience", "child", "A child"]);
      expect([r.implements[0].value, r.requires[0].header.map((h: any) => h.text), r.description.value, r.fix.value]).toEqual(["ALL-1", ["version", "owner"], "d", "f"]);
      expect([rec1.ref.text, rec1.text.value, rec1.notCheckable.value]).toEqual(["2.3", "Text", "Layout"]);
      expect([rec2.ref.text, rec2.partly.value]).toEqual(["1.1", "Signage"]);
    }],
  ];
  for (const [name, src, check] of cases) it(name, () => check(parseClean(src)));
});
