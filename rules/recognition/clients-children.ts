/**
 * The client's children are not the child the form is about. `child.protection-status` is the
 * status of the child the form is about; `children.protection-status` that of the client's
 * children (adult services), and likewise `child.looked-after` and `children.in-care`
 * (REQUIREMENTS.md, "Concepts that are easy to confuse"). A prompt that names someone's children
 * ("Is there a child protection or child in need plan for any of your children?", "Status of
 * service user's children: CP plan / CIN / LAC", "Are any of these children on a plan?" after the
 * client's children are listed, "Is any child in your family on a plan?") asks about theirs,
 * whichever phrase matched it.
 */
import { straightQuotes } from "./straight-quotes";

const CLIENTS_CHILDREN = /\b(?:your|their|his|her|client'?s?|patient'?s?|service user'?s?|any of (?:your|the|their|his|her))\s+(?:own\s+)?children\b|\b(?:any\s+of\s+)?(?:these|those)\s+children\b|\bany\s+(?:child|children)\s+in\s+(?:your|their|his|her|the\s+client'?s?|the\s+patient'?s?)\s+(?:family|household|home|care)\b/i;

/** The concept about the client's children for each concept about the child the form is about. */
const FOR_THE_CLIENTS_CHILDREN: Record<string, string> = Object.assign(Object.create(null), {
  "child.protection-status": "children.protection-status",
  "child.looked-after": "children.in-care",
});

/** The concept about the client's children that `concept` becomes in a prompt naming them, if any. */
export function forTheClientsChildren(concept: string, label: string | undefined): string | undefined {
  const other = FOR_THE_CLIENTS_CHILDREN[concept];
  return other && label && CLIENTS_CHILDREN.test(straightQuotes(label)) ? other : undefined;
}
