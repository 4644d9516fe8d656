/**
 * A child's injury asked about at length (rules/recognition/injury-topics.ts): whether the account
 * fits it, a delay in coming for help, and how it happened, each a last reading; and a leading list
 * of question words read as one question (normalise.ts). The rows were written for round 35, not
 * taken from any labelled set; each was recognised as nothing before it.
 */
import { describe } from "vitest";
import { accountFitsInjury, delayInComingForHelp, howInjuryHappened } from "../../rules/recognition/injury-topics";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itLeavesEachLabel, itReadsEachLabel } from "./reads-labels";

describe("a child's injury, asked at length (round 35)", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Does what the parents told you about how it happened match the bruising you saw, and the baby's age?", "injury.explanation-consistent"],
    ["In your view is the story given by the carer and by the child plausible for an injury of this kind?", "injury.explanation-consistent"],
    ["Was there any unexplained gap or delay between the scald happening and the child being brought to hospital for treatment?", "injury.delay-in-presentation"],
    ["Write down how, and where, the fracture was sustained and who saw it", "injury.circumstances"],
    ["How, when and in what circumstances were the injuries caused, and who was there?", "injury.circumstances"],
  ]);
  itLeavesEachLabel(accountFitsInjury, [
    // Fitting, without an injury: a medicines history, a story consistent with a child's age.
    "Is the medication history consistent with the GP record?",
  ], "is not read as the account fitting an injury");
  itLeavesEachLabel(delayInComingForHelp, [
    // Delays of other kinds.
    "Any developmental delay noted at the last review, or delay in seeking help with speech?",
    "Was there a delay in the ambulance bringing the child to the department?",
    "Was discharge delayed while waiting for treatment?",
  ], "is not read as a delay in coming for help");
  itLeavesEachLabel(howInjuryHappened, [
    // Whether the account fits, or a delay, is asked before how it happened.
    "Does the account of how the injury happened fit the injury seen?",
    "Was there a delay after the injury happened?",
  ], "is not read as how the injury happened");
});
