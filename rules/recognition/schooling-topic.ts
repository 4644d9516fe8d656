/**
 * Whether a child is in school is asked as enrolment, attendance or missed days inside longer
 * questions: "Are all children and adolescents in the household of school age (Grade 1 to 7)
 * enrolled in school?", "Is the young person registered at a school?", "How many days of school
 * has your child missed this term?". Read whole, what the question says of whom and when outweighs
 * its two or three words about school, and it falls under the bar. A question naming being enrolled
 * at, attending, going to or missing school or college asks what the packs' "education status"
 * means: a last reading (last-readings.ts), read only where nothing else recognised the label.
 *
 * Only being at school: not which school or its address ("Name of school attended", "Which school
 * does the child attend?": the verb comes after the school there), its nurse, meals, transport,
 * uniform or fees (paying school fees is the family's money), nor an age named by school ("school
 * age" says which children), nor how the child feels or gets on there ("Is the child happy to go to
 * school?": their wellbeing, round 15), nor what someone plans or hopes ("Are you planning to go to
 * college or university in September?": a plan, not being there).
 */
import { readTopicWords, type TopicReading } from "./plain-label";

const PLACE = String.raw`(?:a\s+|the\s+|any\s+|their\s+|his\s+|her\s+)?(?:(?:formal|full-time|part-time|primary|secondary|mainstream|special)\s+)?(?:school|college|nursery|pre-?school|education)`;
const AT_SCHOOL = new RegExp(
  String.raw`\b(?:enrol(?:l)?(?:ed|ment|s)?|registered)\s+(?:in|at|into|with)\s+${PLACE}\b|\b(?:attend|attends|attending|attended|go\s+to|goes\s+to|going\s+to|gone\s+to|been\s+to)\s+${PLACE}\b|\b(?:miss|misses|missed|missing)\s+(?:\w+\s+){0,3}?(?:days?\s+(?:of|from)\s+)?${PLACE}\b|\b(?:days?|weeks?)\s+(?:of\s+)?(?:school|college)\s+(?:[a-z']+\s+){0,4}?(?:missed|missing|off)\b|\bout\s+of\s+school\b|\bschool\s+enrol(?:l)?ment\b`,
);
const NOT_BEING_AT_SCHOOL = /\b(?:name|names|which|address|nurse|nursing|meals?|dinners?|lunch(?:es)?|transport|bus|uniform|fees?|pay|paid|afford\w*|counsell\w*|teacher'?s?|staff|happy|unhappy|safe|settled|enjoy\w*|like|likes|feel\w*|bullied|bullying|struggl\w*|behav\w*|behind|problems?|difficult\w*|worr\w*|anxious|friends?|plan|plans|planning|intend\w*|hop(?:e|es|ing)|apply\w*|would\s+like|want\w*)\b/;

/** The words that say so, when a label asks whether someone is enrolled at, attends or misses school; else undefined. */
export function schoolingTopic(label: string): TopicReading | undefined {
  // Most labels name no place of learning: they are let go before the expressions are run (and compiled, in a one-form run).
  if (!/school|college|nursery|education/i.test(label)) return undefined;
  return readTopicWords(label, { words: [AT_SCHOOL], unless: NOT_BEING_AT_SCHOOL, phrase: "education status", topic: "being at school" });
}
