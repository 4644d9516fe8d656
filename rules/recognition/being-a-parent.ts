/**
 * "Are you a parent?", "Are you a mum, dad or step-parent?": asked of an adult, whether they are a
 * parent at all (the packs' "Is the client a parent or carer?"). Written so, the question keeps only
 * "parent" ("are", "you", "a" are stop words), one word too common to recognise anything by itself.
 * Read as a last reading (recogniser.ts), only where nothing else recognises the label.
 *
 * Only the question put to the adult about themselves: not whether they are this child's parent
 * ("Are you the parent of the child?", "Are you a parent of the patient?": a relationship to the
 * child), nor a parent in another role ("Are you a parent governor?", "a parent representative").
 */
import { plainLabel, type TopicReading } from "./plain-label";

const ARE_YOU_A_PARENT = /^\s*(?:\d+[.)]\s*)?(?:are\s+you|is\s+(?:the\s+)?(?:patient|client|service\s+user|person|adult))\s+(?:a\s+|an\s+)?(?:young\s+)?(parent|mum|dad|mother|father|step-?parent)\b/;
const ANOTHER_ROLE = /\b(?:of\s+(?:the|this|that)\s+(?:child|young\s+person|baby|patient)|governor|representative|volunteer|helper|partner|peer)\b/;

/** The parent word, when a label asks an adult whether they are a parent; else undefined. */
export function beingAParent(label: string): TopicReading | undefined {
  const text = plainLabel(label);
  const m = ARE_YOU_A_PARENT.exec(text);
  if (!m || ANOTHER_ROLE.test(text)) return undefined;
  return { phrase: "is the client a parent or carer", evidence: [m[1]], topic: "whether the adult is a parent" };
}
