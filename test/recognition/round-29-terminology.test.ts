/**
 * Round 29: more of each concept's own terminology (food-frequency and activity questionnaires,
 * oral-health surveys, AUDIT's UK units item, UK CSE screening tools, NHS e-Referral's referrer),
 * each phrase made only of words its concept's phrases already use, so that no other concept's
 * word weights move (docs/recognition.md, "Round 29"). Each row of the first table was recognised
 * as nothing, or as another concept, before the round; the look-alikes share the new phrases'
 * words and pass on both builds.
 */
import { describeShippedReadings } from "./reads-labels";

describeShippedReadings("a concept's terminology, round 29", [
  // The home's heating and repair (AHC HRSN housing quality, UK Biobank, home conditions scales).
  ["Heating type(s) in home", "home.environment"],
  ["Is your home in need of repairs?", "home.environment"],
  ["Home has central heating", "home.environment"],
  // Household rosters' counts (PRAPARE, AHC HRSN).
  ["Count of Children Ages 0 to 5 in Household", "children.count"],
  ["Count of Children Ages 12 to 17 in Household", "children.count"],
  // Food-frequency items (UK Biobank, NHANES).
  ["Fresh fruit intake", "health.healthy-eating"],
  ["Cooked vegetable intake", "health.healthy-eating"],
  ["Watching Sodium or Salt Intake", "health.healthy-eating"],
  // Activity questionnaires (NHANES PAQ, IPAQ, UK Biobank).
  ["Number of days/week walked 10+ minutes", "health.physical-activity"],
  ["Frequency of strenuous sports in last 4 weeks", "health.physical-activity"],
  ["Days vigorous recreational activities", "health.physical-activity"],
  // Oral-health surveys (NSCH, NHANES OHQ).
  ["Preventive Dental Visit - How Many Visits", "health.oral"],
  ["When did you last visit a dentist", "health.oral"],
  // AUDIT item 2 in UK units; YRBS.
  ["How many units of alcohol do you have on a typical day when you are drinking?", "lifestyle.risk-factors"],
  ["During your life, how many times have you used marijuana?", "lifestyle.risk-factors"],
  // UK CSE screening tools, trafficking screens, SNOMED CT's "suspected victim of sexual grooming".
  ["Suspected victim of sexual grooming", "exploitation.risk"],
  ["Has anyone given you money or gifts for sex?", "exploitation.risk"],
  ["Were you forced to do different work?", "exploitation.risk"],
  // Referral forms' concern about the child, and the referrer (NHS e-Referral, council MASH forms).
  ["Do you have any concerns about the child's safety or wellbeing at home?", "safeguarding.concerns"],
  ["DETAILS OF PRACTITIONER MAKING THIS REFERRAL", "referrer.details"],
]);

describeShippedReadings("and look-alikes that share the new phrases' words", [
  ["Daily caffeine intake", null],
  ["Difficulty Walking or Climbing Stairs", null],
  ["History of dental anxiety.", null],
  ["Grooming and Hygiene", null],
  ["Smoke detectors missing or not working", null],
  ["Do you want help finding or keeping work or a job?", null],
  ["Date referral was made", null],
  ["Referral to", null],
  ["Organisation name", null],
  ["Risk of pre-eclampsia", null],
  // "Child at risk" was left out for this one: whether the child is at risk is the analysis of risk, not the concern.
  ["Is the child at risk of harm?", null],
  ["Distance between home and job workplace", null],
  ["Birth Order of Selected Children in Household", null],
]);
