/**
 * Being in school is being enrolled: "Is the client in school?", "Are you currently in school?"
 * ask the education status. Written so, the question keeps only "school" ("in" and the
 * auxiliaries are stop words), and "School" alone is a school's name or a heading, not a status.
 * Read "in school" as "enrolled in school" only when it ends a yes/no question about someone
 * ("Is the child in school?"), never inside one ("Is the child happy in school?" keeps its words,
 * as does "Problems in school").
 */
const IN_SCHOOL_QUESTION = /^(\s*(?:is|are)\s+(?:(?:the|your|this|a)\s+)?(?:[a-z]+\s+){0,2}?(?:currently\s+|still\s+|now\s+)?)in\s+(school|education)(\s*\??\s*)$/;
/** Words that may stand between the verb and "in school" as its subject but say how, not who ("happy", "safe"). */
const NOT_A_SUBJECT = /\b(?:happy|unhappy|safe|settled|doing|well|bullied|struggling|behaving|behind)\b/;

/**
 * So is a yes/no question whether someone attends or goes to school, ending there: "Does the child
 * attend school?", "Has your child ever attended school?", "Does she go to school?", "Is the child
 * attending school?", and a label that says only that ("Attending school?"). Not "Which
 * school does the child attend?" (the school's name), nor "Does the child attend school regularly?"
 * (how often), which keep their words. The household surveys' form of it (DHS, MICS) is read too: an
 * item number before it, "or pre-school" and the school year it asks about after it ("2. Did [name]
 * attend school or pre-school at any time during the current school year?"), and the present said
 * after it ("Is the child going to school at the moment?", round 36).
 */
const ITEM_NUMBER = String.raw`(?:[a-z]?\d+[a-z]?[.):]\s*)?`;
const OR_PRESCHOOL = String.raw`(?:\s+or\s+(?:pre-?\s?school|nursery|college))?`;
const SCHOOL_YEAR = String.raw`(?:\s+(?:at\s+any\s+time\s+)?(?:during|in|over|within)\s+(?:the\s+)?(?:current|last|past|this|previous)\s+(?:school\s+|academic\s+)?(?:year|term)|\s+(?:at\s+the\s+moment|at\s+present|currently|now|these\s+days))?`;
const ATTENDS_SCHOOL_QUESTION = new RegExp(String.raw`^(\s*${ITEM_NUMBER}(?:(?:does|do|did|has|have|is|are|was|were)\s+(?:(?:the|your|this|a)\s+)?(?:[a-z]+\s+){0,2}?)?(?:currently\s+|ever\s+|still\s+|now\s+)?)(?:attend(?:s|ed|ing)?|go(?:es|ing)?\s+to|gone\s+to|been\s+to)\s+(?:a\s+|any\s+)?(school|education|college)${OR_PRESCHOOL}${SCHOOL_YEAR}(\s*\??\s*)$`);

/** `text` (lower case) with a question whether someone is "in school" read as "enrolled in school". */
export function readInSchool(text: string): string {
  if (!text.includes(" in school") && !text.includes(" in education")) return readAttendsSchool(text);
  const m = IN_SCHOOL_QUESTION.exec(text);
  if (!m || NOT_A_SUBJECT.test(m[1])) return text;
  return `${m[1]}enrolled in ${m[2]}${m[3]}`;
}

function readAttendsSchool(text: string): string {
  if (!text.includes("school") && !text.includes("education") && !text.includes("college")) return text;
  const m = ATTENDS_SCHOOL_QUESTION.exec(text);
  if (!m || NOT_A_SUBJECT.test(m[1])) return text;
  return `${m[1]}enrolled in ${m[2]}${m[3]}`;
}
