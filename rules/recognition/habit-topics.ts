/**
 * A question whose topic is one of the habits a health check asks about — being active, what a
 * family eats, drinking and drugs — asks about that habit, however it counts or dates it: "How many days a week does
 * your child do at least 60 minutes of exercise?", "How often do you go for a walk?", "How many
 * portions of vegetables do you eat a day?". Forms ask these in many measures (days, minutes,
 * portions, times a week), and the measure leaves the habit's own word outweighed. Where nothing
 * else recognises a label, it is read whole as the packs' "physical activity", "healthy eating" or
 * "alcohol and drug use"
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
import { plainLabel, type TopicReading } from "./plain-label";

const ACTIVITY = /\b(?:exercise|exercises|exercising|sports?|physical\s+activity|physically\s+active|(?:moderate|vigorous|moderate-intensity|vigorous-intensity)\s+(?:physical\s+)?activity|p\.?e\.?\s+(?:lessons?|classes?|at\s+school)|play(?:s|ing)?\s+outside|outdoor\s+play|go(?:es)?\s+for\s+a\s+walk|walking\s+for\s+(?:exercise|at\s+least)|swimming|cycling)\b/;
const NOT_ACTIVITY = /\b(?:breathless\w*|short\s+of\s+breath|pain|chest|asthma|wheez\w*|induced|tolerance|test|injur\w*|exercise\s+(?:of\s+)?(?:parental\s+)?(?:responsibility|rights?|judge?ment|caution|discretion|powers?|control)|physio\w*|prescribed|stretch\w*|pelvic\s+floor|breathing\s+exercises?|hobbies|social|accustomed)\b/;

const EATING = /\b(?:eat|eats|eating|ate|portions?\s+of\s+(?:fruit|veg\w*)|fruit\s+and\s+veg\w*|vegetables|sweets|crisps|snacks?|takeaways?|fast\s+food|junk\s+food|fizzy\s+drinks?|sugary\s+drinks?|school\s+dinners?|packed\s+lunch(?:es)?|breakfast)\b/;
const NOT_EATING = /\b(?:disorders?|allerg\w*|intoleran\w*|swallow\w*|tube|nil\s+by\s+mouth|fasting|fasted|last\s+(?:ate|eat|meal)|when\s+did|normally|as\s+normal|usual|vomit\w*|diarrh\w*|appetite|eating\s+and\s+drinking|feeding\s+well|choking|choke|medication|medicines?|tablets?|pica|permission|money|afford\w*|hungry|hunger|food\s+banks?|together|paint|soil|dirt|non-food|lead|imported|contain\w*|price|free|reduced)\b/;

/**
 * Drinking alcohol and taking drugs, however counted or dated: "How many drinks do you have on a
 * typical day when you are drinking?", "Do you drink?", "Have you been drunk in the last month?",
 * "Units per week". A drink is alcohol unless the question names another (water, milk, juice, tea,
 * fizzy or sugary drinks: healthy eating) or is about fluids or feeds. Not tobacco (not this concept,
 * as the real-label set labels it), a medicine ("drug allergies", "name of drug", a dose), a service
 * named by what it treats ("alcohol liaison service"), drugs offered, sold or carried (exploitation),
 * food and drink together (what is eaten), treatment in the past or a past pregnancy's history (as the
 * real-label set labels them), substance misuse as one cause of a disability, or a label of one word
 * (the packs' phrases read those: "Substance" alone is one option of many); nor a poisoning's or an
 * overdose's effects, drugs for pain, someone else in the household who misuses them, hand gel, a
 * blood or urine level, or an injection site; nor paying for medicines (round 37: "Receiving AIDS Drug
 * Assistance Program", "Prescription drug coverage", a drug insurance, formulary or its costs), nor
 * collecting medicines (round 38: "attending ART appointments and collecting drugs from the facility").
 */
const SUBSTANCE = /\b(?:alcohol\w*|drinks?|drinking|drank|drunk|binge\w*|units(?=\s+(?:of\s+alcohol\s+)?(?:a|per|each)\s+(?:day|week))|drugs?|substances?|cannabis|marijuana|weed|cocaine|crack|heroin|ecstasy|mdma|ketamine|amphetamines?|methamphetamine|opioids?|solvents?|legal\s+highs)\b/;
const NOT_SUBSTANCE = /\b(?:water|milk|juice|tea|coffee|squash|fizzy|sugary|soft|energy|fluids?|feeds?|feeding|bottles?|breast\w*|formula|eating|smok\w*|tobacco|cigarettes?|vap\w*|nicotine|allerg\w*|doses?|dosage|medication|medicines?|prescribed|prescription|tablets?|chart|name\s+of\s+(?:the\s+)?drug|drug\s+name|offered|sell\w*|sold|supply\w*|carry\w*|deal\w*|(?:alcohol|drugs?|substance)\s+(?:liaison|services?|teams?|clinics?|workers?)|food|treatment|treated|rehab\w*|past\s+pregnanc\w*|previous\s+pregnanc\w*|disabilit\w*|brain\s+injury|medicaments?|effects|poison\w*|overdos\w*|pain|analges\w*|misusers?|household|gel|hand|wipes?|swabs?|blood|levels?|urine|site|assistance|programs?|programmes?|coverage|insurance|formulary|costs?|interactions?|reactions?|collect\w*|refills?|pharmac\w*|dispens\w*|antiretroviral\w*|arvs?|art)\b/;

/**
 * Advice or teaching about a habit is not asking about it ("Health education on physical activity"),
 * nor is a brief intervention (screening guidance's name for such advice: "Brief Alcohol
 * intervention") or the quit date it sets ("Alcohol - Quit date"; round 38).
 */
const ADVICE = /\b(?:educat\w*|advice|advised|advise|counsel\w*|leaflets?|information|promot\w*|signpost\w*|discussed|taught|brief\s+(?:\w+\s+)?interventions?|quit\s+dates?)\b/;

/** The habit a label's question is about, as the packs' words, with the words that said so; else undefined. */
export function habitTopic(label: string): TopicReading | undefined {
  const text = plainLabel(label);
  if (ADVICE.test(text)) return undefined;
  const active = ACTIVITY.exec(text);
  const eating = EATING.exec(text);
  if (active && !eating && !NOT_ACTIVITY.test(text)) return { phrase: "physical activity", evidence: [active[0]], topic: "physical activity" };
  if (eating && !active && !NOT_EATING.test(text)) return { phrase: "healthy eating", evidence: [eating[0]], topic: "healthy eating" };
  const substance = SUBSTANCE.exec(text);
  if (substance && !NOT_SUBSTANCE.test(text) && /\s/.test(text.trim())) return { phrase: "alcohol and drug use", evidence: [substance[0]], topic: "alcohol and drug use" };
  return undefined;
}
