/**
 * Round 23 (issue 16, 6 December 2026): wording found by linting set AG of the forms written by
 * others (test/fixtures/written-forms/tune/: audit checklists of attested statements, and records
 * organised by contact as the Personal Child Health Record is) with inference on. Each row was
 * reported missing, or hid a gap, before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { workspaceWithPacks } from "../helpers";

describe("round 23 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // An audit checklist's attestation only says it was done (normalise.ts).
    ["Confirmed with the patient whether they look after, or live with, any children under 18", "caring-responsibilities"],
    // Sending this notification is completing it (plain-verbs.ts).
    ["Name of the clinician sending this notification", "practitioner.name"],
    ["Adult mental health worker present", "attendees.adult-mental-health"],
    ["Confirmed where the child is being educated", "education.status"],
    // The look-alikes: a service named only as where a referral goes is not the service attending or
    // involved (recogniser.ts); the service named alone still is.
    ["Referral to drug and alcohol service agreed", null],
    ["Referral to CAMHS", null],
    ["Drug and alcohol service", "attendees.substance-misuse"],
  ]);

  it("does not read what a young person told us that raises a concern as their own voice", () => {
    expect(pack.recognise({ label: "Disclosure - anything the YP has told us that raises a safeguarding concern" })?.concept).not.toBe("voice-of-child");
  });
});
