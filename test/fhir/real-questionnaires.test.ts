/**
 * Real public Questionnaires (test/fixtures/fhir/real/SOURCES.md) linted as an auditor would,
 * with `--infer`: what formguard says about each is what a safeguarding nurse would say.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDocument } from "../../language/format/index";
import { buildOnce, run, tempDir } from "../cli/cli-harness";

const fixture = (name: string) => path.resolve(__dirname, "../fixtures/fhir/real", name);

interface Message {
  ruleId: string;
  level: string;
  message: string;
  line: number;
  concept?: string;
  source?: string;
  refined?: string;
  evidence?: string[];
}
function lint(args: string[]) {
  const r = run(["lint", "--format", "json", ...args]);
  const files = JSON.parse(r.stdout) as Array<{ messages: Message[] }>;
  return { status: r.status, messages: files[0].messages };
}
const missing = (messages: Message[], concept: string) => messages.filter((m) => m.message.startsWith("Missing prompt") && m.message.includes(`(${concept})`));

beforeAll(() => buildOnce());

describe("WHO EmCare paediatric emergency registration", () => {
  const args = [fixture("who-emcare-registration-e.json"), "--service", "emergency-department", "--audience", "child", "--infer"];

  it("is not told the accompanying person's name or relationship are missing: it asks them as first name, last name and relationship to the client", () => {
    const { messages } = lint(args);
    expect(missing(messages, "accompanying-adult.name")).toEqual([]);
    expect(missing(messages, "accompanying-adult.relationship")).toEqual([]);
    const recognised = messages.filter((m) => m.ruleId === "recognised-concept").map((m) => [m.message.match(/^Item `([^`]+)`/)![1], m.concept]);
    expect(recognised).toEqual([
      // "Participant type Person accompanying child": what kind of person they are to the child, their relationship (round 17).
      ["EmCare.A.DE45", "accompanying-adult.relationship"],
      ["EmCare.A.DE40", "accompanying-adult.name"],
      ["EmCare.A.DE41", "accompanying-adult.name"],
      ["EmCare.A.DE43", "accompanying-adult.relationship"],
    ]);
  });

  it("still says what is really wrong: the name and relationship are asked only when FHIRPath expressions hold", () => {
    const { messages } = lint(args);
    const found = messages.filter((m) => m.ruleId === "cqc-dorset-2015/ed-accompanying-adult").map((m) => m.message);
    // The first name is shown only when the relationship's answer is coded "no" (enableWhenExpression):
    // not asked every time, so not met however the form marks it.
    expect(found.some((m) => m.includes("`EmCare.A.DE40` covers accompanying-adult.name only when expression \"%resource.repeat(item).where(linkId='EmCare.A.DE45').answer.first().value.code='no'\"") && m.includes("covered only conditionally") && m.endsWith("(inferred from the label)"))).toBe(true);
    // …and the last name, behind the same expressions, is not said to count towards the rule.
    const lastName = messages.find((m) => m.ruleId === "recognised-concept" && m.message.includes("`EmCare.A.DE41`"))!;
    expect(lastName.message).not.toContain("counts towards");
    // In a Questionnaire's terms: items, not fields.
    expect(lastName.message.startsWith("Item `EmCare.A.DE41` appears to cover `accompanying-adult.name`")).toBe(true);
    expect(messages.filter((m) => m.line > 1 && /^Field `/.test(m.message))).toEqual([]);
  });

  it("gives no missing-label to items the form hides on purpose (calculated timestamps, pre-filled visit date)", () => {
    const { messages } = lint(args);
    expect(messages.filter((m) => m.ruleId === "missing-label")).toEqual([]);
  });
});

describe("WHO EmCare assessments and tests (a lone check-box, a display item saying \"required\": false)", () => {
  const file = fixture("who-emcare-b22-assessments-tests.json");

  it("labels a check-box with no text by its only answer, the words the form shows, so it gets no missing-label", () => {
    const { messages } = lint([file]);
    expect(messages.filter((m) => m.ruleId === "missing-label")).toEqual([]);
    const imported = run(["import", file]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain('    // no text: labelled by its only answer option, the words the form shows beside it\n    field ccc_b22_de02 multichoice when expression "%resource.repeat(item).where(linkId=\'a-RespiratoryRate\').answer.first().value = true" and expression "');
    expect(imported.stdout).toContain('.answer.first().value = false" {\n      label "Unable to perform Respiratory Rate at this time"');
  });

  it("a lone check-box labelled with one word (\"Yes\") still asks no question: missing-label", () => {
    const q = { resourceType: "Questionnaire", status: "draft", item: [{ linkId: "box", type: "choice", answerOption: [{ valueCoding: { code: "y", display: "Yes" } }] }] };
    const dir = tempDir({ "q.json": JSON.stringify(q, null, 2) });
    expect(lint([path.join(dir, "q.json")]).messages.filter((m) => m.ruleId === "missing-label")).toHaveLength(1);
  });

  it("says why \"required\": false on a display item still breaks que-6", () => {
    const { messages } = lint([file]);
    expect(messages.filter((m) => m.ruleId === "fhir-que-6").map((m) => m.message)).toEqual([
      'Display item `notesttodo` has "required": false: a display item may not state required or repeats at all, not even as false (que-6). Remove "required".',
    ]);
  });
});

describe("AEHRC 715 health check, Social History Child module (assemble-child)", () => {
  it("treats enableWhen on the age item of the module it is assembled with as an assumption, said once per item, not as errors", () => {
    const { status, messages } = lint([fixture("aehrc-715-social-history-child-2022.json")]);
    expect(status).toBe(0);
    expect(messages.filter((m) => m.ruleId === "fhir-enablewhen-unknown-item")).toEqual([]);
    const outside = messages.filter((m) => m.ruleId === "fhir-enablewhen-outside-module");
    expect(outside.map((m) => m.level)).toEqual(["info", "info"]);
    for (const m of outside) {
      expect(m.message).toContain("`e2a16e4d-2765-4b61-b286-82cfc6356b30`");
      expect(m.message).toContain("assumes it is an item of the Questionnaire it is assembled into");
      expect(m.message).toContain("counts as asked only sometimes, never as always asked");
    }
  });

  it("keeps that condition, as FHIRPath, so the module's items are conditional (not always asked)", () => {
    const imported = run(["import", fixture("aehrc-715-social-history-child-2022.json")]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toContain(`field q_1bb673a4-40f9-41c3-ad04-66c9f38fdc1b longtext when expression "%resource.repeat(item).where(linkId='e2a16e4d-2765-4b61-b286-82cfc6356b30').answer.value <= 12" {`);
  });
});

describe("Android FHIR SDK catalog: questions whose words are only in a fly-over", () => {
  it("says the item has no text but a fly-over, quoting it, and how to mend the Questionnaire", () => {
    const { messages } = lint([fixture("android-fhir-catalog-layout-default-excerpt.json")]);
    expect(messages.filter((m) => m.ruleId === "missing-label").map((m) => [m.line, m.message])).toEqual(
      [
        [11, "2", "First Name"],
        [38, "3", "Family Name"],
      ].map(([line, linkId, words]) => [
        line,
        `Item \`${linkId}\` has no text, only a fly-over or help text ("${words}"), which a form shows as a hint or tooltip rather than as the question: if it is the question, make it the item's text; otherwise give the item text in words the person completing the form will understand.`,
      ]),
    );
  });

  it("does not call a page that shows only text empty (its group holds a display item and no question)", () => {
    const { messages } = lint([fixture("android-fhir-sampledata-layout-paginated.json")]);
    expect(messages.filter((m) => m.ruleId === "empty-section")).toEqual([]);
    const imported = run(["import", fixture("android-fhir-sampledata-layout-paginated.json")]);
    expect(imported.stdout).toContain('  section q_1 {\n    // note: Personal information\n  }');
  });

  it("still calls a group empty when it shows nothing at all (a display item with no text)", () => {
    const q = { resourceType: "Questionnaire", status: "draft", item: [{ linkId: "page", type: "group", item: [{ linkId: "blank", type: "display" }] }, { linkId: "q1", text: "Name", type: "string" }] };
    const dir = tempDir({ "q.json": JSON.stringify(q, null, 2) });
    expect(lint([path.join(dir, "q.json")]).messages.filter((m) => m.ruleId === "empty-section").map((m) => m.message)).toEqual(["Section `page` is empty: add its fields or remove it."]);
  });

  it("says an item with neither text nor fly-over shows no question, in a Questionnaire's terms", () => {
    const q = { resourceType: "Questionnaire", status: "draft", item: [{ linkId: "q1", type: "string" }] };
    const dir = tempDir({ "q.json": JSON.stringify(q, null, 2) });
    expect(lint([path.join(dir, "q.json")]).messages.filter((m) => m.ruleId === "missing-label").map((m) => m.message)).toEqual([
      "Item `q1` has no text, so the form shows no question for it: give the item text in words the person completing the form will understand.",
    ]);
  });
});

describe("AEHRC 715 health check, assembled: tabs waiting for an age filled in from the record, and status badges", () => {
  const AGE = "e2a16e4d-2765-4b61-b286-82cfc6356b30";
  const laterItem = (messages: Message[]) => messages.filter((m) => m.ruleId === "fhir-enablewhen-later-item");

  it("does not tell the consent tabs to move below the age they wait for: the age is pre-populated, there before anyone reaches them", () => {
    const { status, messages } = lint([fixture("aehrc-715-test-assembled-consent.json")]);
    expect(status).toBe(0);
    expect(laterItem(messages)).toEqual([]);
  });

  it("still warns when the same age must be typed in where it sits (its initialExpression taken out)", () => {
    const q = JSON.parse(fs.readFileSync(fixture("aehrc-715-test-assembled-consent.json"), "utf8"));
    const details = q.item[0].item.find((i: { text: string }) => i.text === "Patient Details");
    const age = details.item.find((i: { linkId: string }) => i.linkId === AGE);
    age.extension = age.extension.filter((e: { url: string }) => !e.url.endsWith("sdc-questionnaire-initialExpression"));
    const dir = tempDir({ "typed-age.json": JSON.stringify(q, null, 2) });
    const found = laterItem(lint([path.join(dir, "typed-age.json")]).messages);
    // The two tabs before Patient Details and the five items of theirs with an enableWhen of their own.
    expect(found).toHaveLength(7);
    for (const m of found) {
      expect(m.level).toBe("warning");
      expect(m.message).toContain(`is enabled by \`${AGE}\`, which comes after it: people fill forms in order`);
    }
  });

  it("says of a tab's \"In progress\" and \"Complete\" badges, shown by the tick-box at the tab's foot, only that text above may go unseen", () => {
    const { status, messages } = lint([fixture("aehrc-715-assembled-0.1.0-substance-use.json")]);
    expect(status).toBe(0);
    expect(laterItem(messages).map((m) => [m.level, m.message])).toEqual(
      ["CD-in-progress-29", "CD-complete-29"].map((id) => [
        "info",
        `Display item \`${id}\` is shown by \`MarkComplete-29\`, which comes after it: nothing is asked here, so no question is skipped, but text that appears above where someone is filling in can go unseen. If they must read it at that point, move it after \`MarkComplete-29\`.`,
      ]),
    );
  });
});

describe("PRAPARE's intimate partner violence question (HARK, LOINC 76501-6)", () => {
  it("on a later-pregnancy care plan counts as the repeat domestic abuse enquiry", () => {
    const { messages } = lint([fixture("firejuun-prapare-optional-questions.json"), "--service", "antenatal-care-plan", "--audience", "pregnant-woman", "--infer"]);
    expect(missing(messages, "domestic-abuse.reassessment")).toEqual([]);
    expect(messages.some((m) => m.ruleId === "cqc-dorset-2015/mat-domestic-abuse-reassessment")).toBe(false);
    const r = messages.find((m) => m.ruleId === "recognised-concept")!;
    expect(r).toMatchObject({ concept: "domestic-abuse.reassessment", refined: "domestic-abuse.enquiry", source: "code", evidence: ["http://loinc.org|76501-6"] });
    expect(r.message).toContain("asked as `domestic-abuse.enquiry`, which this kind of form needs as `domestic-abuse.reassessment`");
  });

  it("at booking is the routine enquiry itself", () => {
    const { messages } = lint([fixture("firejuun-prapare-optional-questions.json"), "--service", "maternity-booking", "--audience", "pregnant-woman", "--infer"]);
    expect(missing(messages, "domestic-abuse.enquiry")).toEqual([]);
    expect(messages.find((m) => m.ruleId === "recognised-concept")).toMatchObject({ concept: "domestic-abuse.enquiry" });
  });
});

describe("a folder of real Questionnaires of several kinds, linted in one go", () => {
  it("takes each one's kind from the config's questionnaires mapping, so each is checked against its own requirements", () => {
    const dir = tempDir({
      "emcare/registration.json": fs.readFileSync(fixture("who-emcare-registration-e.json"), "utf8"),
      "maternity/prapare.json": fs.readFileSync(fixture("firejuun-prapare-optional-questions.json"), "utf8"),
      "formguard.config.json": JSON.stringify({
        infer: true,
        questionnaires: [
          { files: "emcare/*.json", service: "emergency-department", audience: ["child"] },
          { files: "maternity/*.json", service: "antenatal-care-plan", audience: ["pregnant-woman"] },
        ],
      }),
    });
    const r = run(["lint", "--format", "json", dir]);
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Message[] }>;
    const of = (name: string) => files.find((f) => f.filePath.endsWith(name))!.messages;
    expect(of("registration.json").some((m) => m.ruleId === "cqc-dorset-2015/ed-accompanying-adult")).toBe(true);
    expect(missing(of("registration.json"), "accompanying-adult.name")).toEqual([]);
    expect(of("registration.json").some((m) => m.ruleId.startsWith("cqc-dorset-2015/mat-"))).toBe(false);
    expect(missing(of("prapare.json"), "domestic-abuse.reassessment")).toEqual([]);
    expect(of("prapare.json").some((m) => m.ruleId === "cqc-dorset-2015/mat-seen-alone")).toBe(true);
    expect(of("prapare.json").some((m) => m.ruleId.startsWith("cqc-dorset-2015/ed-"))).toBe(false);
  });
});

describe("every real Questionnaire, imported", () => {
  const files = fs.readdirSync(path.resolve(__dirname, "../fixtures/fhir/real")).filter((f) => f.endsWith(".json"));
  it.each(files)("%s is written in the canonical style, so it passes `formguard fmt --check` as imported", (name) => {
    const r = run(["import", fixture(name)]);
    expect(r.status).toBe(0);
    expect(formatDocument(r.stdout)).toEqual({ ok: true, text: r.stdout });
  });
});
