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

/** `text` (lower case) with a question whether someone is "in school" read as "enrolled in school". */
export function readInSchool(text: string): string {
  if (!text.includes(" in school") && !text.includes(" in education")) return text;
  const m = IN_SCHOOL_QUESTION.exec(text);
  if (!m || NOT_A_SUBJECT.test(m[1])) return text;
  return `${m[1]}enrolled in ${m[2]}${m[3]}`;
}
