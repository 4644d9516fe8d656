/**
 * A question whose topic is one of the habits a health check asks about — being active, what a
 * family eats — asks about that habit, however it counts or dates it: "How many days a week does
 * your child do at least 60 minutes of exercise?", "How often do you go for a walk?", "How many
 * portions of vegetables do you eat a day?". Forms ask these in many measures (days, minutes,
 * portions, times a week), and the measure leaves the habit's own word outweighed. Where nothing
 * else recognises a label, it is read whole as the packs' "physical activity" or "healthy eating"
 * (a last reading, recogniser.ts: not a rewriting of every text, which would fold the concepts' own
 * phrases into one and shift every word's weight).
 *
 * Only where the habit is the topic, not a symptom, a test, an instruction or a legal power:
 * "breathless on exercise", "exercise tolerance test", "exercise parental responsibility",
 * "eating and drinking normally" (an acute sign), "when did you last eat" (before a procedure),
 * an eating disorder, an allergy, swallowing or feeding by tube; nor going without food for want of
 * money (family.finance), eating only with permission (exploitation.risk), meals eaten together (how
 * a family gets on), eating what is not food or may hold lead (pica, a lead screen); nor sport as one
 * of a list of social activities ("sports/hobbies/clubs"), a fitness screen's "not accustomed to
 * vigorous exercise", or the price of a school meal; nor advice or teaching about the habit.
 */
const ACTIVITY = /\b(?:exercise|exercises|exercising|sports?|physical\s+activity|physically\s+active|(?:moderate|vigorous|moderate-intensity|vigorous-intensity)\s+(?:physical\s+)?activity|p\.?e\.?\s+(?:lessons?|classes?|at\s+school)|play(?:s|ing)?\s+outside|outdoor\s+play|go(?:es)?\s+for\s+a\s+walk|walking\s+for\s+(?:exercise|at\s+least)|swimming|cycling)\b/;
const NOT_ACTIVITY = /\b(?:breathless\w*|short\s+of\s+breath|pain|chest|asthma|wheez\w*|induced|tolerance|test|injur\w*|exercise\s+(?:of\s+)?(?:parental\s+)?(?:responsibility|rights?|judge?ment|caution|discretion|powers?|control)|physio\w*|prescribed|stretch\w*|pelvic\s+floor|breathing\s+exercises?|hobbies|social|accustomed)\b/;

const EATING = /\b(?:eat|eats|eating|ate|portions?\s+of\s+(?:fruit|veg\w*)|fruit\s+and\s+veg\w*|vegetables|sweets|crisps|snacks?|takeaways?|fast\s+food|junk\s+food|fizzy\s+drinks?|sugary\s+drinks?|school\s+dinners?|packed\s+lunch(?:es)?|breakfast)\b/;
const NOT_EATING = /\b(?:disorders?|allerg\w*|intoleran\w*|swallow\w*|tube|nil\s+by\s+mouth|fasting|fasted|last\s+(?:ate|eat|meal)|when\s+did|normally|as\s+normal|vomit\w*|diarrh\w*|appetite|eating\s+and\s+drinking|feeding\s+well|choking|choke|medication|medicines?|tablets?|pica|permission|money|afford\w*|hungry|hunger|food\s+banks?|together|paint|soil|dirt|non-food|lead|imported|contain\w*|price|free|reduced)\b/;

/** Advice or teaching about a habit is not asking about it ("Health education on physical activity"). */
const ADVICE = /\b(?:educat\w*|advice|advised|advise|counsel\w*|leaflets?|information|promot\w*|signpost\w*|discussed|taught)\b/;

/** The habit a label's question is about, as the packs' words, with the words that said so; else undefined. */
export function habitTopic(label: string): { phrase: string; evidence: string[] } | undefined {
  const text = label.toLowerCase();
  if (ADVICE.test(text)) return undefined;
  const active = ACTIVITY.exec(text);
  const eating = EATING.exec(text);
  if (active && !eating && !NOT_ACTIVITY.test(text)) return { phrase: "physical activity", evidence: [active[0]] };
  if (eating && !active && !NOT_EATING.test(text)) return { phrase: "healthy eating", evidence: [eating[0]] };
  return undefined;
}
