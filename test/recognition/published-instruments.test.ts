/**
 * Published screening instruments (issue 16): a form that uses one prints its items verbatim, so the
 * pack carries each instrument's question stems and LOINC codes under the concept the item asks
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
