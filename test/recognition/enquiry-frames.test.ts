/**
 * Asking someone about a thing is an enquiry about it (rules/recognition/enquiry-frames.ts).
 */
import { describe, expect, it } from "vitest";
import { readEnquiry } from "../../rules/recognition/enquiry-frames";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("asked about is an enquiry", () => {
  it.each([
    ["has the woman been asked about domestic abuse at booking?", "has the woman been enquiry about domestic abuse at booking?"],
    ["was she asked about domestic violence?", "was she enquiry about domestic violence?"],
    ["asked the mother about smoking", "enquiry about smoking"],
    // Not asking about something.
    ["asked to leave", "asked to leave"],
    ["asked for help", "asked for help"],
    ["ask the child what happened", "ask the child what happened"],
  ])("%j reads as %j", (text, read) => {
    expect(readEnquiry(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Has the woman been asked about domestic abuse at booking?", "domestic-abuse.enquiry"],
    ["Was she asked about domestic violence?", "domestic-abuse.enquiry"],
    ["Asked to leave", null],
  ], "(the shipped pack)");
});
