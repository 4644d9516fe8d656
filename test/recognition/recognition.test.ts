/** Concept recognition from labels: thresholds on the evaluation set, and the behaviours a form author notices. */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonMessage } from "../../cli/formatters/json";
import { fixesFor } from "../../fixes/index";
import { factsField } from "../../language/diagnostic-facts";
import { applyEdits } from "../../language/text-edit";
import { checkDocument } from "../../rules/checker";
import { evaluate, type LabelledPrompt } from "../../bench/recognition-evaluate";
import { mainClause, questionTopic, sentences, stem, tokens } from "../../rules/recognition/normalise";
import { Recogniser } from "../../rules/recognition/recogniser";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { checkText, TODAY, workspaceWithPacks } from "../helpers";

/** The text after applying the quick fix offered for each `recognised-concept` finding. */
function applyRecognitionFixes(text: string): string {
  const ws = workspaceWithPacks();
  ws.set("/test/doc.form", text);
  const found = checkDocument(ws, "/test/doc.form", { today: TODAY }).diagnostics.filter((d) => d.ruleId === "recognised-concept");
  return applyEdits(text, found.flatMap((d) => fixesFor(ws.get("/test/doc.form")!, d, ws.index)[0]?.edits ?? []));
}

const recogniser = recogniserFor(workspaceWithPacks().index);
const prompts = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/recognition/prompts.json"), "utf8")) as LabelledPrompt[];

describe("the evaluation set", () => {
  it("is large, labelled and has hard negatives", () => {
    expect(prompts.length).toBeGreaterThanOrEqual(200);
    expect(prompts.filter((p) => p.concept === null).length).toBeGreaterThanOrEqual(40);
    expect(new Set(prompts.map((p) => p.set))).toEqual(new Set(["tune", "holdout"]));
  });

  it("is recognised with overall precision ≥ 0.95 and recall ≥ 0.85 (node bench/recognition.mjs prints the detail)", () => {
    const r = evaluate(recogniser, prompts);
    expect(r.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.overall.recall).toBeGreaterThanOrEqual(0.85);
  });
});

describe("recognising a prompt", () => {
  it.each([
    // negation awareness
    ["No caring responsibilities", "caring-responsibilities"],
    ["Patient has no dependent children", "caring-responsibilities"],
    // abbreviations
    ["NOK", null],
    ["DV enquiry", "domestic-abuse.enquiry"],
    ["Is the child on a CP plan?", "child.protection-status"],
    ["Is the young person LAC?", "child.looked-after"],
    ["No. of A&E attendances in last 12/12", "attendance.count"],
    ["DNA follow up", "follow-up.did-not-attend"],
    // misspellings
    ["Safeguarding referal made?", "safeguarding.referral"],
    ["Explanation consistant with injury?", "injury.explanation-consistent"],
    ["Alcohl use", "lifestyle.risk-factors"],
    // …but a short word one letter from a pack word is another word: "short" is not "sport"
    ["Short synopsis", null],
    // hard negatives
    ["Next of kin", null],
    ["Next of kin (if different from the accompanying adult)", null],
    ["Protective factors", "conference.working-well"],
    ["Mother's age", "mother.age"],
    ["Age of patient", null],
    ["Parent's signature", null],
    // near-phrase, other order
    ["Children's names and ages, and where they are now", "children.details"],
    ["Consistent explanation for the injury?", "injury.explanation-consistent"],
    // …but a phrase written in two words is matched whole, however many an abbreviation makes it:
    // "CAMHS history" (six words once CAMHS is spelled out) is not met by "CAMHS referral".
    ["CAMHS referral", null],
    ["CAMHS history", "information.from-camhs"],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept ?? null).toBe(concept);
    if (concept === null) return;
    // Never the hard negative's look-alike:
    expect(recogniser.recognise({ label })?.concept).not.toBe("child.impact-of-parent");
  });

  it.each([
    // the person the form is about, named or not, does not change what is asked
    ["Demeanour of young person", "child.presentation"],
    ["Could the patient's presentation affect their ability to care for children?", "parenting-capacity.impact"],
    // a nominalisation meets its verb
    ["Impact on the child of parents mental health", "child.impact-of-parent"],
    // a question's opening is not its topic
    ["How often does your child miss school?", "education.status"],
    // "Number of…" asks how many, not whether
    ["Number of previous child protection plans", null],
    ["Number of previous attendances", "attendance.count"],
    // a time frame alone says nothing of what is asked
    ["Number of referrals in the last 12 months", null],
    ["Name of clinician", "practitioner.name"],
    // consent to a procedure is consent to treatment; consent to share is another consent
    ["I consent to the administration of anesthesia", "consent.examination"],
    ["Blood transfusion consent", "consent.examination"],
    ["Consent to procedure", "consent.examination"],
    ["Consent to share information", "information-sharing.consent"],
    ["Type of surgery", null],
    // the UK's word for it
    ["Substance misuse", "lifestyle.risk-factors"],
    ["Substance misuse worker", "attendees.substance-misuse"],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept ?? null).toBe(concept);
  });

  it.each([
    // "When…?" asks for a date, not for a count
    ["When did the child last attend ED?", "attendance.count"],
    // the clinician who referred is not the one completing the form
    ["Referring clinician name", "practitioner.name"],
  ])("%j is not %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept).not.toBe(concept);
  });

  it("stems a noun made from a verb or noun to its root, and only where the root stays unambiguous", () => {
    for (const [a, b] of [["referral", "referred"], ["parental", "parents"], ["discussion", "discussed"], ["protection", "protected"], ["disclosure", "disclosed"], ["attendance", "attended"]]) expect(stem(a), `${a} ~ ${b}`).toBe(stem(b));
    for (const [a, b] of [["mental", "men"], ["information", "informed"], ["placement", "place"], ["reference", "referred"]]) expect(stem(a), `${a} ≁ ${b}`).not.toBe(stem(b));
  });

  it("stems a verb's -ied to its -y, as its -ies is: accompanied is accompanying", () => {
    for (const [a, b] of [["accompanied", "accompanying"], ["notified", "notify"], ["worried", "worry"], ["identified", "identifies"]]) expect(stem(a), `${a} ~ ${b}`).toBe(stem(b));
    for (const w of ["tied", "died"]) expect(stem(w)).not.toMatch(/y$/);
    expect(recogniser.recognise({ label: "Relationship to child", context: ["Accompanied by"] })?.concept).toBe("accompanying-adult.relationship");
  });

  it("reads a question's topic without the opening that makes it a question", () => {
    expect(questionTopic("Are there any other concerns about your child's sleep?")).toBe("your child's sleep?");
    expect(questionTopic("Is there anything that you are worried about with your child's development?")).toBe("with your child's development?");
    expect(questionTopic("How often does your child miss school?")).toBe("miss school?");
    expect(questionTopic("Have you ever been hit by a partner?")).toBe("been hit by a partner?");
    // Nothing to read off: the concern is the topic.
    expect(questionTopic("Any safeguarding concerns?")).toBeUndefined();
    expect(questionTopic("Safeguarding concerns")).toBeUndefined();
  });

  it("keeps whose information it is when it reads a question's topic, and reads 'person' as the subject only in 'young person'", () => {
    // A vocabulary of its own, so that what is tested is the reading, not a pack's wording.
    const own = new Recogniser([
      { id: "mother.seen-alone", title: "The mother is seen alone", synonyms: ["seen alone"] },
      { id: "child.mood", title: "Mood", synonyms: ["mood"] },
    ]);
    expect(own.recognise({ label: "Was the mother seen alone?" })?.concept).toBe("mother.seen-alone");
    expect(own.recognise({ label: "Was the child seen alone?" })).toBeUndefined();
    const young = own.recognise({ label: "Mood of young person" });
    expect(young?.concept).toBe("child.mood");
    expect(own.candidates("Mood of this person")[0].score).toBeLessThan(young!.score - 0.05);
  });

  it("reads a prompt of several sentences one sentence at a time", () => {
    expect(sentences("Has your partner ever hurt you? Does he make you feel afraid?")).toEqual(["Has your partner ever hurt you?", "Does he make you feel afraid?"]);
    expect(sentences("Consent for testing - testing will not be done without it")).toEqual(["Consent for testing", "testing will not be done without it"]);
    expect(sentences("Other children: names and dates of birth")).toEqual([]);
    expect(recogniser.recognise({ label: "CP-IS alert checked - is the child subject to a plan" })?.concept).toBe("child.protection-status");
  });

  it("takes a phrase of three words or more written whole in a long question as what it asks; a shorter one must still explain the question", () => {
    const own = new Recogniser([
      { id: "family.fees", title: "Family can pay school fees", synonyms: ["pay school fees"] },
      { id: "home.shelter", title: "Stable shelter", synonyms: ["stable shelter"] },
    ]);
    const long = "Were you able to pay for the school fees for the last school year for all the children in the household, without selling tools or livestock?";
    expect(own.recognise({ label: long })).toMatchObject({ concept: "family.fees", evidence: ["pay", "school", "fees"] });
    // The words apart, not in order, or one missing: the question may ask something else.
    expect(own.recognise({ label: "Were school fees waived for all the children in the household, or did you pay them yourself without selling livestock?" })).toBeUndefined();
    expect(own.recognise({ label: "Does the household have stable shelter that is adequate, safe and dry, with running water and a working toilet?" })).toBeUndefined();
  });

  it("uses the options when the label says nothing", () => {
    const r = recogniser.recognise({ label: "Status", options: ["Child protection plan", "Child in need", "None known"] });
    expect(r).toMatchObject({ concept: "child.protection-status", source: "options" });
  });

  it("reads only the main clause of a prompt", () => {
    expect(mainClause("Next of kin (name and number), if different from the accompanying adult").trim()).toBe("Next of kin");
    expect(tokens("Didn't attend").map((t) => t.stem)).toEqual(["¬", "attend"]);
    expect(tokens("Does the birth father have parental responsibility?")).toEqual(tokens("Does the father have parental responsibility?"));
    // A leading condition says when to ask, not what.
    expect(mainClause("If indicated, ask about low mood").trim()).toBe("ask about low mood");
    expect(mainClause("If yes, give details").trim()).toBe("give details");
    expect(mainClause("If yes").trim()).toBe("If yes");
  });

  it("reads a word that names an object property (\"constructor\") as a plain word, in a label and in a form", () => {
    expect(tokens("Constructor details").map((t) => t.stem)).toEqual(["constructor", "detail"]);
    const form = ED_ADULT.replace('label "Next of kin"', 'label "Constructor of the parent"');
    // It used to be taken for an abbreviation (Object.prototype.constructor) and end the lint with an internal error.
    expect(checkText(form).diagnostics.filter((d) => d.ruleId === "recognised-concept").map((d) => factsField(d.data))).toEqual(["kids", "where_children"]);
  });
});

const ED_ADULT = `form ed-adult "ED adult" {
  service emergency-department
  audience adult
  version "1"
  owner "ED"
  section social "Social" {
    field kids yesno required {
      label "Does the patient have caring responsibilities for children?"
    }
    field where_children longtext when kids = yes {
      label "Names and ages of children and where are they now"
    }
    field nok text { label "Next of kin" }
  }
}
`;

describe("recognised-concept on a form", () => {
  it("reports each untagged field that asks about a concept, with the data a fix needs", () => {
    const result = checkText(ED_ADULT);
    const found = result.diagnostics.filter((d) => d.ruleId === "recognised-concept");
    expect(found.map((d) => [d.level, factsField(d.data), d.data?.kind === "recognised-concept" && d.data.concept])).toEqual([
      ["info", "kids", "caring-responsibilities"],
      ["info", "where_children", "children.details"],
    ]);
    expect(found[0].message).toBe('Field `kids` appears to cover `caring-responsibilities` (label "Does the patient have caring responsibilities for children?") — add `covers caring-responsibilities` so the requirements for it are checked.');
    expect(jsonMessage(found[0])).toMatchObject({ ruleId: "recognised-concept", concept: "caring-responsibilities", field: "kids" });
  });

  it("its quick fix adds `covers` so that the form checks clean of it, and the requirement is then met", () => {
    const fixed = applyRecognitionFixes(ED_ADULT);
    expect(fixed).toContain('label "Does the patient have caring responsibilities for children?"\n      covers caring-responsibilities\n    }');
    const after = checkText(fixed);
    expect(after.diagnostics.filter((d) => d.ruleId === "syntax" || d.ruleId === "recognised-concept")).toEqual([]);
    expect(after.diagnostics.some((d) => d.ruleId === "cqc-dorset-2015/ed-hidden-child")).toBe(false);
  });

  it("adds a block to a field that has none", () => {
    const text = `form f {\n  service emergency-department\n  audience child\n  field dnw yesno\n}\n`;
    const d = checkText(text).diagnostics.find((x) => x.ruleId === "recognised-concept")!;
    expect(d.data).toMatchObject({ kind: "recognised-concept", concept: "attendance.left-before-treatment" });
    expect(applyRecognitionFixes(text)).toBe(`form f {\n  service emergency-department\n  audience child\n  field dnw yesno {\n    covers attendance.left-before-treatment\n  }\n}\n`);
  });

  it("does not suggest a concept another field already covers", () => {
    const text = ED_ADULT.replace('label "Next of kin"', 'label "Caring responsibilities"\n      covers caring-responsibilities');
    expect(checkText(text).diagnostics.filter((d) => d.ruleId === "recognised-concept").map((d) => factsField(d.data))).toEqual(["where_children"]);
  });

  it("without --infer a recognised field does not count; with it, it does, and every outcome says it was inferred", () => {
    const plain = checkText(ED_ADULT).diagnostics.filter((d) => d.ruleId === "cqc-dorset-2015/ed-hidden-child");
    expect(plain.map((d) => d.data?.kind)).toEqual(["missing-concept", "missing-concept"]);

    const inferred = checkText(ED_ADULT, { infer: true }).diagnostics;
    expect(inferred.some((d) => d.ruleId === "cqc-dorset-2015/ed-hidden-child")).toBe(false);
    const kids = inferred.find((d) => d.ruleId === "recognised-concept" && factsField(d.data) === "kids")!;
    expect(kids.data).toMatchObject({ inferred: true, meets: ["cqc-dorset-2015/ed-hidden-child"] });
    expect(kids.message).toContain("(inferred from the label)");

    // A requirement an inferred field fails is reported on it, and marked inferred.
    const optional = ED_ADULT.replace("field kids yesno required", "field kids yesno");
    const made = checkText(optional, { infer: true }).diagnostics.find((d) => d.ruleId === "cqc-dorset-2015/ed-hidden-child")!;
    expect(made.data).toMatchObject({ kind: "make-required", field: "kids", inferred: true });
    expect(made.message.endsWith("(inferred from the label)")).toBe(true);
  });

  it("can be turned off like any other check", () => {
    expect(checkText(ED_ADULT, { severity: { "recognised-concept": "off" } }).diagnostics.some((d) => d.ruleId === "recognised-concept")).toBe(false);
  });
});
