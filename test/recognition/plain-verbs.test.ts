/**
 * Plain verbs read as the packs' words for the same act (rules/recognition/plain-verbs.ts). Each
 * reading takes lower-case text, as the normaliser gives it.
 */
import { describe, expect, it } from "vitest";
import { readDiscussedWith, readFollowThemUp, readHasTo, readLookAgain, readMakingThisEntry, readNotComing, readRedo, readRelatedTo, readSaidTo, readTakePart, readWantingTo, readWhichOneWill } from "../../rules/recognition/plain-verbs";

const ROWS: ReadonlyArray<readonly [(text: string) => string, string, string]> = [
  [readDiscussedWith, "have you discussed this child with the safeguarding team", "have you discussed with the safeguarding team"],
  [readDiscussedWith, "discussed the plan at the meeting", "discussed the plan at the meeting"],
  [readLookAgain, "what would make you look again at the risk", "what would make you reassess the risk"],
  [readLookAgain, "the risk must be looked at again", "the risk must be reassessed"],
  [readFollowThemUp, "who will follow them up after i leave care", "who will follow up after i leave care"],
  [readFollowThemUp, "needs still open once you leave care", "needs still open after you leave care"],
  [readFollowThemUp, "once a week", "once a week"],
  [readFollowThemUp, "who will make sure those health needs are followed up", "who will follow up those health needs"],
  [readFollowThemUp, "who will carry on with any health needs", "who will follow up any health needs"],
  [readFollowThemUp, "make sure the child is safe", "make sure the child is safe"],
  [readWhichOneWill, "which team will check that these actions have been done", "who will check that these actions have been done"],
  [readWhichOneWill, "which professional will make sure", "who will make sure"],
  [readWhichOneWill, "which school will the child attend", "which school will the child attend"],
  [readWantingTo, "has your child ever talked about or shown signs of wanting to hurt themselves", "has your child ever hurt themselves"],
  [readWantingTo, "has the young person shown any signs of wanting to end their life", "has the young person end their life"],
  [readWantingTo, "has the child talked about wanting to live with their father", "has the child talked about wanting to live with their father"],
  [readRedo, "re-do this risk assessment before the review date if", "update this risk assessment before the review date if"],
  [readRedo, "repeat prescription", "repeat prescription"],
  [readRelatedTo, "specify how this adult is related to or knows the child", "specify this adult relationship to the child"],
  [readRelatedTo, "how is the person related to the child", "the person relationship to the child"],
  [readRelatedTo, "is the injury related to the fall", "is the injury related to the fall"],
  [readNotComing, "if the young person does not come to their appointment", "if the young person does not attend to their appointment"],
  [readNotComing, "does not come home at night", "does not come home at night"],
  [readMakingThisEntry, "name of person making this entry", "name of person completing this form"],
  [readMakingThisEntry, "name of the person completing this summary", "name of the person completing this form"],
  [readMakingThisEntry, "completing this course", "completing this course"],
  [readSaidTo, "what has the child said to the practice", "what has the child said"],
  [readSaidTo, "said to be living with her father", "said to be living with her father"],
  [readTakePart, "how did the practice take part", "how did the practice contribute"],
  [readHasTo, "what has to be different for the child", "what needs to be different for the child"],
  [readHasTo, "what has to happen", "what has to happen"],
];

describe("plain verbs", () => {
  it.each(ROWS.map(([reading, text, read]) => [reading.name, text, read, reading] as const))("%s: %j → %j", (_, text, read, reading) => {
    expect(reading(text)).toBe(read);
  });
});
