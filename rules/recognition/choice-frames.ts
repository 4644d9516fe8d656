/**
 * A survey's instruction to pick an answer asks about what the answer describes: "Please check the
 * range that best describes your annual household income" asks about household income, "Select the
 * category that best describes your current work or employment status" about employment. The
 * instruction's words (check, range, category, best, describes) are the same on every such item and
 * say nothing of its topic; read without them, the topic is what is compared.
 *
 * Only the instruction's own shape (a verb of picking, what is picked, "that/which (best)
 * describes/fits/applies to"; or "which best describes"), so a question that merely mentions a range
 * or a category keeps its words.
 */
const PICK = String.raw`(?:please\s+)?(?:check|select|choose|tick|mark|circle|indicate|pick|identify)\s+`;
const WHAT = String.raw`(?:the\s+|one\s+|all\s+|any\s+)?(?:(?:income\s+)?range|option|answer|category|categories|description|box|boxes|statement|response|one|item|group|level)s?\s+`;
const DESCRIBES = String.raw`(?:that|which)\s+(?:best\s+|most\s+closely\s+)?(?:describes?|fits?|appl(?:y|ies)(?:\s+to)?|represents?|matches|match|reflects?)\s+`;
/** "Which best describes your living situation?", "Which of the following best describes…". */
const WHICH_DESCRIBES = String.raw`(?:which|what)\s+(?:of\s+(?:the\s+following|these)(?:\s+statements|\s+options|\s+answers)?\s+)?(?:best\s+|most\s+closely\s+)(?:describes?|fits?|applies\s+to|represents?)\s+`;
const CHOICE_FRAME = new RegExp(String.raw`\b(?:${PICK}${WHAT}${DESCRIBES}|${WHICH_DESCRIBES})`, "g");

/** `text` (lower case) without a survey's instruction to pick the answer that describes something. */
export function readChoiceFrame(text: string): string {
  if (!text.includes("describ") && !text.includes("fit") && !text.includes("appl") && !text.includes("represent") && !text.includes("match") && !text.includes("reflect")) return text;
  return text.replace(CHOICE_FRAME, "");
}
