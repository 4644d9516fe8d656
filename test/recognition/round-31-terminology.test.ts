/**
 * Round 31: three more sweeps of published instruments' items, taken from no repository or site
 * that holds a source of the real-label set, and only phrases of their concept's own words or of
 * words no concept used before (docs/recognition.md, "Round 31"). Each row of the first table was
 * recognised as nothing before the round; the look-alikes share the new phrases' words (several
 * are what made a candidate phrase go) and read as nothing on both builds.
 */
import { describeShippedReadings } from "./reads-labels";

describeShippedReadings("published instruments' items, round 31", [
  // ASSIST-Lite, CRAFFT 2.1, the CUDIT-SF, UK primary care coded terms.
  ["During the PAST 12 MONTHS, on how many days did you drink more than a few sips of beer, wine, or any drink containing alcohol? Put '0' if none.", "lifestyle.risk-factors"],
  ["Did you use a sedative or sleeping medication not as prescribed including street benzodiazepines?", "lifestyle.risk-factors"],
  ["How often in the past 6 months have you had a problem with your memory or concentration after using cannabis?", "lifestyle.risk-factors"],
  ["feels should cut down drinking", "lifestyle.risk-factors"],
  ["craving for alcohol", "lifestyle.risk-factors"],
  ["h/o solvent misuse", "lifestyle.risk-factors"],
  // RCADS, SMFQ and MFQ, SDQ, YP-CORE, GHQ, HADS; ICD-10 and SNOMED CT.
  ["Nothing is much fun for me anymore", "emotional-health.trigger-questions"],
  ["S/he thought about death or dying.", "emotional-health.trigger-questions"],
  ["I hated myself", "emotional-health.trigger-questions"],
  ["I am a worrier.", "emotional-health.trigger-questions"],
  ["People tell me that my child worries too much.", "emotional-health.trigger-questions"],
  ["I've felt edgy or nervous", "emotional-health.trigger-questions"],
  ["I get sudden feelings of panic", "emotional-health.trigger-questions"],
  ["Intentional self-harm by sharp object", "emotional-health.trigger-questions"],
  ["Puerperal mental disorder, unspecified", "perinatal-mental-health.screening"],
  ["Bipolar I disorder, most recent episode depressed with postpartum onset (disorder)", "perinatal-mental-health.screening"],
  // EU-SILC, the ACS, a Welsh housing needs survey; household education surveys.
  ["Tenure status", "home.environment"],
  ["Do you have complete plumbing facilities in this house, apartment or mobile home?", "home.environment"],
  ["What type of home does your household live in?", "home.environment"],
  ["Participation in formal education and training (student or apprentice)", "education.status"],
  // Bright Futures, GSHS, WHO STEPS, NHANES diet and youth activity labels.
  ["Received Rx fluoride drops or tablets?", "health.oral"],
  ["Eating whole grains", "health.healthy-eating"],
  ["How often do you add salt or a salty sauce such as soya sauce to your food right before you eat it or as you are eating it?", "health.healthy-eating"],
  ["During the past 30 days, how many times per day did you usually drink carbonated soft drinks? Do not include diet soft drinks.", "health.healthy-eating"],
  ["TV time", "health.physical-activity"],
  ["Days played active video games", "health.physical-activity"],
  ["Minutes moderate-intensity work", "health.physical-activity"],
  // UK CSE sign lists and a trafficking indicator list.
  ["Appearing with unexplained gifts or possessions that can't be accounted for", "exploitation.risk"],
  ["Brands or scarring indicating ownership (Tattoos/Pimps names)", "exploitation.risk"],
]);

describeShippedReadings("and look-alikes that share the new phrases' words", [
  // Each of these read as a concept with a candidate phrase that was then left out.
  ["Respiratory Distress", null],
  ["Wound Type:", null],
  ["Employment status at discharge:", null],
  ["Is this their school?", null],
  ["Flag for use of bath/shower/toilet", null],
  ["drug misuser in household", null],
]);

// A candidate phrase that made these read as nothing was left out ("sons or daughters living with
// you" took the count of children; "physical activity daily" made "daily" a word of a concept, which
// weighed it against "floss").
describeShippedReadings("and what the sweeps' items read as before, still read so", [
  ["Flossing daily", "health.oral"],
  ["How many sons live with you?", "children.count"],
]);
