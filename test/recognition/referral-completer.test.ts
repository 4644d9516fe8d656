/**
 * On a referral, whoever completes the form is its referrer (rules/recognition/referral-completer.ts):
 * the "Referrer" section of a CAMHS or social-care referral is its sign-off, and the referrer's
 * name is the completer's name. On any other form a "Referred by" section is someone else's.
 */
import { describe, expect, it } from "vitest";
import { asksAName, isReferralForm, namesTheReferrer } from "../../rules/recognition/referral-completer";
import { checkText, formText, missingConceptsIn } from "../helpers";

describe("which forms are referrals, and which headings name the referrer", () => {
  it.each([
    [{ service: "camhs-referral" }, true],
    [{ service: "social-care-referral" }, true],
    [{ service: "minor-injury-unit", title: "Request for services: referral to children's social care" }, true],
    [{ service: "minor-injury-unit", title: "MIU attendance record" }, false],
    [{ service: "emergency-department" }, false],
  ])("%j → %s", (form, referral) => {
    const { service, title } = form as { service: string; title?: string };
    expect(isReferralForm({ service: { text: service } as never, title: title === undefined ? undefined : ({ value: title } as never) })).toBe(referral);
  });

  it.each([
    ["Referrer", true],
    ["Referrer details", true],
    ["Referrer's details", true],
    ["5. Referred by", true],
    ["Person making this referral", true],
    ["About you (the referrer)", true],
    ["Referring professional", true],
    ["Reason for referral", false],
    ["Referral history", false],
    ["Referrals made", false],
  ])("%s → %s", (title, names) => {
    expect(namesTheReferrer(title as string)).toBe(names);
  });

  it.each([
    ["Referrer name", "text", true],
    ["Name of referrer", "text", true],
    ["Referred by", "text", true],
    ["Referrer details", "longtext", true],
    ["Referrer's role", "text", false],
    ["Referring agency", "text", false],
    ["Referrer contact number", "text", false],
    ["Referrer", "person", true],
    ["Date of referral", "date", false],
  ])("%s (%s) asks a name: %s", (label, type, name) => {
    expect(asksAName(label as string, type as string)).toBe(name);
  });
});

describe("the referrer of a referral is whoever completes it", () => {
  const camhs = "service camhs-referral\n  audience child";
  const referrerSection = `  section r "Referrer" {\n    field ref_name text required { label "Referrer name" }\n    field ref_role text { label "Role" }\n    field ref_date date required { label "Date of referral" }\n  }`;

  it("a CAMHS referral's \"Referrer name\" and \"Date of referral\" are the completer's name and date", () => {
    const without = missingConceptsIn(formText(camhs, ""), { infer: true });
    expect(without).toEqual(expect.arrayContaining(["practitioner.name", "completed.date"]));
    const withReferrer = missingConceptsIn(formText(camhs, referrerSection), { infer: true });
    expect(withReferrer).not.toContain("practitioner.name");
    expect(withReferrer).not.toContain("completed.date");
    // The signature is still asked nowhere, and is still reported.
    expect(withReferrer).toContain("practitioner.signature");
  });

  it("says why, in the message and the JSON facts", () => {
    const d = checkText(formText(camhs, referrerSection), { infer: true }).diagnostics.find((x) => x.data?.kind === "recognised-concept" && x.data.field === "ref_name");
    expect(d?.data).toMatchObject({ concept: "practitioner.name", paired: "referrer.details" });
    expect(d?.message).toContain("on a referral, whoever completes the form is its referrer");
  });

  it("a social-care referral's \"Your name\" beside the signature is the referrer too, and counts for both", () => {
    const header = "service social-care-referral\n  audience child";
    const signed = `  section r "Referrer" {\n    field your_name text required { label "Your name" }\n    field sig signature required { label "Signature" }\n    field d date required { label "Date" }\n  }`;
    expect(missingConceptsIn(formText(header, ""), { infer: true })).toEqual(expect.arrayContaining(["referrer.details", "practitioner.name"]));
    const missing = missingConceptsIn(formText(header, signed), { infer: true });
    expect(missing).not.toContain("referrer.details");
    expect(missing).not.toContain("practitioner.name");
    const recognised = checkText(formText(header, signed), { infer: true }).diagnostics.filter((x) => x.data?.kind === "recognised-concept" && x.data.field === "your_name");
    expect(recognised.map((x) => x.data?.kind === "recognised-concept" && x.data.concept).sort()).toEqual(["practitioner.name", "referrer.details"]);
    // Each finding names only the rules its own concept meets.
    for (const r of recognised) {
      const meets = (r.data as { meets?: string[] }).meets ?? [];
      expect(meets.length).toBe(1);
    }
  });

  it("on an MIU record a \"Referred by\" section is who sent the patient: its date is not the form's", () => {
    const header = "service minor-injury-unit\n  audience child";
    const referredBy = `  section r "Referred by" {\n    field who text { label "Name" }\n    field when date { label "Date of referral" }\n  }`;
    const missing = missingConceptsIn(formText(header, referredBy), { infer: true });
    expect(missing).toContain("completed.date");
    expect(missing).toContain("practitioner.name");
  });

  it("a referral signed by the referrer is signed and dated by whoever completes it", () => {
    const header = "service social-care-referral\n  audience child";
    const signed = `  section s "Signed" {\n    field sig signature required { label "Signature of referrer" }\n    field d date required { label "Date of referral" }\n  }`;
    expect(missingConceptsIn(formText(header, ""), { infer: true })).toEqual(expect.arrayContaining(["practitioner.signature", "completed.date"]));
    const missing = missingConceptsIn(formText(header, signed), { infer: true });
    expect(missing).not.toContain("practitioner.signature");
    expect(missing).not.toContain("completed.date");
  });

  it("a referrer's role or contact number is not their name", () => {
    const roleOnly = `  section r "Referrer" {\n    field ref_role text { label "Referrer's role" }\n    field ref_tel text { label "Referrer contact number" }\n  }`;
    expect(missingConceptsIn(formText(camhs, roleOnly), { infer: true })).toContain("practitioner.name");
  });
});
