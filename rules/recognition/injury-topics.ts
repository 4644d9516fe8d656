/**
 * The three questions an emergency department asks of a child's injury, as its forms ask them at
 * length: whether the account fits the injury, whether help was sought late, and how the injury
 * happened. "Is the explanation given consistent with the injury seen, with the child's age and
 * developmental stage, and between the different people giving an account?", "Was there any
 * unexplained or unreasonable delay between the injury or onset of illness and the child being
 * brought for treatment?", "How, where and in what circumstances did the injury happen, and who was
 * present?": the packs' phrases say each in a few words, and the words around outweigh them. Each is
 * a last reading (recogniser.ts), tried only where nothing else recognises the label.
 */
import { readTopicWords, type TopicReading } from "./plain-label";

const INJURY = /\b(?:injury|injuries|injured|bruis\w*|burns?|fractures?|wounds?)\b/;

/** What was said of how it happened ("what the parents told you"), and what was seen. */
const ACCOUNT = /\b(?:account|accounts|explanation|explanations|history|story|mechanism|told|said)\b/;
const FITS = /\b(?:consistent|inconsistent|fits?|fitting|match|matches|compatible|in\s+keeping|plausible|tally|tallies)\b/;

/**
 * Whether the account fits the injury: an account, an injury, and their fitting or not, in any
 * order ("The account of how the injury happened fits the injury seen and the child's age").
 */
export function accountFitsInjury(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [ACCOUNT, FITS, INJURY], phrase: "account consistent with injury", topic: "whether the account fits the injury" });
}

const DELAY = /\b(?:delay|delays|delayed|late\s+presentation|presented\s+late)\b/;
/** What the delay was in: coming for help with the injury. */
const IN_COMING_FOR_HELP = /\b(?:injur\w*|treatment|help|care|medical\s+attention|presentation|presenting|attend\w*|brought|bringing|seeking|seek|sought)\b/;
/** Delays of another kind: a child's development, a birth's cord, a discharge, a transfer, a referral, an ambulance, a diagnosis. */
const ANOTHER_DELAY = /\b(?:develop\w*|speech|language|motor|milestones?|cord|clamping|discharge|transfer|referral|ambulance|diagnosis|puberty|growth|periods?|menstrua\w*|wound\s+healing)\b/;

/** Whether help was sought late: a delay, in coming for help or treatment. */
export function delayInComingForHelp(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [DELAY, IN_COMING_FOR_HELP], unless: ANOTHER_DELAY, phrase: "delay in seeking help", topic: "a delay in coming for help" });
}

/** How it happened: "how", "what happened", "in what circumstances", "mechanism", with the injury happening. */
const HOW = /\b(?:how|circumstances|what\s+happened|mechanism)\b/;
const HAPPENED = /\b(?:happen|happens|happened|happening|occur|occurred|sustained|caused|came\s+about)\b/;
/** Whether the account fits, or a delay, is the question, however it says how the injury happened. */
const FITS_OR_DELAY = new RegExp(`${FITS.source}|${DELAY.source}`);

/** How the injury happened: the injury, how, and its happening ("Record how and where the injury happened"). */
export function howInjuryHappened(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [HOW, INJURY, HAPPENED], unless: FITS_OR_DELAY, phrase: "how did the injury happen", topic: "how the injury happened" });
}
