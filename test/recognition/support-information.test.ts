/**
 * What help there is and how to ask for it, asked in a care leaver's words
 * (rules/recognition/support-information.ts), read only where nothing else recognises the label.
 * The rows were written for round 36, not taken from any labelled set, except the quiz item (the
 * real-label set's tuning part).
 */
import { describe, expect, it } from "vitest";
import { supportInformation } from "../../rules/recognition/support-information";
import { itLeavesEachLabel, itReadsEachLabelShipped } from "./reads-labels";

describe("what help there is and how to ask for it (round 36)", () => {
  itReadsEachLabelShipped([
    // Each was recognised as nothing before this reading.
    ["What help can you get after you turn 18, and how do you ask for it?", "support.information"],
    ["Has the young person been told what support is available?", "support.information"],
    ["Where to get advice about money and housing", "support.information"],
    // A check of what someone knows.
    ["Tell me one place where HIV prevention support is available?", null],
  ]);
  it("names the help and how it is had", () => {
    expect(supportInformation("Has the young person been told what support is available?")).toEqual({ phrase: "information on support available", evidence: ["support", "available"], topic: "what help there is and how to ask for it" });
  });
  // A need, help given or wanted, and a page's heading of instructions (the audit labels' online support pages).
  itLeavesEachLabel(supportInformation, ["What help do you need that is available?", "Would you like help with your housing, if available?", "Help we gave today and where to get more", "How to get help"], "is not read as information on support");
});
