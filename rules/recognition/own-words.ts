/**
 * An answer asked for in the child's own words is the child's voice, whatever else the question
 * asks: "What I want professionals to know about my health (in my own words)", "The young person's
 * views on their own health, in their own words", "In the young person's own words: what do they
 * want from today?". Read whole, such questions are diluted by what they ask about and fall under
 * the bar, and a form that records the child's voice was told it did not (paragraph 2.3).
 *
 * Only the child's words: "in the parent's own words" names someone else; "your" and "my" only on a
 * form about a child or young person, where they are the child (audience-subject.ts). The concept is
 * the one the packs' own words for it are read as, so none is named here. Read last, only where
 * nothing else recognised the field.
 */
import { straightQuotes } from "./straight-quotes";
import { rolesOf } from "./prompt-guards";

const OWN_WORDS = /\b(?:in|use|record|using)\s+(?:the\s+)?([a-z']+(?:\s+person's)?)\s+(?:own\s+)?words\b|\((own\s+words)\)/i;
/** How the packs word the voice of the child, read to find its concept. */
export const IN_THE_CHILDS_OWN_WORDS = "in the child's own words";

/** Whose own words a label asks for: "child" for the child or young person, undefined for no one or someone else. */
export function ownWordsOf(label: string, subject: string | undefined): "child" | undefined {
  const m = OWN_WORDS.exec(straightQuotes(label));
  if (!m) return undefined;
  if (m[2]) return subject === "child" ? "child" : undefined;
  const whose = m[1].toLowerCase();
  if (whose === "your" || whose === "my") return subject === "child" ? "child" : undefined;
  if (whose === "their" || whose === "his" || whose === "her") return "child";
  const roles = rolesOf(whose);
  return roles.size > 0 && [...roles].every((r) => r === "subject") ? "child" : whose === "yp's" ? "child" : undefined;
}

/**
 * A question put to the child about what they want, what matters to them or what they would tell
 * us is their voice: "What would you like to be different about your health this year?", "What
 * matters most to you?", "Anything else you want us to know?", "Tell us how things are going for
 * you", "What's important to me?". Forms completed with a young person ask for the voice of the
 * child so, in the second or first person, and no phrase of the packs names it.
 *
 * Only the open questions that ask for the child's own view, not for a fact ("What would you like
 * us to call you?" asks a name; "Would you like a chaperone?" is a choice); and only on a form about
 * a child or young person, where "you" is the child (young-persons-questions.ts asks).
 */
const THEIR_OWN_VIEW = new RegExp(
  [
    // "What would you like to be different / to happen / your plan to help with", "What do you want to happen"
    String.raw`^(?:what|how)\s+(?:would|do)\s+you\s+(?:like|want|wish)\s+(?:to\s+(?:be\s+different|change|happen|see\s+happen)|your\s+(?:plan|care|health\s+plan)\s+to)\b`,
    // "What matters (most) to you", "What's important to me"
    String.raw`\bwhat(?:\s+is|'s)?\s+(?:matters?|important)\s+(?:most\s+)?to\s+(?:you|me)\b`,
    // "Anything else you want us to know / to tell us", "Is there anything you would like to talk about?"
    String.raw`\banything\s+(?:else\s+)?(?:(?:on\s+your\s+mind\s+)?you(?:'d|\s+would|\s+want)\s*(?:like\s+)?(?:us\s+to\s+know|to\s+(?:tell|say\s+to)\s+us|to\s+talk\s+about))`,
    // "Tell us about yourself", "Tell us how things are going for you"
    String.raw`^tell\s+us\s+(?:about\s+yourself|how\s+things\s+are\s+going)\b`,
    // "What I think about my health", "What do you think about your plan?", "What I want to happen"
    String.raw`^what\s+(?:I|do\s+you)\s+(?:think|feel)\s+(?:about|of)\s+(?:my|your)\b|^what\s+I\s+(?:want|would\s+like)\s+to\s+(?:happen|change|be\s+different)\b`,
    // "What you want us to know", "What I want professionals to know": said to whoever reads the form
    String.raw`^what\s+(?:you|I)\s+(?:want|would\s+like)\s+(?:us|people|professionals|the\s+(?:nurse|doctor|team))\s+to\s+know\b`,
    // "What I have told the GP or nurse about how things are for me": what the young person said
    String.raw`^what\s+I\s+(?:have\s+)?(?:told|said\s+to)\s+(?:the|my|you|them)\b`,
  ].join("|"),
  "i",
);

/** Whether a label asks someone for their own view, in the second or first person. */
export function asksTheirOwnView(label: string): boolean {
  // Every alternative holds one of these words: a label with none is let go before the long expression.
  return /what|how|anything|tell/i.test(label) && THEIR_OWN_VIEW.test(straightQuotes(label).trim());
}
