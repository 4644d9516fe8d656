/**
 * Round 35 (docs/recognition.md, "Round 35"): wordings written for the round, not taken from any
 * labelled set, each read as nothing before it. Kids and adolescents are children, in the plural only.
 */
import { describeShippedReadings } from "./reads-labels";

describeShippedReadings("round 35: kids and adolescents are children", [
  ["How many kids do you have?", "children.count"],
  ["How many adolescents live in the home?", "children.count"],
  // The singular keeps its word: an adolescent service is not a count of children.
  ["Adolescent health clinic", null],
]);

describeShippedReadings("round 35: the hidden child's childcare, and the chance to speak alone", [
  ["Do you have childcare responsibilities?", "caring-responsibilities"],
  ["Has she been given the opportunity to speak to a midwife on her own?", "seen-alone.planned"],
]);
