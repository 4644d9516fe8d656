/**
 * How much is not what. Screening items ask about an amount or a frequency of the thing they are
 * about: "How often do you have at least one drink containing alcohol?", "Drinking at least 4
 * drinks of any kind of alcohol in a single day?", "On average, would you say you do at least 2.5
 * hours of physical activity per week?". The amount ("at least 4", "2.5 hours of"), the period it
 * is counted over ("per week", "in a single day", "on average") and the opinion frame ("would you
 * say") are how the answer is measured: read without them, the item asks about alcohol use and
 * physical activity, which is what it is about.
 *
 * Only amounts introduced as bounds ("at least", "more than", "up to"…), never a bare number or an
 * age: "under 18", "18 or over", "in the last 12 months" keep their numbers, and "How many …" still
 * asks for a count (prompt-guards.ts reads that from the text as written).
 */
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)`;
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|days?|times?|weeks?|sessions?)`;
// An amount of something ("at least 4 drinks", "at least 2.5 hours of activity"), not a span of time
// that dates something else ("born more than 3 weeks before the due date" is about prematurity).
const BOUNDED_AMOUNT = new RegExp(String.raw`\b(?:at\s+least|at\s+most|more\s+than|less\s+than|fewer\s+than|up\s+to)\s+${NUMBER}(?:\s+${UNIT}\s+of\b|(?!\s+${UNIT}\b))`, "g");
/**
 * How long an activity lasts, as a bound: "for at least 60 minutes", "30 minutes or more of", "for at
 * least 10 minutes at a time", "a total of at least 60 minutes per day". Activity and sleep items
 * measure their answer so; only minutes and hours (days and weeks date things: "more than 3 weeks
 * before the due date"), and only as a bound ("at least", "or more"), never a bare "10 minutes".
 */
const BOUNDED_DURATION = new RegExp(String.raw`\b(?:for\s+)?(?:a\s+total\s+of\s+)?(?:(?:at\s+least|more\s+than|over)\s+${NUMBER}\s+(?:minutes?|mins?|hours?|hrs?)(?:\s+or\s+(?:more|longer))?|${NUMBER}\s+(?:minutes?|mins?|hours?|hrs?)\s+or\s+(?:more|longer))(?:\s+(?:at\s+a\s+time|continuously|in\s+total))?(?:\s+of\b)?`, "g");
const PERIOD = /\b(?:per|a|each|every)\s+(?:day|week|month|session|occasion)\b|\bin\s+a\s+single\s+(?:day|occasion|session)\b|\bon\s+(?:average|a\s+typical\s+day)\b|\bany\s+kind\s+of\b|\bwould\s+you\s+say(?:\s+that)?\b/g;

/**
 * The days of one week on which something is done, or the times in one week ("On how many days in the
 * past week…", "During the last 7 days, on how many days…", "During the past 7 days, how many times did
 * you eat fruit?", "In a typical week, on how many days…") is how often it is done:
 * read as "how often", whose words weigh as little against the activity asked about as "per week"
 * does. prompt-guards.ts `asksHowOften` says the same to the count guard (`namesDaysOfAWeek`).
 * Only days within a week ("On how many days in the past year did the child attend?" counts), and
 * only what the person asked or the child did: "on how many days did all the family members who
 * live in the household eat a meal together?" keeps its count (and is not who lives there).
 */
const DAYS_OF_A_WEEK = /(?:\b(?:(?:during|in|over)\s+(?:the\s+)?(?:past|last|previous)\s+(?:week|7\s+days|seven\s+days)|in\s+an?\s+(?:typical|usual|normal|average)\s+week)\s*,?\s+(?:on\s+)?how\s+many\s+(?:days|times)\b|\b(?:on\s+)?how\s+many\s+(?:days|times)\s+(?:in|during|of|over)\s+(?:the\s+)?(?:past|last|previous)\s+(?:week|7\s+days|seven\s+days)\b)(?=\s*(?:did|do|does|were|was|have|has|had)\s+(?:you|your\s+child|the\s+child|this\s+child|the\s+young\s+person|he|she|they)\b)/gi;

/** Whether `text` asks on how many days (or how many times) of one week something was done. */
export function namesDaysOfAWeek(text: string): boolean {
  DAYS_OF_A_WEEK.lastIndex = 0;
  const found = DAYS_OF_A_WEEK.test(text);
  DAYS_OF_A_WEEK.lastIndex = 0;
  return found;
}

/**
 * `text` with the days or times of one week read as "how often", in any case: normalise.ts
 * `mainClause` asks this before it drops a leading time frame ("During the past 7 days, …"), which
 * would otherwise leave "how many times did you eat fruit?" asking for a count.
 */
export function readDaysOfAWeek(text: string): string {
  return /how\s+many/i.test(text) ? text.replace(DAYS_OF_A_WEEK, " how often ") : text;
}

/** How an income is counted ("total household income before taxes", "annual income", "net monthly income", "income before any deductions"): the income is what is asked. */
const INCOME_MEASURE = /\b(?:(?:gross|net)\s+)?(?:total|combined|gross|net|annual|monthly|weekly|yearly)\s+(?=(?:(?:household|family)\s+)?income\b)|\b(?:before|after)\s+(?:tax(?:es)?|(?:any\s+)?deductions)\b/g;

/** `text` (lower case) without the bounded amounts, periods and opinion frames that only measure what it asks. */
export function withoutMeasure(text: string): string {
  const income = text.includes("income") || text.includes("tax") || text.includes("deduction") ? text.replace(INCOME_MEASURE, " ") : text;
  const measured = readDaysOfAWeek(income);
  if (!/\b(?:at|more|less|fewer|up|per|a|each|every|in|on|any|would|or)\b/.test(measured)) return measured;
  const timed = /minute|min\b|mins|hour|hrs/.test(measured) ? measured.replace(BOUNDED_DURATION, " ") : measured;
  return timed.replace(BOUNDED_AMOUNT, " ").replace(PERIOD, " ");
}
