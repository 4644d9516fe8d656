/**
 * How forms say that someone went to a service. "How many times has the child been to the
 * emergency department in the past year?" asks how many times the child visited it: having
 * been to a place is having visited it. An emergency room (American) is the emergency department,
 * as "ED" and "A&E" already are (abbreviations.ts).
 *
 * And "in the last year" is a time frame, as "in the past year" is: its "last" is not the "last"
 * of "last attended ED" (the most recent attendance), so a count of attendances "in the last
 * year" is not read as the date of the last one. A template's placeholder for the number ("in the
 * last {{years}} years", read as "they", normalise.ts) is a number all the same.
 *
 * Being seen in a department or unit is visiting it: "How many times has the child been seen in the
 * department in the last year?", "seen at A&E". Only a place that is a service (a department, unit,
 * ED, A&E, walk-in centre, urgent care): "seen alone", "seen by the nurse", "seen in clinic today"
 * keep their words.
 *
 * Leaving before treatment: "left before being seen", "leave before being seen" and "left the
 * department without treatment" are one departure ("left" alone stays: a left arm is not a
 * departure).
 */
const BEEN_TO = /\bbeen\s+to\s+(?=(?:the|a|an|any|your|their|his|her)\b)/g;
const EMERGENCY_ROOM = /\bemergency\s+rooms?\b/g;
const SEEN_IN_A_SERVICE = /\b(?:been\s+)?seen\s+(?:in|at)\s+(?=(?:the\s+|this\s+|an?\s+|any\s+)?(?:(?:emergency|children(?:'s)?|paediatric|pediatric)\s+)?(?:department|a&e|ed|emergency\s+department|minor\s+injur(?:y|ies)\s+unit|miu|urgent\s+care|walk-in\s+centre|unit)\b)/g;
const LEFT_BEFORE = /\bleft\s+(?:(?:the\s+)?(?:department|a&e|ed|emergency\s+department|minor\s+injur(?:y|ies)\s+unit|miu|unit|urgent\s+care|walk-in\s+centre|hospital)\s+)?(?=(?:before|without|prior)\b)/g;
const LAST_AS_FRAME = /\b(in|within|during|over)\s+(?:the\s+)?last\s+(?=(?:they\s+)?(?:\d+|few|one|two|three|four|six|twelve|year|years|month|months|week|weeks|day|days)\b)/g;

/** `text` (lower case) with "been to" or "seen in" a service read as "visited", "emergency room" as the emergency department, "in the last N" as "in the past N", "left before" as "leave before". */
export function readVisits(text: string): string {
  let out = text;
  if (out.includes("been to")) out = out.replace(BEEN_TO, "visited ");
  if (out.includes("emergency room")) out = out.replace(EMERGENCY_ROOM, "emergency department");
  if (out.includes("last ")) out = out.replace(LAST_AS_FRAME, "$1 the past ");
  if (out.includes("left ")) out = out.replace(LEFT_BEFORE, "leave ");
  if (out.includes("seen ")) out = out.replace(SEEN_IN_A_SERVICE, "visited ");
  return out;
}
