/**
 * A question that places what it asks somewhere outside the home — "at work", "at school", "at
 * college" — is about that place. "Has anyone insulted you at work?" is not the domestic abuse
 * enquiry that "has anyone insulted you" is, and "Do you feel safe at school?" is not "do you feel
 * safe at home". Such a prompt matches only a phrase that names the same place ("miss school",
 * "absent from school"), whatever else they share.
 */
import { stem } from "./normalise";

const AT_A_PLACE = /\bat\s+(?:your\s+|the\s+|his\s+|her\s+|their\s+|my\s+)?(work|workplace|job|school|college|university)\b/i;
/** Attending a school is a place too: "Have you attended any schools in the last 3 years?" is not an ED attendance. */
const ATTENDS_A_PLACE = /\battend(?:s|ed|ing)?\s+(?:any\s+|a\s+|the\s+|your\s+|their\s+)?(school|college|university|nursery)s?\b/i;

/** So is attendance named for one: "School attendance in the past 12 months" is not the ED count. */
const PLACE_ATTENDANCE = /\b(school|college|university|nursery)\s+attendances?\b/i;
/** And a class or grade named before "attended": "Specify class last attended" is a school's class, not the last ED attendance (round 38). ("School attended" asks which school, and keeps its words.) */
const PLACE_ATTENDED = /\b(class|grade)\s+(?:last\s+|previously\s+)?attended\b/i;

/** The stem of the place a prompt puts its question in ("work", "school"), if it names one. */
export function placeAskedAbout(text: string): string | undefined {
  // Asked of every text the recogniser reads: one naming no such place is let go before the expressions.
  if (!/school|college|universit|nursery|work|job|class|grade/i.test(text)) return undefined;
  const m = AT_A_PLACE.exec(text) ?? ATTENDS_A_PLACE.exec(text) ?? PLACE_ATTENDANCE.exec(text) ?? PLACE_ATTENDED.exec(text);
  return m ? stem(m[1].toLowerCase()) : undefined;
}
