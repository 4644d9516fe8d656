/**
 * "Did you provide care by managing household tasks such as cleaning, managing money, or preparing
 * meals?", "Needs help with: shopping, cooking, managing money": managing money listed among a
 * day's tasks (cleaning, cooking, shopping, laundry, getting about, taking medicines) is an activity
 * of daily living — what a person can do, or what a carer does for them — not the family's finances.
 * Such a prompt matches no phrase about money ("managing money", "help with money"; batch c43, round
 * 39; the geriatric assessment's "Managing finances" is the same kind of item).
 */
const MONEY_TASK = /\bmanag\w*\s+(?:the\s+|their\s+|your\s+|own\s+)?(?:money|finances?|budgets?)\b|\bmoney\s+management\b|\bbudgeting\b/i;
const OTHER_TASK = /\b(?:clean\w*|cook\w*|(?:prepar\w*|mak\w*)\s+(?:meals?|food)|meal\s+prep\w*|shop\w*|laundry|housework|household\s+(?:tasks|chores)|chores|bath\w*|dress\w*|washing|transport\w*|getting\s+about|(?:taking|giving|managing)\s+(?:medications?|medicines?))\b/i;

/** Whether a prompt names managing money among other daily tasks. */
export function listsMoneyAmongDailyTasks(prompt: string): boolean {
  return /manag|budget/i.test(prompt) && MONEY_TASK.test(prompt) && OTHER_TASK.test(prompt.replace(MONEY_TASK, " "));
}

/** Whether a phrase may answer such a prompt: any but one about money. */
export function speaksOfNoMoney(phrase: string): boolean {
  return !/\b(?:money|financ\w*|budget\w*)\b/i.test(phrase);
}
