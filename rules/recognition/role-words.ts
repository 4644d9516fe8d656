/**
 * Whose information a word names, by group: the practitioner, the family, the person the form is
 * about, the referrer. One table for the role guard (prompt-guards.ts `rolesOf`, the concepts'
 * roles in vocabulary-index.ts) and for a bracket that says whose a field is (normalise.ts
 * `mainClause`). A leaf module: normalise.ts reads it, so it may import nothing that imports
 * normalise.ts.
 */
import { familyHead } from "./word-families";

/** Whose information a prompt is about. A prompt and a concept that name disjoint groups do not match. */
export const ROLE_GROUPS: Record<string, string> = Object.assign(Object.create(null), {
  // (no prototype: a word such as "constructor" or "toString" must find nothing here)
  practitioner: "practitioner",
  clinician: "practitioner",
  // A section titled for the doctor ("Physician attestation") says whose a bare "Signature" is (slot-owner.ts).
  physician: "practitioner",
  assessor: "practitioner",
  professional: "practitioner",
  staff: "practitioner",
  parent: "family",
  parents: "family",
  parental: "family",
  mother: "family",
  maternal: "family",
  father: "family",
  paternal: "family",
  patient: "subject",
  client: "subject",
  child: "subject",
  adult: "subject",
  baby: "subject",
  young: "subject",
  paediatric: "subject",
  // A partner is family, not the person the form is about: "Is the partner under 18?" is not
  // whether the patient is. (On a new birth visit the partner is often the baby's other parent:
  // "Partner's occupation" is a parent's.) A husband, wife or boyfriend is a partner by its
  // family (word-families.ts), as mum and dad are the mother and father.
  partner: "family",
  // A carer (a foster carer, a kinship carer) looks after the child and is not the child:
  // "Carer has agreed the plan" is not the young person's agreement.
  carer: "family",
  carers: "family",
  partners: "family",
  // Step-parents and grandparents are family too, however written ("step-father" is read as
  // "stepfather", closed-compounds.ts).
  stepparent: "family",
  stepmother: "family",
  stepfather: "family",
  grandparent: "family",
  grandmother: "family",
  grandfather: "family",
  // Whoever referred is not whoever completes the form: "Referring clinician name" (see `rolesOf`).
  referrer: "referrer",
  referring: "referrer",
});

/** The role group a word names, itself or by its family ("mum" is the mother, "husband" a partner), if any. */
export function roleOf(word: string): string | undefined {
  return ROLE_GROUPS[word] ?? ROLE_GROUPS[familyHead(word)];
}
