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
const EARNING = /\b(?:earn|earns|earned|earning|earnings|wages?|salary|salaries|(?:get|gets|got|getting)\s+paid)\b(?!\s+(?:work|employment|job|carer|leave))/g;
/** "money coming in", "money comes in": income. */
const MONEY_COMING_IN = /\bmoney\s+(?:coming|comes|come)\s+in\b/g;

/**
 * The period or unit an amount of income is given in, after it: "get paid this year", "earn before
 * taxes per month", "in pounds". It says how to write the amount down, not what is asked.
 */
const INCOME_PERIOD = /\bincome((?:\s+(?:before|after)\s+tax(?:es)?|\s+(?:this|per|each|every|a|in\s+a)\s+(?:week|fortnight|month|year)|\s+in\s+pounds|\s+now)+)\b/g;

/** `text` (lower case) with what a person earns or is paid read as "income". */
export function readEarnings(text: string): string {
  let out = text;
  if (/earn|wage|salar|paid/.test(out)) out = out.replace(EARNING, "income");
  if (out.includes("money")) out = out.replace(MONEY_COMING_IN, "income");
  return out.includes("income") ? out.replace(INCOME_PERIOD, "income") : out;
}
