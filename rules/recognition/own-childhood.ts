/**
 * "Before age 18, did you live with anyone who was a problem drinker?", "How often did anyone at
 * least 5 years older than you force you to have sex?", "As a child, were you ever in care?": an
 * adverse-childhood-experiences screen asks an adult about their own childhood. Its items use the
 * words of the domestic abuse enquiry, of drinking and drug use, of being in care and of going
 * hungry, but they ask what happened to the one answering long ago, which no shipped concept asks
 * (each concept asks about the present: the woman's relationship now, the adult's own drinking, the
 * child in front of the clinician). Such a label is recognised as no concept (recogniser.ts) — a
 * code on the item still says what it means (batch c43, round 39).
 *
 * Only the adult's own childhood, named so: "as a child or as an adult" asks about now as well;
 * "while your child was growing up" is the child's; "treat as a child" says a 16- or 17-year-old is one; "before the age of 18" alone, without a "you"
 * in the question, says which children ("children under the age of 18").
 */
const OWN_CHILDHOOD = /\b(?:(?:while|when)\s+you\s+were\s+(?:growing\s+up|a\s+(?:child|kid)|little)|(?:in|during|for\s+(?:how\s+much|most|all|some)\s+of)\s+your\s+(?:childhood|first\s+18\s+years)|(?<!\btreat\w*\s+(?:(?:you|them|him|her|the\s+(?:patient|client|young\s+person))\s+)?)as\s+a\s+(?:child|kid)(?!\s+or\s+(?:as\s+)?(?:an?\s+)?(?:adult|grown-up))|at\s+least\s+(?:5|five)\s+years\s+older\s+than\s+you|adverse\s+childhood\s+experiences?)\b/;
/** "before age 18", "before the age of 18", "before you were 18": the one asked, under 18, when a "you" is asked. */
const BEFORE_EIGHTEEN = /\bbefore\s+(?:(?:the\s+)?age\s+(?:of\s+)?18|you\s+(?:were|turned)\s+18)\b/;
const YOU = /\byou\b/;

/** Whether a label asks an adult about their own childhood. */
export function asksOfOwnChildhood(label: string): boolean {
  const text = label.toLowerCase().replace(/\s+/g, " ");
  if (!/child|kid|growing|little|older|18|first/.test(text)) return false;
  return OWN_CHILDHOOD.test(text) || (BEFORE_EIGHTEEN.test(text) && YOU.test(text));
}

/** A section of such a screen: "Adverse Childhood Experiences", "ACEs", "Childhood experiences". */
const CHILDHOOD_SECTION = /\b(?:adverse\s+childhood|childhood\s+(?:experiences?|adversity|trauma)|aces?\s+(?:screen\w*|questionnaire|module))\b|\bACEs\b/;

/** Whether one of the headings around a label is an adverse-childhood-experiences screen's. */
export function inOwnChildhoodSection(context: readonly string[] | undefined): boolean {
  return (context ?? []).some((heading) => /child|ACE/i.test(heading) && CHILDHOOD_SECTION.test(heading.replace(/\s+/g, " ").replace(/\b(?!ACEs\b)\w+/g, (w) => w.toLowerCase())));
}

/**
 * Whether a field asks the one answering about their own childhood, by its label or a heading around
 * it: the one test the recogniser (which then takes no concept) and `explain` (which then says why) share.
 */
export function fieldAsksOfOwnChildhood(prompt: { label?: string; context?: readonly string[] }): boolean {
  return (prompt.label !== undefined && asksOfOwnChildhood(prompt.label)) || inOwnChildhoodSection(prompt.context);
}
