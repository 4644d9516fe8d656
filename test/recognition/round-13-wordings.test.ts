/**
 * Round 13 (issue 16, 5 December 2026): wording found by linting set I of the forms written by
 * others (test/fixtures/written-forms/tune/: a community trust's record, and checklists with
 * structured handover) and the tuning part's remaining false alarms, with inference on. Each row was
 * reported missing, or read as another concept, before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("round 13 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // After a dash, what to write about each child (normalise.ts RECORD_LIST): its placement, whom they live with.
    ["Children looked after by the local authority - names, ages and placement", "children.in-care"],
    ["Children living with relatives or friends - names, ages and who they live with", "children.with-relatives"],
    // After a colon, a list of two or more after a head of three words or more (normalise.ts withoutRecordList) ...
    ["Children looked after by the local authority: names, ages and placement (write 'None' if none)", "children.in-care"],
    ["Children living at home with the client: names, dates of birth, and school or nursery", "children.in-household"],
    // ... a short head is a heading over the details asked (round 12's row) ...
    ["Other children: names, dates of birth and where they live", "children.details"],
    // ... and one word after a colon is what is asked.
    ["Person accompanying child: name", "accompanying-adult.name"],
    // Asked in the child's words, however the form says so (own-words.ts).
    ["What did the child or young person tell you about their health and how they feel? Use their own words.", "voice-of-child"],
    // Signs of Safety's columns: what needs to happen is what must change; complicating factors are neither.
    ["What needs to happen?", "conference.needs-to-change"],
    ["Safety goals", "conference.needs-to-change"],
    ["What must change for the child to be safe and well?", "conference.needs-to-change"],
    ["Complicating factors", null],
    // Plain words for a plan's outcome, its reviewers, and the clinician's decision.
    ["What will be different for the child when this is done?", "plan.action-outcome"],
    ["Who will check how this plan is going before your next health assessment?", "plan.review-team"],
    ["What have you decided to do to keep this child safe?", "safeguarding.action-decision"],
    ["Has the woman been offered the specialist midwives' service for young parents?", "teenage-pregnancy.referral"],
    // "Is there anything to suggest …?" asks what follows (normalise.ts QUESTION_STEMS).
    ["Is there anything to suggest the young person is being groomed or exploited, sexually or criminally?", "exploitation.risk"],
    // Telling the patient the attendance will be shared, not sending it.
    ["Pt / parent advised that details of today's attendance will be sent to the GP and HV / school nurse", "information-sharing.notice"],
    ["Details of attendance sent to GP", null],
    // When an answer holds is not a date asked (readings.ts readOnTheDate).
    ["Is the young person under 18 on the date this summary is given?", "child.is-under-18"],
  ]);

  it("a heading's own words asking in the young person's words keep working ('in my own words')", () => {
    expect(pack.recognise({ label: "What I want professionals to know about my health (in my own words)", subject: "child" })?.concept).toBe("voice-of-child");
  });
});
