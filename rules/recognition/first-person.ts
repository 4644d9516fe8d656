/**
 * A statement a young person makes on their own form ("I have seen this plan and I agree with it",
 * "I agree to have my health review", "My feelings and worries") is about the young person, whom
 * the packs' phrases name ("young person agrees with plan", "young person's consent"). Read with
 * the young person in place of "I", "me" and "my".
 *
 * Only on a form whose audience is a child or young person (audience-subject.ts), and only where
 * the label names no one else (the recogniser's `byAudience` checks that): "I will send a copy of
 * this review to the carer" is the nurse's.
 */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|me|my|myself)\b/;

/** `label` with the young person named for each first-person word, or undefined when it has none. */
export function asYoungPersonsStatement(label: string): string | undefined {
  if (!FIRST_PERSON.test(label)) return undefined;
  return label
    .replace(/\bI(?:'m|’m)\b/g, "young person is")
    .replace(/\bI(?:'ve|’ve)\b/g, "young person has")
    .replace(/\bmy\b/gi, "young person's")
    .replace(/\b(?:I|me|myself)\b/g, "young person")
    .replace(/\bMe\b/g, "young person");
}
