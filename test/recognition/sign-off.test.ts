/**
 * Sign-off blocks (rules/recognition/sign-off.ts): a section headed for whoever completes the form,
 * or holding their signature, makes its bare name, signature and date theirs. Whole forms, linted
 * with inference on, as an auditor runs them: the practitioner's name, signature and completion
 * date (paragraph 1.30) must not be reported missing when the block asks them, and must be when
 * the block is someone else's.
 */
import { describe, expect, it } from "vitest";
import { isSignOffBlock, signOffSlot } from "../../rules/recognition/sign-off";
import { missingConceptsIn } from "../helpers";

const SIGNED = ["practitioner.name", "practitioner.signature", "completed.date"];

/** A health visitor's form (it needs the three and little else) with this last section. */
function formWith(section: string): string {
  return `form hv "Family health needs assessment" {
  service health-visiting
  audience family
  version "1.0"
  owner "Test"
  section family "Family" {
    field housing longtext { label "Home environment" }
  }
${section}
}
`;
}

function missingSignOff(section: string): string[] {
  return missingConceptsIn(formWith(section), { infer: true, uri: "/test/sign-off.form" }).filter((c) => SIGNED.includes(c)).sort();
}

describe("sign-off blocks, linted with inference on", () => {
  it.each([
    ["headed by a trade, holding a signature", `  section hv "HV" {\n    field hv_name text { label "Health visitor" }\n    field hv_sig signature { label "Signature" }\n    field hv_date date { label "Date" }\n  }`, []],
    ["\"Sign off\" with a name and grade, and a date and time", `  section so "Sign off" {\n    field n text { label "Clinician name & grade" }\n    field s signature { label "Signature" }\n    field d datetime { label "Date / time" }\n  }`, []],
    ["\"Entry made by\", a bare name", `  section e "Entry made by" {\n    field n text { label "Name" }\n    field s signature { label "Signature" }\n    field d date { label "Date" }\n  }`, []],
    ["\"Report author\", with no signature", `  section a "Report author" {\n    field n text { label "Name" }\n    field r text { label "Role / base" }\n    field d date { label "Date report written" }\n  }`, ["practitioner.signature"]],
    ["headed by the profession, an examining doctor", `  section p "Paediatrician" {\n    field doc text { label "Examining doctor" }\n    field gmc text { label "GMC no." }\n    field s signature { label "Signature" }\n    field d date { label "Date signed" }\n  }`, []],
    ["the midwife's and the woman's signatures side by side", `  section pa "Plan agreed" {\n    field mw text { label "Midwife name" }\n    field mws signature { label "Midwife signature" }\n    field ws signature { label "Woman's signature" }\n    field d date { label "Date plan agreed" }\n  }`, []],
    // Someone else's block: the parent signs consent, and its name and date are theirs.
    ["a parent's consent", `  section c "Consent" {\n    field n text { label "Name" }\n    field s signature { label "Parent/carer signature" }\n    field d date { label "Date" }\n  }`, SIGNED],
    ["only the woman's signature", `  section w "Your agreement" {\n    field ws signature { label "Woman's signature" }\n  }`, SIGNED],
    // Round 40: under a heading for another signer, a bare signature, name and date are that signer's.
    ["consent to examination, signed barely", `  section c "Consent to examination" {\n    field a yesno { label "I agree to be examined" }\n    field s signature { label "Signature" }\n    field d date { label "Date" }\n  }`, SIGNED],
    ["a witness's block", `  section w "Witness" {\n    field n person { label "Name" }\n    field d date { label "Date" }\n  }`, SIGNED],
    // … and one that names the completer is still theirs, wherever it stands.
    ["consent, with the clinician's own signature", `  section c "Consent" {\n    field a yesno { label "Consent given" }\n    field n text { label "Clinician name" }\n    field s signature { label "Clinician signature" }\n    field d date { label "Date" }\n  }`, []],
    // A heading naming the child is not another signer's: a one-section review ends with its author's signature.
    ["a child's review ending with a bare signature", `  section r "Child health review" {\n    field n text { label "Name" }\n    field s signature { label "Signature" }\n    field d date { label "Date" }\n  }`, []],
    // A date naming another event is not the date the form was completed.
    ["a next review date beside the signature", `  section so "Sign off" {\n    field n text { label "Name" }\n    field s signature { label "Signature" }\n    field d date { label "Date of next review" }\n  }`, ["completed.date"]],
    // A contact number is not a name, whatever block it is in.
    ["a contact number and no name", `  section so "Completed by" {\n    field t text { label "Contact number" }\n    field s signature { label "Signature" }\n    field d date { label "Date" }\n  }`, ["practitioner.name"]],
  ])("%s", (_, section, missing) => {
    expect(missingSignOff(section as string)).toEqual([...(missing as string[])].sort());
  });
});

describe("which slot of a sign-off block a field is", () => {
  it.each([
    ["Name", "text", "name"],
    ["Print name", "text", "name"],
    ["Name and role", "text", "name"],
    ["Seen by (name)", "text", "name"],
    ["School nurse", "text", "name"],
    ["Booking midwife", "person", "name"],
    ["Signature", "signature", "signature"],
    ["HV signature", "signature", "signature"],
    ["Date", "date", "date"],
    ["Date sent", "date", "date"],
    ["Date of referral", "date", "date"],
    ["Your full name, role and service", "text", "name"],
    ["Date / time", "datetime", "date"],
    ["Woman's signature", "signature", undefined],
    ["Witness signature", "signature", undefined],
    ["Supervisor", "text", undefined],
    ["Parent's name", "text", undefined],
    ["Date of next review", "date", undefined],
    ["Contact number", "text", undefined],
    ["GMC no.", "text", undefined],
    ["Name", "yesno", undefined],
    // Round 13 (set I's sign-off blocks): the part of the form completed, and the session recorded.
    ["Name of the midwife completing this section", "text", "name"],
    ["Name of the practitioner recording this session", "text", "name"],
    ["Date this section was completed or last updated", "date", "date"],
    // Whoever referred is someone else, except on a referral (below).
    ["Signature of referrer", "signature", undefined],
  ])("%s (%s) → %s", (label, type, slot) => {
    expect(signOffSlot(label as string, type as string)).toBe(slot);
  });

  it.each([
    ["Signature of referrer", "signature", "signature"],
    ["Referrer's signature", "signature", "signature"],
    ["Date of referral", "date", "date"],
    ["Your full name, role and service", "text", "name"],
    ["Parent's signature", "signature", undefined],
  ])("on a referral, %s (%s) → %s: the referrer is whoever completes it", (label, type, slot) => {
    expect(signOffSlot(label as string, type as string, true)).toBe(slot);
  });

  it.each([
    ["Sign off", [], true],
    ["Completed with me by", [], true],
    ["Report author", [], true],
    ["HV", [{ label: "Signature", type: "signature" }], true],
    ["Consent", [{ label: "Parent signature", type: "signature" }], false],
    ["Your agreement", [{ label: "Woman's signature", type: "signature" }], false],
    ["Family", [{ label: "Housing", type: "text" }], false],
    // A person's field naming only a trade beside a bare date: the author says who they are and when.
    ["Discharge", [{ label: "Disposal", type: "choice" }, { label: "Clinician", type: "person" }, { label: "Date and time", type: "datetime" }], true],
    ["From", [{ label: "Clinician", type: "person" }, { label: "Grade or role", type: "text" }, { label: "Date", type: "date" }], true],
    // Not someone else's person, nor a date of something else, nor a trade typed as text alone.
    ["Children's social care", [{ label: "Social worker", type: "person" }, { label: "Date", type: "date" }], false],
    ["Discharge", [{ label: "Clinician", type: "person" }, { label: "Date of next review", type: "date" }], false],
    ["Discharge", [{ label: "Clinician", type: "text" }, { label: "Date", type: "date" }], false],
    // Round 36: a letter's sender and a trade's own sign-off, and a text field naming the one completing it.
    ["Sent by", [], true],
    ["Nurse sign-off", [], true],
    ["Manager sign-off", [], false],
    ["Clinician", [{ label: "Name and grade of clinician completing", type: "text" }, { label: "Date / time", type: "datetime" }], true],
    ["Clinician", [{ label: "Name and grade of clinician", type: "text" }, { label: "Date / time", type: "datetime" }], false],
    ["Completion", [], true],
    ["About you", [{ label: "Your name (the person making this referral)", type: "text" }, { label: "Date of referral", type: "date" }], true],
    ["About you", [{ label: "Your name", type: "text" }, { label: "Date of birth", type: "date" }], false],
  ])("section %s, holding %j: a sign-off block %s", (title, fields, block) => {
    expect(isSignOffBlock(title as string, fields as Array<{ label: string; type: string }>)).toBe(block);
  });
});
