/**
 * Round 18 (issue 16, 6 December 2026): wording found by linting set W of the forms written by
 * others (test/fixtures/written-forms/tune/: an urgent treatment centre's triage scripts, clipped and
 * abbreviated; and a community service's old paper forms typed up in capitals) with inference on.
 * Each row was reported missing, or read as another concept, before; the look-alikes beside them
 * keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { wordedAsFollowUp } from "../../rules/recognition/condition-followups";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { workspaceWithPacks } from "../helpers";

describe("round 18 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // Clinical notes' shorthand (abbreviations.ts): discussed with, on examination.
    ["D/W SG lead / named nurse? Y/N", "safeguarding.advice-sought"],
    ["Home conditions O/E (space, hygiene, safe sleep, hazards, smoking in home)", "home.environment"],
    ["Consent for O/E + Rx given by", "consent.examination"],
    // "pt", or the patient without its article, is whom the question is put about (normalise.ts ASKED).
    ["Does pt look after, or live with, any children under 18? Y/N", "caring-responsibilities"],
    // Whoever completes the health assessment the form records completes the form (plain-verbs.ts).
    ["Name of paediatrician completing IHA .....................", "practitioner.name"],
    ["Doctor completing RHA", "practitioner.name"],
    // An appointment with the midwife only is one where she is seen alone (readings.ts).
    ["Woman told at least one appt (or part) will be with MW only, without partner/family? Y/N", "seen-alone.planned"],
    ["Will at least one appointment be with the midwife only?", "seen-alone.planned"],
    // A script's "Clinician to confirm:" only says who answers (normalise.ts).
    ["Clinician to confirm: anything affecting parents' ability to care for the child (MH, drugs/alcohol, LD, DA/DV)?", "parenting-capacity.impact"],
    // The two years before 18 are under 18, on a form from 16 up (readings.ts readAgeSigns).
    ["Pt aged 16-17? Y/N (if Y: treat as a child, complete paed SG Qs)", "child.is-under-18"],
    ["Is the patient aged 16 to 17?", "child.is-under-18"],
    // Participating in a conference is contributing to it (plain-verbs.ts) ...
    ["Participation in child protection conferences", "cp-conference.contribution"],
    ["Did the GP participate in the conference?", "cp-conference.contribution"],
    // Brought in by someone is accompanied by them (accompanying.ts).
    ["Child brought in by - full name (not 'mum' / 'dad')", "accompanying-adult.name"],
    // The look-alikes: contact with a midwife is not an appointment seen alone, an ambulance is not a
    // person, the shorthand alone asks nothing, and a date range is not an age.
    ["Contact with midwife only", null],
    ["Midwife-led care only", null],
    ["Was the child brought in by ambulance?", null],
    ["O/E", null],
    ["D/W", null],
    ["Date 16-17 March", null],
    // ... and taking part in anything else is not (the packs' phrases pass through the same readings).
    ["Did the young person take part in drugs education?", null],
  ]);

  it("reads a bare relationship after 'Child brought in by' as the accompanying adult's", () => {
    const siblings = ["Child brought in by - full name (not 'mum' / 'dad')"];
    expect(pack.recognise({ label: "Their relationship to child", siblings })?.concept).toBe("accompanying-adult.relationship");
    expect(pack.recognise({ label: "Relationship to child", siblings: ["Child brought in by"] })?.concept).toBe("accompanying-adult.relationship");
  });

  it("does not read help that only says when to update the answer: the options say what is asked", () => {
    const options = ["Child protection plan (at risk register)", "Child in need", "Looked after child", "Previously on CP plan", "None"];
    const r = pack.recognise({ label: "CURRENT STATUS (tick one)", help: "Update whenever conference minutes or a CIN review outcome are received.", options });
    expect(r?.concept).toBe("child.protection-status");
    expect(r?.source).toBe("options");
    // Help that says what to record is still read with a short label.
    expect(pack.recognise({ label: "Outcome", help: "Outcome of the most recent child in need meeting" })?.concept).toBe("cin-meeting.outcome");
  });

  it.each([
    ["Action when child left: phone call, HV/SN informed, welfare check requested", true],
    ["Actions", true],
    ["Action taken", true],
    ["Active treatment started?", false],
  ])("%j is worded as a follow-up of the answer before it: %s", (label, followUp) => {
    expect(wordedAsFollowUp(label as string)).toBe(followUp);
  });
});
