/**
 * An instruction to whoever fills in the form, in front of what it asks: "Document whether the
 * patient looks after, or lives with, any children under 18", "Confirm that the woman has been told
 * …", "Having looked at the previous attendances, document whether their number or pattern raises
 * any concern", "Ask the woman whether anyone has hurt, threatened or controlled her, and record her
 * answer", "Summarise your professional judgement of …". Community and mental health records word
 * most fields so (RiO, Carenotes). The instruction says how to answer, not what about: what follows
 * it is what is asked.
 */

/** Who a clinician is told to ask: the person the form is about, or whoever is with them. */
const PERSON = String.raw`(?:the\s+)?(?:woman|patient|client|parent|parents|carer|carers|young\s+person|child|mother|father|family|person|adult)`;
const WHETHER = String.raw`(?:whether|if)\s+`;

const INSTRUCTIONS: readonly RegExp[] = [
  // "Document whether …", "Record if …", "Check whether …".
  new RegExp(String.raw`^(?:please\s+)?(?:document|record|note|check|confirm|indicate|establish|state)\s+${WHETHER}`, "i"),
  // "Confirm that …", "Document that …".
  /^(?:please\s+)?(?:confirm|document|record|note)\s+that\s+/i,
  // "Having looked at the previous attendances, document whether …".
  new RegExp(String.raw`^having\s+[^,]{3,80},\s*(?:document|record|note|state|say)\s+${WHETHER}`, "i"),
  // "Ask the woman whether …".
  new RegExp(String.raw`^(?:please\s+)?ask\s+${PERSON}\s+${WHETHER}`, "i"),
  // "Summarise …", "Describe the home: …", "Describe how and where the injury happened".
  /^(?:please\s+)?(?:summari[sz]e|describe)\s+/i,
];
/** ", and record her answer": the instruction's second half. */
const AND_RECORD = /,?\s+and\s+(?:record|document|note)\s+(?:her|his|their|the)\s+(?:answers?|responses?|replies|reply)\s*\.?$/i;

/** The first words an instruction above can begin with: a label beginning otherwise is returned as it is, untested. */
const FIRST_WORDS = /^\s*(?:please|document|record|note|check|confirm|indicate|establish|state|having|ask|summari[sz]e|describe)\s/i;

/** `label` without an instruction to the form's user in front of what it asks (and its ", and record her answer"). */
export function withoutStaffInstruction(label: string): string {
  if (!FIRST_WORDS.test(label)) return label;
  for (const instruction of INSTRUCTIONS) {
    const m = instruction.exec(label);
    if (!m) continue;
    const rest = label.slice(m[0].length).replace(AND_RECORD, "");
    // Too little left to be a question of its own ("Record if known"): the instruction stays.
    return rest.trim().split(/\s+/).length >= 2 ? rest : label;
  }
  return label;
}
