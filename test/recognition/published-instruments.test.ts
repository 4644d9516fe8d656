/**
 * Published screening instruments (issue 16): a form that uses one prints its items verbatim, so the
 * pack carries each instrument's question stems and LOINC codes under the concept the item asks:
 * the partner-violence screens (AAS, PVS, WAST, STaT) and the Hunger Vital Sign first, then AUDIT,
 * PHQ, GAD, ASQ, K6, the Exercise Vital Sign and the others below
 * (rules/packs/cqc-dorset-2015.formrules, each block's comment names the instrument, its licence and
 * where its wording and codes were checked). Here each item is read as an instrument prints it,
 * with the framing forms put around it (a time frame, "How often…", "How many times…"), next to
 * look-alikes that are not the concept — above all the items the real-label set labels about no
 * concept (tobacco, sleep, appetite, a family meal).
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const recogniser = recogniserFor(workspaceWithPacks().index);

describe("published instruments' items", () => {
  it.each([
    // Abuse Assessment Screen (AAS).
    ["Have you ever been emotionally or physically abused by your partner or someone important to you?", "domestic-abuse.enquiry"],
    ["Within the last year, have you been hit, slapped, kicked or otherwise physically hurt by someone?", "domestic-abuse.enquiry"],
    ["Within the last year, has anyone forced you to have sexual activities?", "domestic-abuse.enquiry"],
    ["Are you afraid of your partner or anyone you listed above?", "domestic-abuse.enquiry"],
    // Partner Violence Screen (PVS).
    ["Have you been hit, kicked, punched, or otherwise hurt by someone within the past year?", "domestic-abuse.enquiry"],
    ["Do you feel safe in your current relationship?", "domestic-abuse.enquiry"],
    ["Is there a partner from a previous relationship who is making you feel unsafe now?", "domestic-abuse.enquiry"],
    // WAST (Woman Abuse Screening Tool).
    ["Do arguments ever result in hitting, kicking or pushing?", "domestic-abuse.enquiry"],
    ["Do you ever feel frightened by what your partner says or does?", "domestic-abuse.enquiry"],
    ["Has your partner ever abused you physically?", "domestic-abuse.enquiry"],
    ["Has your partner ever abused you sexually?", "domestic-abuse.enquiry"],
    // STaT.
    ["Have you ever been in a relationship where your partner has pushed or slapped you?", "domestic-abuse.enquiry"],
    ["Have you ever been in a relationship where your partner threatened you with violence?", "domestic-abuse.enquiry"],
    // Hunger Vital Sign (USDA household food security survey, items 1-2), as a statement and as a question.
    ["Within the past 12 months we worried whether our food would run out before we got money to buy more.", "family.finance"],
    ["In the last 12 months, the food we bought just didn't last and we didn't have money to get more", "family.finance"],
    ["In the last 12 months, did you ever cut the size of your meals or skip meals because there wasn't enough money for food?", "family.finance"],
    // AUDIT / AUDIT-C (WHO).
    ["How often do you have a drink containing alcohol?", "lifestyle.risk-factors"],
    ["How many drinks containing alcohol do you have on a typical day when you are drinking?", "lifestyle.risk-factors"],
    ["How often do you have 6 or more drinks on one occasion?", "lifestyle.risk-factors"],
    ["How often during the last year have you found that you were not able to stop drinking once you had started?", "lifestyle.risk-factors"],
    ["How often during the last year have you had a feeling of guilt or remorse after drinking?", "lifestyle.risk-factors"],
    ["Has a relative or friend or a doctor or another health worker been concerned about your drinking or suggested you cut down?", "lifestyle.risk-factors"],
    // NIAAA and NIDA single questions, AHC HRSN supplemental items, TAPS-1.
    ["How many times in the past year have you had 4 or more drinks in a day?", "lifestyle.risk-factors"],
    ["How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?", "lifestyle.risk-factors"],
    ["How many times in the past 12 months have you used prescription drugs for non-medical reasons?", "lifestyle.risk-factors"],
    ["How many times in the past 12 months have you used illegal drugs?", "lifestyle.risk-factors"],
    ["In the past 12 months, how often have you used any prescription medications just for the feeling, more than prescribed or that were not prescribed for you?", "lifestyle.risk-factors"],
    // PHQ-2 / PHQ-9 items 1, 2 and 9; GAD-2 / GAD-7 items 1-3.
    ["Over the last 2 weeks, how often have you been bothered by little interest or pleasure in doing things?", "emotional-health.trigger-questions"],
    ["Feeling down, depressed, or hopeless", "emotional-health.trigger-questions"],
    ["Feeling nervous, anxious or on edge", "emotional-health.trigger-questions"],
    ["Not being able to stop or control worrying", "emotional-health.trigger-questions"],
    ["Worrying too much about different things", "emotional-health.trigger-questions"],
    // ASQ (NIMH) and Kessler K6.
    ["In the past few weeks, have you wished you were dead?", "emotional-health.trigger-questions"],
    ["In the past week, have you been having thoughts about killing yourself?", "emotional-health.trigger-questions"],
    ["Have you ever tried to kill yourself?", "emotional-health.trigger-questions"],
    ["During the past 30 days, about how often did you feel so depressed that nothing could cheer you up?", "emotional-health.trigger-questions"],
    // Exercise Vital Sign (and the AHC HRSN's version), YRBS, IPAQ, AUSDRISK / FINDRISC.
    ["For an average week in the last 30 days, how many days per week did you engage in moderate to strenuous exercise (like walking fast, running, jogging, dancing, swimming, biking, or other activities that cause a light or heavy sweat)?", "health.physical-activity"],
    ["On those days that you engage in moderate to strenuous exercise, how many minutes, on average, do you exercise?", "health.physical-activity"],
    ["On average, how many minutes did you usually spend exercising at this level on one of those days?", "health.physical-activity"],
    ["During the past 7 days, on how many days were you physically active for a total of at least 60 minutes per day?", "health.physical-activity"],
    ["On how many of the past 7 days did you do exercises to strengthen or tone your muscles, such as push-ups, sit-ups, or weight lifting?", "health.physical-activity"],
    ["During the last 7 days, on how many days did you do vigorous physical activities like heavy lifting, digging, aerobics, or fast bicycling?", "health.physical-activity"],
    ["Do you usually have daily at least 30 minutes of physical activity at work and/or during leisure time (including normal daily activity)?", "health.physical-activity"],
    // AUSDRISK / FINDRISC, WHO STEPS, YRBS.
    ["How often do you eat vegetables or fruits?", "health.healthy-eating"],
    ["In a typical week, on how many days do you eat fruit?", "health.healthy-eating"],
    ["In a typical week, on how many days do you eat vegetables?", "health.healthy-eating"],
    ["During the past 7 days, how many times did you drink a can, bottle, or glass of soda or pop, such as Coke, Pepsi, or Sprite?", "health.healthy-eating"],
    // PRAPARE.
    ["During the past year, what was the total combined income for you and the family members you live with?", "family.finance"],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept).toBe(concept);
  });

  it.each([
    // Look-alikes: arguments, fear and food that are not about a partner's violence or money.
    "Do you and your partner share the care of the baby?",
    "Is your partner the father of the baby?",
    "Has the child been hurt by someone at school?",
    "Meals eaten together as a family",
    "Food allergies",
    // Tobacco is not a lifestyle risk factor of the pack (its title names alcohol and drugs).
    "In the past 12 months, how often have you used any tobacco product?",
    "How many cigarettes do you smoke per day?",
    // The PHQ-9's sleep and appetite items, and GAD-7 items about no mood or worry.
    "Trouble falling or staying asleep, or sleeping too much",
    "Poor appetite or overeating",
    "Trouble relaxing",
    // Counting questions that the new counting vocabulary must not take.
    "On how many days did all the family members who live in the household eat a meal together?",
    "How many times has the child been seen by the GP in the last 12 months?",
    "How many medications do you take?",
    "Number of prescriptions in the past year",
    "How many days per week do you work?",
    "How many hours of sleep do you get?",
    "Is the patient on any prescription medication?",
    "How often do you drink water?",
  ])("does not recognise %j", (label) => {
    expect(recogniser.recognise({ label })).toBeUndefined();
  });

  // A food-insecurity item asks how much fruit and vegetables the person ate: not money. It was
  // listed above (recognised as nothing) until 6 December 2026; with a concept's own words read as
  // its topic ("eat" beside "fruit and vegetables", on-topic-words.ts) it is healthy eating, as
  // "How often do you eat vegetables or fruits?" is, and still not the family's finances.
  it("reads a food-insecurity item about fruit and vegetables as eating, not money", () => {
    expect(recogniser.recognise({ label: "Did you eat less fruit and vegetables than usual?" })?.concept).toBe("health.healthy-eating");
  });

  it.each([
    ["http://loinc.org|68518-0", "lifestyle.risk-factors"], // AUDIT-C 1: how often a drink containing alcohol
    ["http://loinc.org|68520-6", "lifestyle.risk-factors"], // AUDIT-C 3: 6 or more drinks on 1 occasion
    ["http://loinc.org|75626-2", "lifestyle.risk-factors"], // AUDIT-C total score
    ["http://loinc.org|68524-8", "lifestyle.risk-factors"], // NIDA single drug-use question
    ["http://loinc.org|44250-9", "emotional-health.trigger-questions"], // PHQ-9 1: little interest or pleasure
    ["http://loinc.org|44260-8", "emotional-health.trigger-questions"], // PHQ-9 9: better off dead or hurting yourself
    ["http://loinc.org|55757-9", "emotional-health.trigger-questions"], // PHQ-2 panel
    ["http://loinc.org|69725-0", "emotional-health.trigger-questions"], // GAD-7 1: nervous, anxious or on edge
    ["http://loinc.org|70274-6", "emotional-health.trigger-questions"], // GAD-7 total score
    ["http://loinc.org|89555-7", "health.physical-activity"], // EVS: days per week of moderate to strenuous exercise
    ["http://loinc.org|68516-4", "health.physical-activity"], // EVS: minutes per day of it
    ["http://loinc.org|63586-2", "family.finance"], // PRAPARE: total combined income
    ["http://loinc.org|88122-7", "family.finance"], // Hunger Vital Sign 1: food would run out before money to buy more
  ])("recognises an item coded %s as %s, whatever its label says", (code, concept) => {
    expect(recogniser.recognise({ label: "Q3", codes: [code] })).toMatchObject({ concept, source: "code" });
  });

  it("leaves the codes of instrument items that ask about no shipped concept unclaimed", () => {
    // PHQ-9 3 (sleep), GAD-7 4 (trouble relaxing), the Hunger Vital Sign's risk score: the real-label
    // set labels such items about no concept.
    for (const code of ["http://loinc.org|44259-0", "http://loinc.org|69734-2", "http://loinc.org|88124-3"]) {
      expect(recogniser.recognise({ label: "Q3", codes: [code] })).toBeUndefined();
    }
  });
});

/**
 * Round 2 (2 December 2026, evening): the concepts round 1 did not reach, each instrument chosen by what
 * the concept means and checked in a public source (the pack's comments say where). Every look-alike below
 * was matched by a phrase that was tried and then dropped or narrowed: it is what an over-broad instrument
 * phrase would silence on a real form.
 */
describe("published instruments' items, round 2", () => {
  it.each([
    // WHO ASSIST v3.1 / NIDA-modified ASSIST, with the substance slot as forms print it.
    ["In your life, which of the following substances have you ever used? (non-medical use only)", "lifestyle.risk-factors"],
    ["During the past three months, how often have you had a strong desire or urge to use (first drug, second drug, etc)?", "lifestyle.risk-factors"],
    ["During the past three months, how often has your use of (first drug, second drug, etc) led to health, social, legal or financial problems?", "lifestyle.risk-factors"],
    ["Has a friend or relative or anyone else ever expressed concern about your use of (first drug, second drug, etc.)?", "lifestyle.risk-factors"],
    ["Have you ever tried and failed to control, cut down or stop using (first drug, second drug, etc.)?", "lifestyle.risk-factors"],
    ["Have you ever used any drug by injection? (non-medical use only)", "lifestyle.risk-factors"],
    // DHS domestic violence module and WHO multi-country study items.
    ["Punch you with his fist or with something that could hurt you?", "domestic-abuse.enquiry"],
    ["Kick you, drag you, or beat you up?", "domestic-abuse.enquiry"],
    ["Try to choke you or burn you on purpose?", "domestic-abuse.enquiry"],
    ["Physically force you to have sexual intercourse with him even when you did not want to?", "domestic-abuse.enquiry"],
    ["Slapped you or thrown something at you that could hurt you?", "domestic-abuse.enquiry"],
    ["Hit you with his fist or with something else that could hurt you?", "domestic-abuse.enquiry"],
    ["Choked or burnt you on purpose?", "domestic-abuse.enquiry"],
    // HITS in its past-12-months form, E-HITS, OVAT and the AMA's questions (CDC compendium).
    ["Has your partner ever threatened to harm you in the past 12 months?", "domestic-abuse.enquiry"],
    ["Has your partner ever screamed or cursed at you in the past 12 months?", "domestic-abuse.enquiry"],
    ["Has your partner ever forced you to have sexual activities in the past 12 months?", "domestic-abuse.enquiry"],
    ["At the present time, does your partner threaten you with a weapon?", "domestic-abuse.enquiry"],
    ["At the present time, does your partner beat you so badly that you must seek medical help?", "domestic-abuse.enquiry"],
    ["At the present time, does your partner act like he/she would like to kill you?", "domestic-abuse.enquiry"],
    ["Has your partner ever destroyed things that you cared about?", "domestic-abuse.enquiry"],
    ["What happens when you and your partner fight or disagree?", "domestic-abuse.enquiry"],
    // US State Department and HHS trafficking-indicator questions.
    ["Are you in debt to your employer?", "exploitation.risk"],
    ["Do you live with your employer?", "exploitation.risk"],
    ["Has your identification or documentation been taken from you?", "exploitation.risk"],
    ["Are there locks on your doors or windows so you cannot get out?", "exploitation.risk"],
    ["Do you have to ask permission to eat, sleep or go to the bathroom?", "exploitation.risk"],
    // PHQ-4 by name; the American register of the perinatal screen.
    ["PHQ-4 score", "emotional-health.trigger-questions"],
    ["Postpartum Depression Screening:", "perinatal-mental-health.screening"],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept).toBe(concept);
  });

  it.each([
    // Partner-violence items' words in a child's or a crime victim's question.
    "Did the child push, shake or throw something at another child?",
    "Has anyone at school pushed you or shoved you or pulled your hair?",
    "Has anyone at school tried to humiliate you in front of others?",
    "Did the offender threaten or attack you with a knife, gun or other weapon?",
    "Did anyone attack or threaten you with a weapon, for instance a gun or knife?",
    "Has your child ever destroyed things?",
    "How do you and your partner resolve disagreements about parenting?",
    "Has anyone insulted you at work?",
    // Trafficking questions' words in ordinary employment, identity and ward questions.
    "Did you have to leave your job because of your illness?",
    "Is your employer providing accommodation?",
    "Does your employer know about your condition?",
    "Has your driving licence been taken from you?",
    "Do you have photo identification?",
    "Do you need to ask permission to leave the ward?",
    "Is the person free to come and go as they please?",
    // ASSIST stems' words outside substance use.
    "Which of the following services have you ever used?",
    "Which of the following social media have you ever used?",
    "Has anyone expressed concern about your use of social media?",
    "Have you ever received a vaccine by injection?",
    "Have you had a strong desire to lose weight?",
    "Have you ever tried and failed to stop smoking?",
    // School attendance asked as which school (the ACS item was dropped for this), and postpartum care.
    "School, college or nursery attended",
    "Postpartum hemorrhage",
  ])("does not recognise %j", (label) => {
    expect(recogniser.recognise({ label })).toBeUndefined();
  });

  // A food-insecurity item asks how much fruit and vegetables the person ate: not money. It was
  // listed above (recognised as nothing) until 6 December 2026; with a concept's own words read as
  // its topic ("eat" beside "fruit and vegetables", on-topic-words.ts) it is healthy eating, as
  // "How often do you eat vegetables or fruits?" is, and still not the family's finances.
  it("reads a food-insecurity item about fruit and vegetables as eating, not money", () => {
    expect(recogniser.recognise({ label: "Did you eat less fruit and vegetables than usual?" })?.concept).toBe("health.healthy-eating");
  });
});
