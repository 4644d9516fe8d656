/**
 * `formguard explain` and `formguard import --tag`, run as an auditor would on a real
 * Questionnaire (test/fixtures/fhir/real/SOURCES.md) and on a form spec.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, run, tempDir } from "../cli/cli-harness";

const EMCARE = path.resolve(__dirname, "../fixtures/fhir/real/who-emcare-registration-e.json");
const KIND = ["--service", "emergency-department", "--audience", "child"];

beforeAll(() => buildOnce());

interface Explained {
  form: string;
  fields: Array<{ field: string; label: string; verdict: string; concept?: string; score?: number; source?: string; evidence?: string[]; counts: boolean; because: string; location: string }>;
}

/** A draft Questionnaire of these items, written as q.json to a fresh folder; returns the folder. */
function questionnaireDir(items: unknown[]): string {
  return tempDir({ "q.json": JSON.stringify({ resourceType: "Questionnaire", status: "draft", item: items }) });
}

/** `formguard explain` of one form spec written to a fresh folder. */
function explainForm(name: string, text: string, ...args: string[]): ReturnType<typeof run> {
  const dir = tempDir({ [name]: text });
  return run(["explain", path.join(dir, name), ...args]);
}

describe("formguard explain", () => {
  it("says for every untagged item of the EmCare registration which concept it comes nearest to, the evidence, and whether it counts", () => {
    const r = run(["explain", EMCARE, ...KIND, "--format", "json"]);
    expect(r.status).toBe(0);
    const [form] = JSON.parse(r.stdout) as Explained[];
    const byField = new Map(form.fields.map((f) => [f.label, f]));
    expect(byField.get("Person accompanying child Today's First Name")).toMatchObject({ concept: "accompanying-adult.name", verdict: "counts", counts: true, source: "label", evidence: ["name", "person", "accompanying"] });
    expect(byField.get("Person accompanying child Today's Relationship to Client")).toMatchObject({ concept: "accompanying-adult.relationship", counts: true });
    // Recognised, but this kind of form does not need it:
    expect(byField.get("Reason for Consultation")).toMatchObject({ concept: "attendance.circumstances", verdict: "not-needed", counts: false });
    // Near, but below the bar:
    const referred = byField.get("Referred by a Health Care Worker or Health Care Facility")!;
    expect(referred).toMatchObject({ verdict: "too-weak", counts: false });
    expect(referred.because).toMatch(/below the bar of 0\.\d+/);
    // The phone number of the same person is not their name:
    expect(byField.get("Person accompanying child Today's contact's phone number")).toMatchObject({ verdict: "nothing", counts: false });
    expect(byField.get("Person accompanying child Today's First Name")!.location).toMatch(/who-emcare-registration-e\.json:219:\d+$/);
  });

  it("says which items the Questionnaire hides (they carry a value and ask nothing), in text and JSON", () => {
    const json = JSON.parse(run(["explain", EMCARE, ...KIND, "--format", "json"]).stdout) as Array<{ fields: Array<{ label: string; hidden?: boolean }> }>;
    const hidden = json[0].fields.filter((f) => f.hidden).map((f) => f.label);
    expect(hidden).toEqual(["timestamp", "Visit date", "Person accompanying child Today", "Register a new Person accompanying child", "timestamp 2"]);
    const text = run(["explain", EMCARE, ...KIND]).stdout;
    expect(text).toMatch(/`timestamp` "timestamp"\n(?: {4}nearest: .*\n)? {4}does not count: the form never shows it \(hidden\): it carries a value, it asks nothing\n/);
    // A hidden item never counts, whatever its words come near ("Person accompanying child Today").
    expect(json[0].fields.filter((f) => f.hidden).every((f) => (f as { counts?: boolean }).counts === false)).toBe(true);
    expect(text).not.toMatch(/`EmCare\.A\.DE40` "[^"]*"\n(?: {4}nearest: .*\n)? {4}does not count: the form never shows it/);
  });

  it("says when the field's type ruled out what its words ask, in text and JSON", () => {
    const dir = tempDir({
      "ed.form": `form ed "ED attendance" {
  service emergency-department
  audience child
  field escorted yesno { label "Accompanied by" }
  field escort text { label "Accompanied by" }
}
`,
    });
    const text = run(["explain", path.join(dir, "ed.form")]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(
      '`escorted` "Accompanied by"\n    the words alone read as accompanying-adult.name (score 1.10), but a `yesno` field cannot hold its answer (a name)\n    no concept this field\'s type can hold comes near',
    );
    const json = run(["explain", path.join(dir, "ed.form"), "--format", "json"]);
    const [form] = JSON.parse(json.stdout) as Array<{ fields: Array<{ field: string; verdict: string; ruledOutByType?: unknown }> }>;
    expect(form.fields.find((f) => f.field === "escorted")).toMatchObject({ verdict: "nothing", ruledOutByType: { concept: "accompanying-adult.name", type: "yesno", answer: "a name" } });
    // The same words in a text field are the name, and nothing was ruled out.
    const escort = form.fields.find((f) => f.field === "escort")!;
    expect(escort).toMatchObject({ verdict: "counts" });
    expect(escort.ruledOutByType).toBeUndefined();
  });

  it("reads a form spec too, in words a reader can follow", () => {
    const r = explainForm("ed.form", `form ed "ED attendance" {
  service emergency-department
  audience child
  section escort "Person accompanying the child" {
    field escort_first text { label "First name" }
    field escort_rel text { label "Relationship to child" }
  }
  field seen text { label "Seen by" }
}
`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ed.form:6:11 `escort_rel` "Relationship to child"');
    // A bare "Relationship to child" could be anyone's (a parent's consent form asks it of the parent):
    // it is the accompanying adult's because of the section it is in, and the explanation says so.
    // (Two of the concept's phrases score alike here; which is named moves with the vocabulary's weights.)
    expect(r.stdout).toMatch(/nearest: accompanying-adult\.relationship {2}score \d\.\d\d {2}\(label words .*"relationship", .*"child", read under section "Person accompanying the child", ~ "(?:relationship of person accompanying the child|accompanying person's relationship to the child)"\)\n {4}counts with --infer/);
    expect(r.stdout).toContain('`escort_first` "First name"');
  });

  it("says when a question was read by its topic rather than a phrase, naming the label's own words", () => {
    const form = `form hc "Health check" {
  service school-nursing
  audience child
  section s "Habits" {
    field ex number { label "How many days a week does your child do at least 60 minutes of exercise?" }
    field ben yesno { label "Have you applied for any benefits that you are waiting to hear about?" }
    field dv yesno { label "Does your partner check your phone or control where you go?" }
  }
}
`;
    const r = explainForm("hc.form", form);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nearest: health.physical-activity  score 1.10  (label words "exercise", read as a question about physical activity, ~ "Physical activity")');
    expect(r.stdout).toContain('nearest: family.finance  score 1.10  (label words "benefits", read as a question about the household\'s own money, ~ "household income")');
    expect(r.stdout).toContain('nearest: domestic-abuse.enquiry  score 1.10  (label words "check your phone", "partner", read as a question about abusive behaviour towards the one asked, ~ "domestic abuse")');
    const json = JSON.parse(explainForm("hc.form", form, "--format", "json").stdout) as Array<{ fields: Array<{ field: string; topic?: string; evidence?: string[] }> }>;
    expect(json[0].fields.find((f) => f.field === "ben")).toMatchObject({ topic: "the household's own money", evidence: ["benefits"] });
  });

  it("says when a question asks the one answering about their own childhood, which no concept asks, in text and JSON", () => {
    const form = `form bk "Maternity booking" {
  service maternity-booking
  audience pregnant-woman
  section aces "Adverse Childhood Experiences" {
    field drink yesno { label "Did you live with anyone who was a problem drinker or alcoholic?" }
  }
  section you "About you" {
    field forced yesno { label "How often did anyone at least 5 years older than you or an adult, force you to have sex?" }
    field afraid yesno { label "Are you afraid of your partner?" }
  }
}
`;
    const r = explainForm("bk.form", form);
    expect(r.status).toBe(0);
    const childhood = "does not count: it asks about the one answering's own childhood (an adverse childhood experiences item), which no concept asks, however near its words come";
    expect(r.stdout.split(childhood).length - 1).toBe(2);
    const json = JSON.parse(explainForm("bk.form", form, "--format", "json").stdout) as Explained[];
    const byField = new Map(json[0].fields.map((f) => [f.field, f]));
    expect(byField.get("drink")).toMatchObject({ verdict: "childhood", counts: false, concept: "lifestyle.risk-factors" });
    expect(byField.get("forced")).toMatchObject({ verdict: "childhood", counts: false });
    // A question about now is read as it was.
    expect(byField.get("afraid")).toMatchObject({ concept: "domestic-abuse.enquiry" });
    expect(byField.get("afraid")!.verdict).not.toBe("childhood");
  });

  it("exits 2 with a clear message on bad input", () => {
    const dir = tempDir({ "bad.json": "{ not json" });
    const r = run(["explain", path.join(dir, "bad.json")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:1:3: not valid JSON/);
    expect(run(["explain"]).status).toBe(2);
  });

  it.each([
    [["--service", "emergency-departmnt"], /^formguard explain: --service emergency-departmnt: no loaded pack declares this service \(did you mean emergency-department\?\); the services are adult-mental-health, .*\. A pack of your own is loaded with --rules FILE\.\n$/],
    [["--service", "emergency-department", "--audience", "chlid"], /^formguard explain: --audience chlid: no loaded pack declares this audience \(did you mean child\?\)/],
  ])("refuses a form kind no loaded pack declares (%j), rather than say that nothing counts", (kind, message) => {
    const r = run(["explain", EMCARE, ...kind]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});

describe("formguard import --tag", () => {
  it("writes covers for confident recognitions, each with a comment saying it was inferred and from what, and the result is not told the prompts are missing", () => {
    const dir = tempDir({});
    const out = path.join(dir, "emcare.form");
    const r = run(["import", EMCARE, ...KIND, "--tag", "--output", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("--tag: 5 field(s) given `covers` (inferred, marked with a comment)");
    const text = fs.readFileSync(out, "utf8");
    // The score moves in its second decimal as the vocabulary's weights do (every phrase added to the packs moves them).
    expect(text).toMatch(/\/\/ covers accompanying-adult\.name: inferred by formguard import --tag from the label words "name", "person", "accompanying" ~ "name of person accompanying" \(score 0\.9\d\); check the question asks this\n {4}field em_care_a_de40 text when expression "[^\n]*" \{\n {6}label "Person accompanying child Today's First Name"\n {6}covers accompanying-adult\.name\n {4}\}/);
    expect(text).toMatch(/covers accompanying-adult\.relationship\n/);
    // "Participant type Person accompanying child", a choice of what kind of person came, is their relationship too (round 17).
    expect(text).toMatch(/field em_care_a_de45 text when expression "[^\n]*" \{\n {4}label "Participant type Person accompanying child"\n {4}covers accompanying-adult\.relationship\n {2}\}/);
    // Not the yes/no "Person accompanying child Today": whether someone came is not who (answer-types.ts).
    expect(text).toMatch(/ {2}field em_care_a_de49 yesno hidden when expression "[^\n]*" \{\n {4}label "Person accompanying child Today"\n {2}\}/);
    // Not the phone number:
    expect(text).toMatch(/field em_care_a_de42 number when expression "[^\n]*" \{\n {6}label "Person accompanying child Today's contact's phone number"\n {4}\}/);
    const lint = JSON.parse(run(["lint", "--format", "json", out]).stdout)[0].messages as Array<{ message: string }>;
    expect(lint.filter((m) => /Missing prompt: .*\(accompanying-adult\.(name|relationship)\)/.test(m.message))).toEqual([]);
    // They are asked only when FHIRPath expressions hold (enableWhenExpression), and that is what is said.
    expect(lint.some((m) => m.message.startsWith("Field `em_care_a_de40` covers accompanying-adult.name only when expression"))).toBe(true);
  });

  it("neither tags nor suggests a concept for a question about the one answering's own childhood", () => {
    const dir = questionnaireDir([
      { linkId: "aces", type: "group", text: "Adverse Childhood Experiences", item: [{ linkId: "drink", type: "boolean", text: "Did you live with anyone who was a problem drinker or alcoholic?" }] },
      { linkId: "now", type: "boolean", text: "Do you drink alcohol?" },
    ]);
    const r = run(["import", path.join(dir, "q.json"), "--service", "maternity-booking", "--audience", "pregnant-woman", "--tag"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/label "Did you live with anyone who was a problem drinker or alcoholic\?"\n {4}\}/);
    expect(r.stdout).not.toMatch(/may cover lifestyle\.risk-factors \(label words "problem"/);
    // The question about now is read as it was.
    expect(r.stdout).toMatch(/label "Do you drink alcohol\?"\n {4}covers lifestyle\.risk-factors/);
  });

  it("tags nothing the form hides, nor a field whose words come near but whose context the recogniser refused, and the gap stays reported", () => {
    const dir = questionnaireDir([
      // Hidden: it carries a value and asks nothing (before: tagged `covers domestic-abuse.enquiry`).
      { linkId: "da", type: "boolean", text: "Has anyone at home hurt you or made you feel frightened?", extension: [{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", valueBoolean: true }] },
      // The woman's signature of her consent, not the practitioner's (before: tagged `covers practitioner.signature`).
      { linkId: "consent", type: "group", text: "Consent to examination", item: [{ linkId: "agree", type: "boolean", text: "I agree to be examined" }, { linkId: "sig", type: "string", text: "Signature" }] },
      { linkId: "rb", type: "string", text: "Recorded by" },
    ]);
    const out = path.join(dir, "q.form");
    const kind = ["--service", "maternity-booking", "--audience", "pregnant-woman"];
    const r = run(["import", path.join(dir, "q.json"), ...kind, "--tag", "--output", out]);
    expect(r.status).toBe(0);
    const text = fs.readFileSync(out, "utf8");
    expect(text).toMatch(/field da yesno hidden \{\n {4}label "Has anyone at home hurt you or made you feel frightened\?"\n {2}\}/);
    expect(text).toMatch(/field sig text \{\n {6}label "Signature"\n {4}\}/);
    expect(text).not.toMatch(/domestic-abuse\.enquiry|practitioner\.signature/);
    // What it does recognise is still written.
    expect(text).toMatch(/label "Recorded by"\n {4}covers practitioner\.name/);
    // So the lint of the imported form still says the practitioner's signature is missing.
    const lint = JSON.parse(run(["lint", "--format", "json", out]).stdout)[0].messages as Array<{ message: string }>;
    expect(lint.some((m) => /Missing prompt: .*\(practitioner\.signature\)/.test(m.message))).toBe(true);
    // And explain says why the signature does not count.
    const json = JSON.parse(run(["explain", path.join(dir, "q.json"), ...kind, "--format", "json"]).stdout) as Explained[];
    expect(json[0].fields.find((f) => f.field === "sig")).toMatchObject({ verdict: "not-taken", concept: "practitioner.signature", counts: false });
  });

  it("leaves a weak match as a comment suggesting the concept, not as covers", () => {
    // ("Who is here with the child" was the example until being with the child was read as accompanying it: now a confident match.)
    const dir = questionnaireDir([{ linkId: "who", type: "string", text: "Adult present today (optional) and role in care" }]);
    const r = run(["import", path.join(dir, "q.json"), ...KIND, "--tag"]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/^\s*covers /m);
    expect(r.stdout).toMatch(/\/\/ formguard import --tag: may cover accompanying-adult\.name \(label words .*score 0\.\d\d\); add `covers accompanying-adult\.name` if it asks this/);
  });
});
