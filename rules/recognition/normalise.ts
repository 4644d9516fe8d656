/**
 * Text → comparable tokens: lower case, abbreviations expanded, light stemming, stop words
 * dropped, every negation folded onto one token. Applied identically to the packs' labels
 * and synonyms and to the prompts being recognised.
 */
import { namesOnlyARatingScale } from "./rating-scales";
import { ABBREVIATIONS, SPELLING_VARIANTS } from "./abbreviations";
import { adjectiveOf } from "./adverbs";
import { withoutItemNumber } from "./item-numbers";
import { readDaysOfAWeek } from "./quantities";
import { READINGS } from "./readings";
import { familyHead } from "./word-families";
import { roleOf } from "./role-words";
import { perText } from "./text-memo";
import { straightQuotes } from "./straight-quotes";
import { withBracketedQualifier } from "./bracket-qualifier";

/** The token every negation becomes ("no", "not", "without", "never", "n't"). */
export const NEGATION = "¬";

const NEGATIONS = new Set(["no", "not", "none", "never", "without", "nil", "n't", "cannot"]);

/**
 * Words that carry no meaning for recognition. Question words and auxiliaries are here
 * ("does the patient have…"), but not "who"/"when"/"where": "who is with the child" and
 * "where are the children now" depend on them.
 */
const STOP_WORDS = new Set(
  (
    "a an the of to for in on at with from into onto as is are was were be been being am do does did done " +
    "has have had having this that these those there their them they it its his her she he you your yours we our " +
    "any some and or if please tick circle select state specify record enter give yes question questions " +
    "i me my should would could can will may might must shall etc eg e.g ie i.e so than then also what which whether " +
    "about re regarding currently current today up"
  ).split(" "),
);

/** Whether a word carries no meaning for recognition (a question word, an auxiliary, a determiner). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

export interface Token {
  /** The comparable form: stemmed, expanded, lower case. */
  stem: string;
  /** Index of the word in the original text (after expansion), for order checks. */
  position: number;
}

/**
 * Words of a text, lower-cased, with abbreviations expanded and spelling variants folded. Split
 * once per text (the recogniser asks for the words of the same label, title or option many times
 * per field), so the result is shared between callers: never modify it.
 */
export const words: (text: string) => readonly string[] = perText(splitWords);

function splitWords(text: string): readonly string[] {
  // Each rewrite needs a word or character most texts lack (every pack synonym passes here when
  // the recogniser is built): a substring test rules it out before its pattern runs.
  // Typographers' hyphens are hyphens ("self‑harm" with U+2011), and an ellipsis ends a word.
  let lowered = straightQuotes(text.toLowerCase());
  if (/[\u2010-\u2012…]/.test(lowered)) lowered = lowered.replace(/[\u2010-\u2012]/g, "-").replace(/…/g, " ");
  // A template's placeholder ("{firstName}", "${name}", "{{subject}}") stands for the person the
  // form is about: read as a pronoun, not as its words ("Are you {firstName}'s legal guardian?"
  // asks for no name).
  if (lowered.includes("{")) lowered = lowered.replace(/\$?\{\{?[^{}]*\}?\}/g, " they ");
  // A birth or biological parent is the parent a form means by "father" or "mother".
  if (lowered.includes("birth") || lowered.includes("biological")) lowered = lowered.replace(/\b(?:birth|biological)\s+(mother|father|parents?)\b/g, "$1");
  if (lowered.includes("&")) lowered = lowered.replace(/\ba\s*&\s*e\b/g, "a&e");
  if (lowered.includes("and")) lowered = lowered.replace(/\ba\s+and\s+e\b/g, "a&e");
  if (lowered.includes("'")) lowered = lowered.replace(/n't\b/g, " n't").replace(/'s\b/g, "").replace(/s'(?=\s|$)/g, "s");
  // "child(ren)" is the children, one or more: the packs' "children" (a child alone is another stem).
  if (lowered.includes("(ren)")) lowered = lowered.replace(/\bchild\(ren\)/g, "children");
  // The readings of how forms word a question (readings.ts), in their order.
  for (let i = 0; i < READINGS.length; i++) lowered = READINGS[i](lowered);
  // A split name field asks for the name all the same: "First name", "Surname", "Family name".
  if (lowered.includes("name")) lowered = lowered.replace(/\b(?:first|last|given|family|full|middle|sur|fore)\s*names?\b/g, "name");
  if (lowered.includes("no")) lowered = lowered.replace(/\bno\.?\s+of\b/g, "number of").replace(/\bno\.\s*(?=\d)/g, "number ");
  // A data dictionary's timestamp ("Questionnaire Completed At", "Form signed at:") is a date.
  if (lowered.includes(" at")) lowered = lowered.replace(/\b(completed|signed|created|submitted|recorded)\s+at\W*$/, "$1 date");
  const out: string[] = [];
  for (const raw of lowered.split(/[\s,;.?!()[\]{}"“”|+*=<>_]+/)) {
    if (!raw) continue;
    const cleaned = raw.replace(/^['\-–—:/#]+|['\-–—:/#]+$/g, "");
    if (!cleaned) continue;
    if (cleaned.length === 1 && !/\d/.test(cleaned)) continue;
    pushExpanded(cleaned, out);
  }
  return out;
}

function pushExpanded(word: string, out: string[]) {
  const expanded = ABBREVIATIONS[word] ?? SPELLING_VARIANTS[word];
  if (expanded) {
    out.push(...expanded.split(" "));
    return;
  }
  // "follow-up", "self-harm", "parent/carer", "cp-is": split and expand the parts.
  if (/[&/:\-–]/.test(word)) {
    for (const part of word.split(/[&/:\-–]+/)) if (part) pushExpanded(part, out);
    return;
  }
  out.push(word);
}

/** A light, deterministic stemmer: plurals, -ing, -ed, -ance/-ence, a final silent e (once per word: the same few thousand recur). */
export const stem: (word: string) => string = perText(stemOnce);

function stemOnce(word: string): string {
  // "Times" counts ("times attended"); "time" is a clock's ("Time of attendance", "Time attended").
  if (word === "times") return word;
  // "alcoholic" is alcohol, "physically" physical (word-families.ts): one family, one stem.
  let w = familyHead(britishSpelling(word));
  // "regularly" is "regular" (adverbs.ts), once no family says otherwise.
  if (w === word && w.endsWith("ly")) w = adjectiveOf(w);
  if (/^\d/.test(w)) return w.replace(/(st|nd|rd|th|s)$/, "");
  if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.length > 4 && w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 4 && /(ches|shes|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = undouble(w.slice(0, -3));
  // "accompanied" is "accompany", "notified" "notify", as "accompanies" is (the plural rule above).
  else if (w.length > 5 && w.endsWith("ied")) w = w.slice(0, -3) + "y";
  else if (w.length > 4 && w.endsWith("ed")) w = undouble(w.slice(0, -2));
  // "attendance" meets "attended"; "-ence" is left alone ("reference" is not "referred").
  if (w.length > 6 && w.endsWith("ance")) w = w.slice(0, -4);
  else w = derived(w);
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/**
 * A noun or adjective made from a verb or noun, back to its root, so that the two ways a form
 * may ask meet: "referral"/"referred", "discussion"/"discussed", "protection"/"protect",
 * "disclosure"/"disclosed", "parental"/"parent". Only endings whose root stays long enough to be
 * unambiguous ("mental", "failure" are left alone). Not "-ation" ("information" is not "informed")
 * nor "-ment" ("placement" is not "place"): each cost precision on the tuning part.
 */
function derived(w: string): string {
  if (w.length > 6 && w.endsWith("al")) return undouble(w.slice(0, -2));
  if (w.length > 7 && /(?:ss|ct|et|pt)ion$/.test(w)) return w.slice(0, -3);
  if (w.length >= 8 && w.endsWith("ure")) return w.slice(0, -3);
  return w;
}

/**
 * American -ize and -ization spellings are the British -ise and -isation the packs use: an
 * "immunization" is an immunisation, "hospitalized" is "hospitalised". Long words only, so "size"
 * and "prize" are left alone.
 */
function britishSpelling(w: string): string {
  return w.length >= 8 && w.includes("iz") ? w.replace(/iz(ations?|e|es|ed|ing)$/, "is$1") : w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !w.endsWith("ss") && !w.endsWith("ll") ? w.slice(0, -1) : w;
}

/** Comparable tokens of a text, negations folded, stop words dropped. */
export function tokens(text: string): Token[] {
  return tokensOf(words(text));
}

/** How many words of a list carry meaning (not stop words), without stemming them. */
export function contentWordCount(list: readonly string[]): number {
  let n = 0;
  for (const w of list) if (!STOP_WORDS.has(w)) n++;
  return n;
}

/**
 * How far apart, in words, a phrase's first and last meaningful words stand as it is written:
 * "seen on her own" spans 3 ("seen" … "own"), though it has two meaningful words. A prompt that
 * holds the phrase with its stop words is as compact as the phrase itself.
 */
export function contentSpan(list: readonly string[]): number {
  let first = -1;
  let last = -1;
  list.forEach((w, k) => {
    if (NEGATIONS.has(w) || !STOP_WORDS.has(w)) {
      if (first === -1) first = k;
      last = k;
    }
  });
  return first === -1 ? 0 : last - first;
}

/** The tokens of words already split by `words` (so a caller needing both splits once). */
export function tokensOf(list: readonly string[]): Token[] {
  const out: Token[] = [];
  list.forEach((w, position) => {
    if (NEGATIONS.has(w)) out.push({ stem: NEGATION, position });
    else if (!STOP_WORDS.has(w)) out.push({ stem: stem(w), position });
  });
  return out;
}

/**
 * The part of a prompt that says what it asks: parentheticals and trailing qualifying clauses
 * ("…, if different from the accompanying adult") only explain it. "Next of kin (if different
 * from the accompanying adult)" asks for the next of kin. Once per text: every field's label and
 * every section title comes here, often the same text.
 */
export const mainClause: (text: string) => string = perText(mainClauseOnce);

/** Words a bracket naming people may hold besides the people ("(parent or carer)", "(young person)"). */
const BETWEEN_PEOPLE = new Set(["or", "and", "the", "a", "an", "person", "carer", "carers", "guardian", "guardians", "birth", "biological"]);

/**
 * A bracket that names only people, one of them by a role the role guard knows (role-words.ts):
 * "(young person)", "(parent/carer)", "(patient or guardian)". Its text with "of" in front, else
 * nothing is said of whose: the bracket is dropped with the rest.
 */
/** A bracket that names only a part of a form: "(part B)", "(Part A)". */
const FORM_PART = /^\s*part\s+[a-z]\s*$/i;

/** Whether the label's first bracket names whose the field is ("Name (completing this record)"): read as `ownerInBrackets` reads it. */
function bracketNamesAPerson(label: string): boolean {
  const inner = /\(([^()]{1,60})\)/.exec(label)?.[1];
  return inner !== undefined && ownerInBrackets(inner).startsWith(" of ");
}

function ownerInBrackets(inner: string): string {
  // An item number, a date or an amount ("(1.9)", "(2019)") names no one, and no role word, part or
  // scale is written without a letter: kept as it is, without the tests below.
  if (!HAS_LETTER.test(inner)) return ` (${inner}) `;
  const parts = inner.toLowerCase().split(/[\s/,]+/).filter(Boolean);
  const named = parts.filter((w) => !BETWEEN_PEOPLE.has(w));
  if (named.length > 0 && named.every((w) => roleOf(w) !== undefined)) return ` of ${inner} `;
  // So does one describing a person by what they do here: "Your name and role (the person making
  // this referral)", "Signature (the professional completing this form)".
  if (PERSON_DOING.test(inner)) return /^\s*completing\s/i.test(inner) ? " of the person completing this form " : ` of ${inner} `;
  // One asking only what kind of person ("Accompanied by (person type)", "(relationship)") asks that,
  // of whoever the label names: the national data sets code the accompanying person so.
  if (PERSON_TYPE.test(inner)) return " relationship ";
  // And one saying the answer is someone's own words is what is asked: "What would you like to
  // happen? (in the young person's own words)" records the young person's voice; so is a part of the
  // form named alone: "Has the full assessment (part B) been completed?" asks for part B. So is
  // a rating scale named alone: "Overall risk to children (RAG)" asks for the rating (rating-scales.ts).
  return OWN_WORDS.test(inner) || FORM_PART.test(inner) || namesOnlyARatingScale(inner) ? ` ${inner} ` : ` (${inner}) `;
}

const HAS_LETTER = /[a-z]/i;

/** "person type", "type of person", "relationship": a bracket asking what someone is to the patient. */
const PERSON_TYPE = /^\s*(?:person\s+type|type\s+of\s+person|relationship)\s*$/i;

/** "in the child's own words", "in their own words". */
const OWN_WORDS = /^\s*in\s+[^()]{0,30}\bown\s+words\s*$/i;

/**
 * "the person making this referral", "professional completing the form"; "the practitioner who
 * identified the concern and is making this referral", "completing this record" (round 25, set AK).
 */
const PERSON_DOING = /^\s*(?:the\s+)?(?:person|professional|practitioner|worker|clinician)\s+(?:who\s+(?:[a-z]+\s+){0,6}?(?:and\s+)?is\s+|who\s+is\s+)?(?:making|completing|referring|signing|undertaking)\b[^()]{0,40}$|^\s*completing\s+this\s+(?:form|record|report|referral|assessment|plan)\s*$/i;

/**
 * A trailing dash and a list of what to write down about them, as a bracket would hold it:
 * "Children in local authority care – names, ages", "Other children in the household - name, DOB,
 * school". The list says how to answer; what is asked is before the dash. Not a relationship: "–
 * names, DoB, relationship to the child" says whose family is asked about.
 */
const RECORD_ITEM = String.raw`(?:full\s+)?(?:names?|ages?|dobs?|d\.o\.b\.?|dates?\s+of\s+birth|address(?:es)?|schools?|school\s+or\s+nursery|nursery|gender|sex|contact\s+details|where\s+they\s+live|placements?|who\s+they\s+live\s+with)`;
/** A plural written into a word: "child(ren)", "parent(s)", "box(es)". */
const PLURAL_MARK = /[a-z]\((?:ren|e?s)\)/i;
/** A dash or a colon before a word a record list begins with: only such a text is tried against the lists below (every label comes here). */
const MAY_LIST_RECORDS = /(?:\s[-–—]|:)\s*(?:full|names?|ages?|dob|d\.o\.b|dates?|address|schools?|gender|sex|contact|where)\b/i;
const RECORD_LIST = new RegExp(String.raw`\s[-–—]\s*${RECORD_ITEM}(?:\s*(?:,|and|&|\/|,\s*and)\s*${RECORD_ITEM})*\s*[.:]?\s*$`, "i");
/** The same list of two or more after a colon ("…: names, ages and placement"). */
const RECORD_LIST_AFTER_COLON = new RegExp(String.raw`:\s*${RECORD_ITEM}(?:\s*(?:,|and|&|\/|,\s*and)\s*${RECORD_ITEM})+\s*[.:]?\s*$`, "i");

/**
 * The words before a colon at `at`, when there are three or more of them; else undefined. Every
 * reading of what a colon splits asks this of its head: a head of three words or more says what
 * is asked ("Children looked after by the local authority: names, ages and placement"), a shorter
 * one is a heading over what follows ("Other children: names, dates of birth").
 */
export function headBefore(text: string, at: number): string | undefined {
  if (at < 0) return undefined;
  const head = text.slice(0, at).trim();
  return head.split(/\s+/).length >= 3 ? head : undefined;
}

/**
 * `text` without a trailing list of what to write down. After a colon only a list of two or more
 * after a head of three words or more: "Children looked after by the local authority: names, ages
 * and placement" asks which children there are, and the list how to write them down; a short head
 * is a heading over the list the field asks ("Other children: names, dates of birth and where they
 * live" asks their details), and one word after a colon is what is asked ("Person accompanying
 * child: name").
 */
function withoutRecordList(text: string): string {
  const dashed = text.replace(RECORD_LIST, "");
  if (dashed !== text) return dashed;
  const m = RECORD_LIST_AFTER_COLON.exec(text);
  return (m && headBefore(text, m.index)) ?? text;
}

/** "each child's name", "every child's date of birth". */
const EACH_CHILDS_DETAIL = /\b(?:each|every)\s+child['’]s\s+(?=(?:full\s+)?(?:names?|ages?|dates?\s+of\s+birth|dob)\b)/gi;

/**
 * What a comma (or a spaced dash) may be followed by that only adds to what is asked, cut off with
 * everything after it: a condition ("if known"), an example ("e.g. …", "for example …"), a request
 * for reasons or for who was there (", and your reasons", ", and why?", ", and who was present"),
 * who does it by when (", by whom and by when", " - who will do what, by when"), how to reach them
 * (", and how do I contact them?", ", and how to ask for it"), when a meeting was held (", and the date it was held"),
 * what "alone" means (", without partner or family present"), how to write the names down, or when,
 * last of all (", with dates": what was done is asked, and its dates beside it; round 36).
 */
const TRAILING_ADDITION = new RegExp(
  String.raw`,\s*(?=(?:` +
    [
      String.raw`if|unless|e\.g\.|eg|i\.e\.|ie|such as|for example|for instance|including|where|when known`,
      String.raw`(?:and|or)\s+any(?:thing|one)\s+(?:else\s+)?(?:you|they|we)\b|and\s+by\s+when|by\s+whom\s+and\s+(?:by\s+)?when\b`,
      String.raw`(?:and|with|giving)\s+(?:your\s+|the\s+)?reasons\b`,
      String.raw`without\s+(?:her\s+|his\s+|their\s+|a\s+)?(?:partner|family|friends|parents?|carers?)\b`,
      String.raw`and\s+why(?=\s*[.?]?\s*$)`,
      String.raw`and\s+how\s+to\s+(?:ask\s+for|get|access|find)\s+(?:it|them|this)(?=\s*[.?]?\s*$)`,
      String.raw`and\s+the\s+date\s+(?:it\s+was\s+held|of\s+(?:it|the\s+meeting))(?=\s*[.?]?\s*$)`,
      String.raw`and\s+how\s+(?:do\s+(?:i|you|we)\s+|to\s+|can\s+(?:i|you|we)\s+)(?:contact|reach|get\s+in\s+touch\s+with)\s+(?:them|him|her|it)(?=\s*[.?]?\s*$)`,
      String.raw`and\s+who\s+(?:was|were)\s+(?:present|there|with\s+(?:them|him|her|the\s+(?:child|patient)))\s*[.?]?\s*$`,
      String.raw`with\s+(?:their|his|her|its)\s+(?:full\s+)?(?:names?|ages?|dates?\s+of\s+birth|dob)`,
      String.raw`(?:with|and|giving)\s+(?:the\s+|their\s+)?(?:dates?|times?)(?:\s+(?:and|&)\s+(?:dates?|times?))?(?=\s*[.?]?\s*$)`,
    ].join("|") +
    String.raw`)\b)|\s[-–—]\s(?=(?:if|unless|e\.g\.|such as|including|who\s+will\s+do\s+what)\b)`,
  "i",
);

/** A colon and nothing after it but question words ("what, who, by when"). */
const QUESTION_WORD_LIST = /:\s*(?:what|who|whom|when|where|why|how|by\s+when|by\s+whom)(?:\s*(?:,|and|&|\/)\s*(?:and\s+)?(?:what|who|whom|when|where|why|how|by\s+when|by\s+whom))+\s*[.?]?\s*$/i;

/** A colon, perhaps the dates, and what was decided or agreed: the head's outcome. */
const WHAT_WAS_DECIDED = /:\s*(?:(?:date|dates)\s*,?\s*(?:and\s+)?)?what\s+was\s+(?:decided|agreed)\s*[.?]?\s*$/i;

/** A colon and questions after it ("…: what has happened, how likely is further harm, …?"). */
const SUB_QUESTIONS = /:\s*(?:what|how|who|when|where|why|which)\s[^:]*$/i;

/** "Consent to this health assessment and to the report being shared with …", "I agree to this assessment taking place and to my report being shared …". */
const AND_ITS_SHARING = /\b((?:consent|consented|agree|agreed)\s+to\s+(?:(?:this|the|my|your|their|his|her)\s+)?(?:[a-z]+\s+){0,2}?(?:assessment|examination|review|treatment|check)(?:\s+taking\s+place)?)\s+and\s+to\s+(?:[a-z']+\s+){1,5}?(?:being|to\s+be)\s+shared\b[^?.]*/i;

/** A leading policy or judge: "In line with the Trust's Domestic Abuse in Pregnancy policy, ", "In your professional judgement, ". */
const LEADING_WHY_OR_WHOSE =
  /^\s*(?:(?:in\s+line\s+with|in\s+accordance\s+with|as\s+per|as\s+required\s+by|in\s+keeping\s+with)\s+[^,?]{3,60}?(?:policy|policies|guidance|guidelines|procedures?|protocol|standards?|pathway|framework)|in\s+(?:your|the|my|our)\s+(?:[a-z'’]+\s+){0,3}?(?:judgement|judgment|opinion|view|assessment))\s*,\s*(?=\S+\s+\S)/i;

/** "(any of) the following occur": a condition whose cases are listed in the answer box. */
const THE_FOLLOWING = /^\s*(?:any\s+of\s+)?the\s+following\s+(?:occurs?|happens?|applies|apply|changes?)\s*[:.…]*\s*$/i;

/** "What will be done", "What should happen", "Who will act": a plan for whatever condition follows. */
/** "Was there a time", "have there ever been times": a question that only asks whether its "when" clause ever happened. */
const A_TIME = /^\s*(?:was|were|is|are|has|have|had)\s+there\s+(?:ever\s+)?(?:been\s+)?(?:a\s+time|any\s+times?|times)\s*$/i;
const PLAN_FOR = /^\s*(?:what|who)\s+(?:will|would|should|is\s+to)\s+(?:be\s+done|happen|do|act|follow\s+up)\s*$/i;

/**
 * Openings that only frame what is asked, each tried once, in this order, on what the ones before
 * it left ("In the last year, if yes, …" loses both; "If yes, in the last year, …" only its
 * condition, as it always has). Every pattern is anchored at the start
 * and begins with one of a few words, so it is tried only when the text's first word is one of
 * them: this runs for every distinct label, and most labels begin with none.
 */
const LEADING_FRAMES: ReadonlyArray<{ firstWords: ReadonlySet<string>; pattern: RegExp }> = [
  // A leading time frame ("Within the last year, …", "In the past 12 months, …") only dates the question.
  { firstWords: new Set(["within", "in", "during", "over", "since"]), pattern: /^\s*(?:within|in|during|over|since)\s+(?:the\s+)?(?:last|past|previous)\s+[^,?]{0,20},\s*/i },
  // …or a year: "In 2019, what was your total household income?"
  { firstWords: new Set(["in", "during", "since"]), pattern: /^\s*(?:in|during|since)\s+(?:19|20)\d\d\s*,\s*/i },
  // A leading condition ("If indicated, …", "If yes, …", "Where appropriate, …") only says when to ask.
  { firstWords: new Set(["if", "where", "when"]), pattern: /^\s*(?:if|where|when)\s+[^,?]{1,25},\s*(?=\S+\s+\S)/i },
  // …and a leading policy ("In line with the Think Family policy, …", "As required by NICE
  // guidance, …") only says why, and a leading judge ("In your professional judgement, …", "In
  // the health visitor's assessment, …") only says whose answer it is.
  { firstWords: new Set(["in", "as"]), pattern: LEADING_WHY_OR_WHOSE },
  // …and a leading "Ask every woman:", "Complete for all under 18s:" only says whom to ask (as does
  // "We ask every woman, when she is on her own:", round 19).
  { firstWords: new Set(["we", "ask", "complete", "to", "for"]), pattern: /^\s*(?:(?:we\s+)?ask|complete|to\s+be\s+completed|for)\s+(?:for\s+|of\s+)?(?:every|all|each|any)\s+[^:?]{1,30}:\s*(?=\S+\s+\S)/i },
  // …and a script's "Clinician to confirm:", "Staff to check:" only says who answers (round 18, set W).
  { firstWords: new Set(["clinician", "practitioner", "staff", "nurse", "midwife", "doctor", "triage"]), pattern: /^\s*(?:clinician|practitioner|staff|nurse|midwife|doctor|triage\s+nurse)\s+to\s+(?:confirm|check|ask|record|document)\s*:\s*(?=\S+\s+\S)/i },
  // …and a proforma's prompt to the clinician only says what to do with the question after it
  // (round 22, set AE): "Ask whether the patient looks after or lives with any children",
  // "Consider whether the injury fits the history given", "Observe and record the home environment".
  { firstWords: new Set(["please", "ask", "consider", "check", "establish", "find", "observe", "document"]), pattern: /^\s*(?:please\s+)?(?:(?:ask|consider|check|establish|find\s+out)\s+(?:whether|if)|consider|observe\s+and\s+record|observe|document)\s+(?=\S+\s+\S+\s+\S)/i },
  // …as does an audit checklist's attestation of it (round 23, set AG): "Confirmed with the patient
  // whether they look after, or live with, any children under 18", "I have considered whether …".
  { firstWords: new Set(["i", "asked", "considered", "checked", "confirmed", "established"]), pattern: /^\s*(?:i\s+have\s+)?(?:asked|considered|checked|confirmed|established)(?:\s+with\s+(?:the\s+)?(?:patient|woman|parent|parents|family|young\s+person|client|carer))?\s+(?:whether|if)\s+(?=\S+\s+\S+\s+\S)/i },
];

/** "How, where, when": question words listed before the question they all open. */
const LEADING_QUESTION_WORDS = /^\s*(?:how|what|when|where|who|why)(?:\s*,\s*(?:how|what|when|where|who|why))+(?=\s*(?:,|\s(?:and|or)\s))/i;

/** Where TRAILING_ADDITION may cut besides a comma. */
const SPACED_DASH = /\s[-–—]\s/;
/** What a trailing clause needs, found in one pass before the dearer search for where it starts. */
const CLAUSE_WORD = /\s(?:when|if|unless)\s/i;

/**
 * The first run of ASCII letters after any spaces, lower-cased. Under `i` without `u`, an ASCII
 * letter in a pattern matches only an ASCII letter, so a pattern of `LEADING_FRAMES` can match
 * only a text whose first word is one of its `firstWords` (as `questionTopic` is gated below).
 */
const LEADING_LETTERS = /^\s*([a-z]+)/i;
function firstWordOf(text: string): string {
  const m = LEADING_LETTERS.exec(text);
  return m ? m[1].toLowerCase() : "";
}

function withoutLeadingFrames(text: string): string {
  let out = text;
  let first = firstWordOf(out);
  for (const frame of LEADING_FRAMES) {
    if (!frame.firstWords.has(first)) continue;
    const next = out.replace(frame.pattern, "");
    if (next !== out) {
      out = next;
      first = firstWordOf(out);
    }
  }
  return out;
}

function mainClauseOnce(text: string): string {
  // "8. How often do you…?": the item number is not part of the question (item-numbers.ts).
  // …and one week's days or times say how often (quantities.ts): "During the past 7 days, how many
  // times did you eat fruit?" is read "how often did you eat fruit?" before its time frame goes.
  const undated = withoutLeadingFrames(readDaysOfAWeek(withoutItemNumber(text)));
  // After a closed question, a trailing "— date" only says to note when: "Referred to the
  // perinatal team? Y/N — date" asks whether.
  const asked = withoutTrailingFlagOrObserver(undated.includes("?") ? undated.replace(/\?\s*(?:\(?\s*(?:y\/n|yes\/no)\s*\)?)?\s*[-–—,:;]?\s*(?:if\s+yes,?\s*)?(?:date|date and time|when)\??\s*$/i, "?") : undated);
  // "That adult's relationship to the child": a person pointed back at is the one the field before
  // names, as "their" is (round 20, set AA), so the label is a bare slot read beside that field.
  const pointed = /\b(?:that|this|same)\s/i.test(asked) ? asked.replace(POINTED_BACK, "their ") : asked;
  // "child(ren)", "parent(s)": a plural written into the word, not a bracket to drop.
  const marked = PLURAL_MARK.test(pointed) ? pointed.replace(/\b(child)\((ren)\)/gi, "$1$2").replace(/\b([a-z]{3,})\((s|es)\)/gi, "$1$2") : pointed;
  // "Record each child's name and age": the names and ages of several children, the children's
  // details. Only before a detail: "each child's views" is each one's voice.
  const plurals = /\b(?:each|every)\s/i.test(marked) ? marked.replace(EACH_CHILDS_DETAIL, "children's ") : marked;
  // A bracket naming only a person says whose the field is: "Signed (young person)", "Signature
  // (parent/carer)" are not the practitioner's. Kept as "of …", so the role guard reads it
  // (role-words.ts says which words name whom).
  // "Name (accompanying adult)", "Children under 18 (number)": a bare attribute and a bracket saying
  // of what, read together (bracket-qualifier.ts); any other bracket is read as below.
  // (The shape is tried first: most labels with a bracket are not of it, and the person test is the dearer.)
  const reread = plurals.includes("(") ? withBracketedQualifier(plurals) : undefined;
  const qualified = reread && !bracketNamesAPerson(plurals) ? reread : plurals;
  const owned = qualified.includes("(") ? qualified.replace(/\(([^()]{1,60})\)/g, (_, inner: string) => ownerInBrackets(inner)) : qualified;
  // Innermost brackets only, so an unclosed "(((…" is one linear pass, not a rescan from every "(".
  const bare = owned.includes("(") || owned.includes("[") ? owned.replace(/\([^()]*\)/g, " ").replace(/\[[^[\]]*\]/g, " ") : owned;
  const recorded = MAY_LIST_RECORDS.test(bare) ? withoutRecordList(bare) : bare;
  // "Decisions and actions agreed: what, who, by when": question words after a colon say how to write the answer down.
  // "Core group meetings: dates, and what was agreed": what was decided at a meeting is its outcome (round 24, set AI).
  const listed = recorded.includes(":") ? recorded.replace(QUESTION_WORD_LIST, "").replace(WHAT_WAS_DECIDED, " outcome") : recorded;
  // "What is your analysis of the risk of harm to the child: what has happened, how likely is
  // further harm, and how serious could it be?": questions after a colon say what to cover in
  // answering the one before it, which is what is asked; so do questions after a heading of a topic
  // ("Feelings and emotional wellbeing: what support is in place or needed?"). A head of three
  // words or more: "Other children: who are they?" asks about the children.
  const sub = listed.includes(":") ? SUB_QUESTIONS.exec(listed) : null;
  const noParens = (sub && headBefore(listed, sub.index)) ?? listed;
  // A parenthetical between commas ("How could the client's mental health, including any
  // deterioration, affect the children?") is dropped, and the question goes on after it.
  // So is one that only says when to answer ("Name, if known, of the person accompanying"), or
  // who or when besides what is asked.
  const unaside = noParens.includes(",")
    ? noParens
        // …and one listing examples ("do any of the factors, such as parental mental health, substance use or the home conditions, affect …").
        .replace(/,\s*(?:including|especially|particularly|such\s+as|e\.g\.|for\s+example)\s(?:[^,?]{1,40},\s*){1,5}?[^,?]{0,40}\b(?:or|and)\s[^,?]{1,40},\s*(?=\S)/gi, " ")
        .replace(/,\s*(?:including|especially|particularly|such\s+as|e\.g\.|for\s+example)\s[^,?]{1,40},\s*(?=\S)/gi, " ").replace(/,\s*(?:if|where|when)\s+(?:known|any|applicable|appropriate|possible|relevant|available|present)\s*,\s*(?=\S)/gi, " ")
      // …and one asking who or when besides ("What will be done, and by whom, if the young person misses this appointment?").
      .replace(/,\s*(?:and\s+)?(?:by\s+whom|by\s+when|when|who\s+by)\s*,\s*(?=\S)/gi, " ")
    : noParens;
  // Consent to an assessment "and to" its report being shared asks first for the consent to the
  // assessment (the sharing after it is a second consent, which one field cannot count as both).
  const shared = unaside.includes(" shared") ? unaside.replace(AND_ITS_SHARING, "$1") : unaside;
  // A leading list of question words ("How, where and in what circumstances did the injury happen,
  // and who was present?") is one question: its commas are not where an addition starts (", where"
  // would otherwise leave "How").
  const listedFirst = LEADING_QUESTION_WORDS.test(shared) ? shared.replace(LEADING_QUESTION_WORDS, (words) => words.replace(/\s*,\s*/g, " ")) : shared;
  // TRAILING_ADDITION starts at a comma or a spaced dash: a label with neither is not split.
  const cut = listedFirst.includes(",") || SPACED_DASH.test(listedFirst) ? listedFirst.split(TRAILING_ADDITION)[0] : listedFirst;
  // A long prompt's trailing "when …"/"if …" clause qualifies it too, comma or not: "First name
  // of person accompanying child today when client has not arrived with the primary Caregiver".
  const clause = CLAUSE_WORD.test(cut) ? /^(.{12,}?)\s(?:when|if|unless)\s(.+)$/i.exec(cut) : null;
  // Not after a bare "What will be done", "Who will act": the clause is then what the plan is for
  // ("What will be done if the young person misses this appointment?").
  // Nor after "Was there a time", "Have there been times": the "when" clause is then all that is asked
  // ("During the last 12 months, was there a time when you were not able to pay your mortgage, rent
  // or utility bills?", a public health survey's item; batch c43, round 39).
  // Nor when the clause only points at a list in the answer box ("… before the review date if any of
  // the following occur", round 21): the "if" is what is asked (readings.ts readSoonerIf).
  const main = clause && clause[1].trim().split(/\s+/).length >= 3 && clause[2].trim().split(/\s+/).length >= 3 && !PLAN_FOR.test(clause[1]) && !A_TIME.test(clause[1]) && !THE_FOLLOWING.test(clause[2]) ? clause[1] : cut;
  return main.trim() ? main : text;
}

/**
 * A data set's trailing "indicator" only says the item is a yes/no flag (round 19, set Y):
 * "Assessment refused by young person indicator" asks whether it was refused. Only the singular
 * word, last, after two words or more: "Non-verbal indicators" and "indicators of abuse" keep their
 * meaning. And a trailing "observed by clinician" only says who saw it: "Demeanour and non-verbal
 * behaviour observed by clinician" asks the child's demeanour, not about the clinician. Each pattern
 * runs only on a text holding its word (this is read for every label).
 */
function withoutTrailingFlagOrObserver(text: string): string {
  return withoutTail(withoutTail(text, INDICATOR_WORD, TRAILING_INDICATOR), BY_WORD, TRAILING_OBSERVER);
}
const INDICATOR_WORD = /indicator\W{0,8}$/i;
const TRAILING_INDICATOR = /\s[-–—]?\s{0,3}indicator\s{0,3}[?:.]?\s{0,3}$/i;
const BY_WORD = /\sby\s/i;
const TRAILING_OBSERVER = /\s(?:as\s)?(?:observed|noted|seen|witnessed)\s{1,3}by\s{1,3}(?:the\s)?(?:clinician|practitioner|nurse|doctor|midwife|staff|assessor|examiner)\s{0,3}[?:.]?\s{0,3}$/i;

/**
 * The text without a trailing `tail` (a pattern anchored at the end), when at least two words stay
 * before it. Only the last 120 characters are searched, so a long label costs no more than a short
 * one (the hardening tests read labels of a megabyte).
 */
function withoutTail(text: string, word: RegExp, tail: RegExp): string {
  if (!word.test(text)) return text;
  const from = Math.max(0, text.length - 120);
  const m = tail.exec(text.slice(from));
  if (!m) return text;
  const kept = text.slice(0, from + m.index).trimEnd();
  return /\S\s+\S/.test(kept) ? kept : text;
}

/** "That adult's", "this person's", "the same adult's": someone named by the field before. */
const POINTED_BACK = /\b(?:that|this|the\s+same)\s+(?:adult|person|individual)(?:'s|’s)\s/gi;

/** Who a question is put to or about, as forms write it ("you", "your child", "the patient"; in a terse record "pt", "patient" without its article). */
const ASKED = String.raw`(?:you|your (?:child|baby|son|daughter|partner)|(?:the )?(?:patient|client|child|woman|young person|mother|parent)|pt|yp|they|she|he)`;
/** Someone unnamed doing what the question is about ("Does an adult help brush your child's teeth?"). */
const SOMEONE = String.raw`(?:an adult|a grown-up|anyone|anybody|someone|somebody)(?: else)?`;
/**
 * Openings that only make a prompt a question: what follows is its topic. "Are there any
 * concerns about your child's sleep?" asks about sleep; "How often does your child miss
 * school?" asks about missing school.
 */
const QUESTION_STEMS = new RegExp(
  "^\\s*(?:" +
    [
      String.raw`(?:(?:do|does|have|has) ${ASKED} (?:got |had )?|are there )?any(?: other)? (?:worries|concerns|problems|difficulties|issues|questions)(?: (?:about|with|regarding|over|around))?`,
      String.raw`(?:is|are) there any(?:thing|one)?(?: (?:else|other))?(?: (?:that )?${ASKED} (?:are|is|am|'re)? ?(?:worried|concerned|unhappy) (?:about|with|by)| to suggest(?: that)?)?`,
      String.raw`how (?:often|many times|much) (?:do|does|did|have|has|is|are|was|were|will|would) ${ASKED}`,
      String.raw`(?:do|does|did|have|has|had|is|are|was|were|can|could|would|will) (?:${ASKED}|${SOMEONE})(?: ever)?`,
      String.raw`how (?:would|do|did) ${ASKED} (?:rate|describe|assess)(?: (?:your|their|his|her))?`,
      String.raw`(?:please )?(?:describe|tell us about|give details of|provide details of)(?: (?:your|any|the))?`,
    ].join("|") +
    ")\\s+",
  "i",
);

/**
 * The words QUESTION_STEMS can begin with, each followed by white space. V8 takes 15–20 ms to
 * compile that expression (its first two uses: to bytecode, then to machine code), a twentieth of
 * a one-form run; a label whose first word is none of these cannot match it, so it is not run (nor
 * compiled) for one. Exact: the expression is case-insensitive without the `u` flag, so only ASCII
 * letters can match its ASCII words.
 */
const QUESTION_OPENERS = new Set(["do", "does", "did", "have", "has", "had", "is", "are", "was", "were", "can", "could", "would", "will", "any", "how", "please", "describe", "tell", "give", "provide"]);
const FIRST_WORD = /^\s*([A-Za-z]+)\s/;

/** A "help (to)" opening the topic, before the verb of what is helped with. */
const HELPS = /^(?:help|helps|helped)\s+(?:to\s+)?(?=[a-z]+\s)/i;

/** A question's topic without the opening that makes it a question, or undefined when it has none (once per text). */
export const questionTopic: (text: string) => string | undefined = perText((text) => {
  const first = FIRST_WORD.exec(text);
  if (!first || !QUESTION_OPENERS.has(first[1].toLowerCase())) return undefined;
  // Helping with something asks about it: "Does an adult help brush your child's teeth?" asks about
  // brushing the child's teeth (the helper, unnamed, is not the topic).
  const asked = text.replace(QUESTION_STEMS, "");
  if (asked === text) return undefined; // not a question: "Help given with housing" keeps its help
  const topic = asked.replace(HELPS, "");
  return topic.trim() ? topic : undefined;
});

/**
 * The sentences of a long prompt, when it has more than one: "Has your partner ever forced you to
 * have sex? Does he force you to…", "Confirmation of consent for testing - testing will not be
 * performed without…". Not at a colon: "Other children: names and dates of birth" is not "other
 * children" (that cost false recognitions on the tuning part).
 */
/**
 * What a label of several sentences asks, when one of them is a question: the question, with any
 * heading and instruction around it, but not the statements ("Stress is when someone feels
 * tense, nervous, anxious… How stressed are you?" asks how stressed, not about anxiety). A
 * label with no question is returned whole.
 */
export function askedPart(text: string): string {
  const parts = sentences(text);
  if (!parts.some((s) => s.endsWith("?"))) return text;
  const asked = parts.filter(asks);
  // "We see every woman on her own for part of one appointment. Has this been explained to you?":
  // a question that points back at the statement before it asks about that statement.
  // Read as one question, the question first, as "has it been explained that …" would be worded.
  if (asked.length === 1 && POINTS_BACK.test(asked[0])) return [asked[0], ...parts.filter((p) => p !== asked[0])].map((p) => p.replace(/[.?!]+$/, "")).join(" ");
  // "How is the parent's behaviour affecting the child? Describe the lived experience of the child":
  // asked to describe or explain after the question, the answer is the question's, told at more
  // length. ("Include days missed from home schooling" adds to what is asked, and stays.)
  const questions = asked.filter((p) => p.endsWith("?"));
  if (questions.length === 1 && asked.length > 1 && asked.indexOf(questions[0]) === 0 && asked.slice(1).every((p) => ELABORATE.test(p))) return questions[0];
  return asked.length < parts.length ? asked.join(" ") : text;
}
/** A short question about "this", "that" or "the above": what it asks is said before it. */
const POINTS_BACK = /^(?:(?:has|have|was|were|is|are|did|does|do)\s+(?:this|that|these|the\s+above)\b|(?:has|have|was|were|is)\s+(?:it|she|he|they|the\s+\w+)\s+(?:been\s+)?(?:explained|discussed|told|informed|offered|given|agreed|understood)\b(?:\s+(?:this|that|these|it))?|(?:discussed|explained|agreed|offered|understood)(?:\s+with\s+\w+)?\s*\?$)/i;

/**
 * The sentences of a long label that may each be read as a prompt: questions, headings and
 * instructions, not statements ("Talk softly to the unborn baby. The baby can hear you…" is
 * advice, not a question about the unborn baby).
 */
export function askingSentences(text: string): string[] {
  return sentences(text).filter(asks);
}

/** One sentence that asks: a question, or an instruction saying what to write. */
export function asksOnItsOwn(sentence: string): boolean {
  return /\?\s*$/.test(sentence) || INSTRUCTION.test(sentence);
}

/** A sentence that asks: not a statement ending in a full stop, unless it tells the person filling in the form what to write. */
function asks(sentence: string): boolean {
  return !/[.!]$/.test(sentence) || INSTRUCTION.test(sentence);
}
/** An instruction to say more about the answer just asked for. */
const ELABORATE = /^(?:please\s+)?(?:describe|explain|give\s+(?:details|examples)|provide\s+details|tell\s+us\s+more)\b/i;
/** A sentence telling the person filling in the form what to write ("Include days missed…"). */
const INSTRUCTION = /^(?:please\s+)?(?:include|describe|record|list|give|state|specify|explain|detail|note|tick|select|provide|enter)\b/i;

export function sentences(text: string): string[] {
  // Most prompts are one sentence: no place where the split below could cut means no parts.
  if (!SENTENCE_BREAK.test(text)) return [];
  const parts = text.split(SENTENCE_SPLIT).map((x) => x.trim()).filter((x) => x.split(/\s+/).length >= 2);
  return parts.length > 1 ? parts : [];
}
/**
 * After ?, . or ! before a space, or at a spaced dash; not after an abbreviation's full stop: "What
 * would make us update this risk assessment sooner (e.g. self-harm, A&E attendance)?" is one
 * question (cut after "e.g.", its question was "self-harm, A&E attendance)?").
 */
const SENTENCE_SPLIT = /(?<=[?.!])(?<!\b(?:e\.g|i\.e|etc|approx|incl|no|nos|dr|mr|mrs|ms|vs|st|eg|ie)\.)\s+|\s[-–—]\s/i;
/** Matches wherever `sentences` may split (and after an abbreviation, where it does not). */
const SENTENCE_BREAK = /[?.!]\s|\s[-–—]\s/;
