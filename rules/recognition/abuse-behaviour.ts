/**
 * The domestic abuse enquiry is often asked as the behaviour, not by its name: "Does your partner
 * check your phone or control where you go?", "Have you ever felt frightened of someone close to
 * you?", "Has anyone at home made you feel unsafe?". A question about an act of harm, threat, fear or
 * control done to *you* (shouting or name-calling, money taken, jealousy, stalking, a weapon, being kept
 * from seeing people: round 36; intimidation, harassment, unwanted contact, turning up at or refusing to
 * leave your home: round 38) by a partner, an ex-partner, someone at home or close to you, or "the
 * respondent" (a family court's word for the other party, in a helpline's domestic abuse screen) asks what the
 * packs' "domestic abuse" means. Read so only where nothing else recognises the label (a last
 * reading, recogniser.ts), explained by the act and the person.
 *
 * Not where *you* do it ("Have you ever hurt your partner?", "Are you afraid you might hurt
 * someone close to you?"), nor without a *you* it is done to ("Has your partner been hurt?"), nor
 * what someone manages "on your behalf".
 */
import { plainLabel, type TopicReading } from "./plain-label";

const CLOSE = /\b(?:ex-partners?|partners?|husband|wife|boyfriend|girlfriend|spouse|the\s+respondent(?:'s)?|anyone\s+(?:at\s+home|you\s+live\s+with|in\s+your\s+(?:home|household|family))|someone\s+(?:close\s+to\s+you|at\s+home|you\s+live\s+with)|(?:a\s+)?family\s+member|relationship)\b/;
/** An act of harm or threat, as the phrases and labels word it. */
const HARM = String.raw`(?:hit|hits|kick\w*|slap\w*|punch\w*|push\w*|shov\w*|hurt\w*|harm\w*|threat\w*|forc\w*|abus\w*|chok\w*|strangl\w*|frighten\w*|scare\w*|humiliat\w*|insult\w*|beat\w*)`;
/** Harm, fear or control: the acts the enquiry asks about, by name or as felt. */
const ACT = new RegExp(String.raw`\b(?:${HARM}|afraid|fear\w*|unsafe|control\w*|put\s+you\s+down|worthless|scream\w*|check\w*\s+your\s+(?:phone|messages)|stops?\s+you\s+(?:from\s+)?(?:seeing|going|working|having)|(?:shout\w*|yell\w*|swear\w*)\s+at\s+you|call\w*\s+you\s+names|tak\w*\s+your\s+money|jealous\w*|stalk\w*|weapons?|kept\s+from\s+seeing|intimidat\w*|harass\w*|unwanted\s+contact|(?:come|came|turn\w*\s+up)\s+to\s+your\s+home\s+without|refus\w*\s+to\s+leave\s+your\s+home)\b`);
const YOU = /\byou\b/;
/** "you hurt", "you ever hit", "you might harm": the one asked is the one acting. */
const YOU_DO_IT = new RegExp(String.raw`\byou\s+(?:(?:ever|might|will|would|could|may|have|had|did)\s+){0,2}(?:${HARM}|control\w*)\b`);

/**
 * Sex forced on *you*, whoever by: "Has anyone tried to make you have sex against your will?", "Has
 * anyone pressured you into sex?". The packs read "forced to have sex" so without naming a partner
 * (the partner-violence screens' own items ask it of anyone), and so is this, in the other words
 * screens use (round 38).
 */
const SEX_FORCED_ON_YOU = /\b(?:make|made|making|forc\w*|pressur\w*|coerc\w*)\s+you\s+(?:into\s+|to\s+)?(?:(?:have|having|do|doing|engage\s+in)\s+)?(?:sex|sexual\s+(?:acts?|activit\w*|things))\b|\bsex(?:ual\s+(?:acts?|activit\w*|contact))?\s+(?:with\s+\w+\s+)?against\s+your\s+will\b/;

/** Money or affairs "controlled on your behalf" (a security vetting form) is management, not control of you. */
const ON_YOUR_BEHALF = /\bon\s+your\s+behalf\b/;

/** The act and the person when a label asks about abusive behaviour towards the one asked; else undefined. */
export function abuseBehaviour(label: string): TopicReading | undefined {
  const text = plainLabel(label);
  const forced = text.includes("sex") ? SEX_FORCED_ON_YOU.exec(text) : null;
  if (forced && !YOU_DO_IT.test(text)) return { phrase: "domestic abuse", evidence: [forced[0]], topic: "sex forced on the one asked" };
  // The act must be done to "you" (or at "your home"): a label without the word is let go before the long expressions.
  if (!text.includes("you")) return undefined;
  const close = CLOSE.exec(text);
  const act = ACT.exec(text);
  // Turning up at or refusing to leave "your home" is done to you, with no "you" besides.
  if (!close || !act || !(YOU.test(text) || act[0].includes("your home")) || YOU_DO_IT.test(text) || ON_YOUR_BEHALF.test(text)) return undefined;
  return { phrase: "domestic abuse", evidence: [act[0], close[0]], topic: "abusive behaviour towards the one asked" };
}

/** "… hurt you", "threatened to harm you", "whether anyone has hurt her": the act done to the one asked about. */
const DONE_TO_YOU = new RegExp(String.raw`\b${HARM}\s+(?:[a-z'-]+\s+){0,2}?(?:you|me|her|him|them)\b`);
/** "have you been hurt", "she was threatened", "you ever been hit": the same, said the other way round. */
const YOU_WERE_HARMED = new RegExp(String.raw`\b(?:you|i|she|he|they)\s+(?:(?:ever|have|had|has)\s+)?(?:ever\s+)?(?:been|being|were|was|got|felt)\s+(?:[a-z'-]+\s+){0,2}?${HARM}`);

/**
 * Whether a phrase asks about harm done to *you* ("has your partner ever hurt you") while the label
 * asks about harm done by you or to someone else ("Have you ever hurt your partner?", "Has your
 * partner been hurt?"): the words are the same, who did what to whom is not, so the phrase does not
 * recognise the label.
 */
export function reversesTheHarm(label: string, phrase: string): boolean {
  if (!DONE_TO_YOU.test(plainLabel(phrase))) return false;
  const text = plainLabel(label);
  return !DONE_TO_YOU.test(text) && !YOU_WERE_HARMED.test(text);
}
