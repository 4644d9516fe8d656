/**
 * One word written three ways: "wellbeing", "well-being", "well being". The packs write the closed
 * form and forms write all three ("Emotional well-being" was not the packs' "emotional
 * wellbeing"), so every spelling is read as the closed word. Only compounds whose parts, apart,
 * would be read as something else ("being" is a stop word, "wife" and "style" mean other things);
 * "health care" and "follow up" already meet their closed forms by another road or not at all.
 */
const COMPOUND = /\b(well|care|grand|step|post|ante|peri|new|life|mid|house|baby)[\s-]+(being|givers?|parents?|mothers?|fathers?|child|children|daughters?|sons?|natal|borns?|style|wi(?:fe|ves)|holds?|sitters?)\b/g;

/** The closed words, each as its two parts: only these pairs are joined. */
const CLOSED = new Set([
  "well being", "care giver", "care givers",
  "grand parent", "grand parents", "grand mother", "grand mothers", "grand father", "grand fathers", "grand child", "grand children", "grand daughter", "grand daughters", "grand son", "grand sons",
  "step parent", "step parents", "step mother", "step mothers", "step father", "step fathers", "step child", "step children", "step daughter", "step daughters", "step son", "step sons",
  "post natal", "ante natal", "peri natal", "new born", "new borns", "life style", "mid wife", "mid wives", "house hold", "house holds", "baby sitter", "baby sitters",
]);

/** `text` (lower case) with each compound written apart or hyphenated read as its closed word. */
export function readClosedCompounds(text: string): string {
  if (!/[\s-](?:being|giver|parent|mother|father|child|daughter|son|natal|born|style|wi[fv]e|hold|sitter)/.test(text)) return text;
  return text.replace(COMPOUND, (whole, first: string, second: string) => (CLOSED.has(`${first} ${second}`) ? first + second : whole));
}
