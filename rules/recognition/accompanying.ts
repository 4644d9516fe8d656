/**
 * Being with the child is accompanying them: "Who is with the child today?" and "Name of adult with
 * the child" ask who accompanies the child. Written with "with", the question loses its only
 * telling word (a stop word), and "who … the child" is then any question about the child: "Who
 * referred the child?" was read as the accompanying adult's name. Read "with" after a person and
 * before the child (or "you") as "accompanying", in the packs' phrases as in the forms' labels.
 *
 * Only that order: "Who does the child live with?" and "Person with parental responsibility" keep
 * their words (co-residence.ts tells living with someone from being with them now).
 */
const WITH_THE_CHILD = /\b(who|adult|person|parent|carer|someone|anyone|anybody)((?:'s|\s+is|\s+are|\s+was)?(?:\s+(?:here|today|now|currently|also|present))?)\s+with\s+(?=(?:the|this|your)\s+(?:child|young\s+person|patient|baby|infant)\b|you\b)/g;

/** `text` (lower case) with "with the child" after a person read as "accompanying the child". */
export function readAccompanying(text: string): string {
  if (!text.includes("with")) return text;
  return text.replace(WITH_THE_CHILD, (_, who: string) => `${who} accompanying `);
}
