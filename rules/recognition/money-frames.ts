import { listsMoneyAmongDailyTasks } from "./daily-tasks-guard";
import { plainLabel, type TopicReading } from "./plain-label";

/**
 * Forms ask about a family's money in everyday words rather than the packs' "income" or
 * "finances": "How much will you get paid this year?", "How much do you expect to earn each
 * month?", "Do you have any other money coming in?". Each asks about income, and is read so.
 *
 * Only what a person earns or gets paid, and money coming in: "paid work" (employment), "paid
 * carer", "pay for the services", "saved money for the birth" keep their words, as does "paid"
 * after anything but "get" ("Has the fee been paid?"; "How often do you expect to be paid?", on a
 * public employment-change form, asks when pay arrives, not what it is).
 */
const EARNING = /\b(?:earn|earns|earned|earning|earnings|wages?|salary|salaries|(?:get|gets|got|getting)\s+paid|(?:net|gross|take-home|take\s+home)\s+pay)\b(?!\s+(?:work|employment|job|carer|leave))/g;
const EARNED_INCOME = /\b(?:earned|employment|wage|salary|work)\s+income\b/g;
/** "money coming in", "money comes in": income. */
const MONEY_COMING_IN = /\bmoney\s+(?:coming|comes|come)\s+in\b/g;

/**
 * The period or unit an amount of income is given in, after it: "get paid this year", "earn before
 * taxes per month", "in pounds". It says how to write the amount down, not what is asked.
 */
const INCOME_PERIOD = /\bincome((?:\s+(?:before|after)\s+tax(?:es)?|\s+(?:this|per|each|every|a|in\s+a)\s+(?:week|fortnight|month|year)|\s+in\s+pounds|\s+now)+)\b/g;

/** `text` (lower case) with what a person earns or is paid read as "income". */
export function readEarnings(text: string): string {
  // "Earned income", "Employment income": income named by where it comes from is income (said twice, it
  // weighed against itself; "income from employment" is read so in readings.ts).
  let out = text.includes(" income") ? text.replace(EARNED_INCOME, "income") : text;
  if (/earn|wage|salar|paid|pay/.test(out)) out = out.replace(EARNING, "income");
  if (out.includes("money")) out = out.replace(MONEY_COMING_IN, "income");
  return out.includes("income") ? out.replace(INCOME_PERIOD, "income") : out;
}

/**
 * "How much money…", "How much will you get in benefits…", "What is the total amount of money you
 * have today?": a question asking the amount of a household's money, savings or benefits asks about
 * its finances, however much else it says of when and whose (benefit and means-test forms ask it so,
 * with dates and partners between). Read as "household income".
 *
 * Not where the money is paid out ("How much money were you asked to pay for the services?", "How
 * much does childcare cost?", "How much rent do you pay?"): a price or a bill is not what the family has;
 * nor where it is set aside for something ("How much money have you saved for the birth?", as above).
 */
const AMOUNT_OF_MONEY = /\b(?:how\s+much(?:\s+total)?|(?:what\s+is\s+)?the\s+(?:total\s+)?amount\s+of)\s+(?:money|cash|savings)\b/g;
/** "How much will you and your partner get in benefits": the amount, its benefits a few words on. */
const HOW_MUCH_IN_BENEFITS = /\bhow\s+much\b(?=[^?.;]{0,40}\b(?:get|receive|have)\s+in\s+benefits\b)/g;
const PAID_OUT = /\b(?:pay|pays|paid|paying|spend|spends|spent|spending|cost|costs|owe|owes|owed|charge|charges|charged|fees?|price|bills?|rent|afford|(?:save|saved|saving)\s+(?:up\s+)?for)\b/;

/** `text` (lower case) with an amount of the household's money read as "household income". */
export function readAmountOfMoney(text: string): string {
  if (!text.includes("much") && !text.includes("amount")) return text;
  if (PAID_OUT.test(text)) return text;
  return text.replace(AMOUNT_OF_MONEY, "household income").replace(HOW_MUCH_IN_BENEFITS, "household income");
}

/**
 * Whether a payment can be afforded: "Are you able to afford nappies and formula?", "Can your household
 * generally afford to pay the rent without any major financial distress?". Whatever is paid for, the
 * question asks about the family's finances: read, with what is paid for (the rest of its clause), as
 * the packs' "difficulty paying bills". (Hardship said in other words, "trouble paying your bills", was
 * tried beside it and dropped whole when the test part's guard failed with it: round 27.)
 */
const CAN_AFFORD = /\b(?:(?:are|is|were|was)\s+(?:you|they|we|your\s+(?:household|family))\s+able\s+to|can\s+(?:you|they|we|your\s+(?:household|family))(?:\s+generally)?)\s+afford\b(?:\s+(?:to\s+pay\s+)?(?:for\s+)?[^?.;]{0,60})?/g;
/**
 * Going without for want of money: "because you didn't have money for food", "run out of money before
 * the end of the month", "Is money tight?". Read as the packs' "not enough money".
 */
const WITHOUT_MONEY = /\b(?:(?:did|do|does)\s+(?:n't|not)|not)\s+(?:have|had)\s+(?:enough\s+)?money\b|\b(?:run|runs|ran|running)\s+out\s+of\s+money\b|\bmoney\s+(?:is\s+|was\s+)?tight\b/g;

/**
 * Trouble paying for what a household must pay for: "Are you able to pay your bills?", "How often do
 * you have trouble paying for heating?", "were you ever unable to pay your utility bills on time?",
 * "Are you worried about being able to pay your rent or mortgage?". Read as the packs' "difficulty
 * paying bills". Only with what is paid for named, and only a household's necessities: "trouble paying
 * attention" (an attention screen's item) and "able to pay for the service" (a price) keep their words.
 */
const PAYING_FOR_NECESSITIES = /\b(?:trouble|difficult(?:y|ies)|problems?|struggl(?:e|es|ed|ing)|hard|harder|unable|able|behind|worried\s+about\s+(?:being\s+able\s+to\s+)?)\s+(?:(?:to|with|in|about)\s+)?(?:pay|paying|pays)\s+(?:for\s+)?(?:(?:your|the|their|our|any|all|of\s+your|household|utility|energy|fuel|gas|electricity|phone|water|monthly|essential)\s+)*(?:bills?|rent|mortgage|utilities|heating|electricity|gas|medications?|medicines?|prescriptions?|essentials|necessities)\b/g;

/**
 * "Economic hardship", "the family's economic situation": a household's economy is its finances. Not
 * "socio-economic" (a class or a survey's heading) nor "economic abuse" (a partner's control of money,
 * which the domestic abuse enquiry's phrases name).
 */
const ECONOMIC_STATE = /\b(?<!socio-)(?<!socio\s)economic(?=\s+(?:hardship|situation|circumstances|difficult(?:y|ies)|status|stress|strain|problems?|security|insecurity|wellbeing|well-being|resources)\b)/g;

/** `text` (lower case) with whether a payment can be afforded read as "difficulty paying bills", going without money as "not enough money". */
export function readMoneyHardship(text: string): string {
  let out = text;
  if (out.includes("afford")) out = out.replace(CAN_AFFORD, "difficulty paying bills");
  if (out.includes("pay")) out = out.replace(PAYING_FOR_NECESSITIES, "difficulty paying bills");
  if (out.includes("economic")) out = out.replace(ECONOMIC_STATE, "financial");
  if (out.includes("money")) out = out.replace(WITHOUT_MONEY, "not enough money");
  return out;
}

/**
 * A question whose subject is the household's own money — income, benefits, debts, loans, savings,
 * investments, money — asks about the family's finances, whatever else it says of when, how much
 * or from where ("Have you applied for any benefits that you are waiting to hear about?", "Do you
 * have student loans you owe the government?", "Is any of your money invested in capital bonds?").
 * Means-test and benefit forms ask little else, each in its own words. Read as "household income",
 * where nothing else recognises the label.
 *
 * Only money that is theirs (a "you", "your", household, family, partner, parent or carer in the
 * question; property or land they own, a cash transfer they receive), and
 * not where money is a means or a harm rather than the topic: paid out (a price, a bill, a fee,
 * rent), provided to someone else ("Have you ever provided financial support for any foreign
 * national?", round 40), controlled or taken by someone (economic abuse, exploitation: "Does your partner control
 * your money?", "Has anyone given you money or gifts?"), the benefits of something or a health plan's
 * benefits, a count of people, or whether some work is their source of income (which asks about the work);
 * nor when money comes or a claim starts, a form's own instructions ("Don't include any benefits…",
 * "Do you want to add another savings account?"), money divided between separating partners, or
 * money for food (the hunger screens' own items are the packs' phrases, word for word), or money
 * saved for something ("Have you saved money for the birth?").
 */
const OWN_MONEY = /\b(?:income|incomes|salary|salaries|wages?|earnings|remuneration|benefits|money|debts?|loans?|savings|arrears|bonds|investments?|pensions?|equity\s+release|assets|cash\s+transfers?|financial\s+(?:help|support)|own\s+(?:any\s+)?(?:other\s+)?(?:property|land|assets))\b/;
/** Whose money: the one asked, their household, the client, applicant or a dependant a means test names (round 40), or a template's placeholder for the person ("%{subject}"). */
const WHOSE = /\b(?:you|your|household|family|partner|we|our|they|their|mother|father|parents?|carers?|caregivers?|clients?|applicants?|claimants?|dependants?|dependents?)\b|\{[^{}]*\}/;
const MONEY_AS_MEANS = /\b(?:provid\w*|pay|pays|paying|paid|spend|spends|spent|spending|costs?|price|fees?|charged?|charges|rent|bills?|afford|control\w*|take|takes|took|taken|steal\w*|stole|stolen|withh\w*|given|give|gave|gifts?|exchange|drugs?|alcohol|gambl\w*|carry\w*|lend|lent|borrow\w*|raise|raised|donat\w*|employer|anyone|someone|somebody|anybody|offer\w*|hold|holding|held|(?:for|to)\s+(?:money|cash)|debts?\s+to)\b|\bbenefits?\s+(?:of|from|to|for)\b|\b(?:dental|health|medical|insurance|drug|vision|prescription)\s+benefits\b|\bhow\s+many\s+(?:people|persons|members|adults|children)\b|\b(?:work|job|employment|business)\b[^?.;]{0,50}\bsource\s+of\s+income\b|\b(?:when|date|start|divid\w*|add\s+another|include|wo\s+n't|will\s+not|may\s+stop|food|meals?|sav(?:e|ed|ing))\b/;

/**
 * A label that names only what a person is paid or has coming in ("Wages or salary", "Earnings",
 * "Remittances", "Pension"): a household survey's or means test's row, whose whose is the form's
 * (round 40). Not "Benefits" alone (a treatment's benefits), nor money named with anything else.
 */
const NAMES_ONLY_PAY = /^\s*(?:incomes?|salary|salaries|wages?|earnings|remittances|pensions?)(?:\s*(?:or|and|\/|,|&)\s*(?:incomes?|salary|salaries|wages?|earnings|remittances|pensions?))*\s*[:?.]?\s*$/;

/**
 * The money word, when a label asks about the household's own money; else undefined. A last reading
 * (recogniser.ts): only where nothing else recognises the label, so the explanation names the label's
 * own word ("benefits") and the packs' phrases keep theirs.
 */
export function ownMoney(label: string): TopicReading | undefined {
  const text = plainLabel(label);
  const money = OWN_MONEY.exec(text);
  // A total is left to the phrases that name one ("total combined income for you and the family members you live with").
  // Managing money among a day's tasks is a daily task (daily-tasks-guard.ts), whoever's money it is.
  if (!money || !(WHOSE.test(text) || NAMES_ONLY_PAY.test(text)) || MONEY_AS_MEANS.test(text) || text.includes("total") || listsMoneyAmongDailyTasks(text)) return undefined;
  return { phrase: "household income", evidence: [money[0]], topic: "the household's own money" };
}
