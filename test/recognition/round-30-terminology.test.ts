/**
 * Round 30: phrases whose words are their concept's own or words no concept used before, so that
 * no other concept's word weights move (a word's weight depends on how many concepts use it:
 * docs/recognition.md, "Round 30"). First from round 29's sweeps ("toothache", "mortgage",
 * "disrepair"), then from three new sweeps of published instruments' items. Each row of the
 * positive tables was recognised as nothing (or as another concept) before the round; the
 * look-alikes share the new phrases' words and read as nothing on both builds.
 */
import { describeShippedReadings } from "./reads-labels";

describeShippedReadings("words no concept used before, round 30", [
  // Oral-health surveys (NHANES OHQ, BRFSS).
  ["Do you have toothache?", "health.oral"],
  ["Bleeding gums", "health.oral"],
  ["Aching in mouth in the past year", "health.oral"],
  // Housing and money screens (AHC HRSN, Citizens Advice debt questions, USDA food security).
  ["Are you behind with your rent or mortgage payments?", "family.finance"],
  ["Household food security status", "family.finance"],
  ["Total income of all family members in the last 12 months", "family.finance"],
  // The home's condition (home conditions tools, health visiting records).
  ["Inadequate housing", "home.environment"],
  ["Sleeping arrangements for the baby", "home.environment"],
  // Activity questionnaires (YRBS, NSCH).
  ["Does your child take part in sports lessons or clubs?", "health.physical-activity"],
  ["Do you walk or bicycle to work?", "health.physical-activity"],
  // AUDIT's and screens' drinking, the SDQ's worry, UK CSE screening tools.
  ["Would you describe yourself as a heavy drinker?", "lifestyle.risk-factors"],
  ["I worry a lot", "emotional-health.trigger-questions"],
  ["Has the young person been groomed via the internet?", "exploitation.risk"],
]);

describeShippedReadings("and look-alikes that share the new phrases' words", [
  ["Duration of symptoms", null],
  ["Sleeping problems", null],
  ["Heating the food", null],
  ["Security code", null],
  ["Internet access at home", null],
  ["Association football club", null],
  ["Central venous catheter", null],
  ["Gum", null],
  ["Family history of heart disease", null],
  ["Name of setting", null],
  ["Fish allergy", null],
  ["Mortgage lender", null],
  ["Mouth ulcers", null],
  ["External referral", null],
  ["Lesson plan", null],
  ["Which resources did you use?", null],
  ["Bicycle helmet worn?", null],
]);

describeShippedReadings("published instruments' items, round 30", [
  // CAGE, DAST-10/28, MAST, FAST (CamCOPS's strings), NHANES variable labels, SNOMED CT findings.
  ["Have people annoyed you by criticizing your drinking?", "lifestyle.risk-factors"],
  ["Have you abused prescription drugs?", "lifestyle.risk-factors"],
  ["Are you always able to stop using drugs when you want to?", "lifestyle.risk-factors"],
  ["Have you ever neglected your family or missed work because of your use of drugs?", "lifestyle.risk-factors"],
  ["Have you ever attended a meeting of Alcoholics Anonymous (AA)?", "lifestyle.risk-factors"],
  ["Do you have a current diagnosis of alcohol or substance dependence?", "lifestyle.risk-factors"],
  ["Ever used marijuana or hashish", "lifestyle.risk-factors"],
  // CES-D, PSWQ, CORE-10, HoNOS, PRAMS.
  ["I could not shake off the blues.", "emotional-health.trigger-questions"],
  ["I thought my life had been a failure", "emotional-health.trigger-questions"],
  ["I am always worrying about something.", "emotional-health.trigger-questions"],
  ["I made plans to end my life", "emotional-health.trigger-questions"],
  ["Problems with depressed mood", "emotional-health.trigger-questions"],
  ["Indicator of whether mother reported frequent postpartum depressive symptoms (years 2004-2008)", "perinatal-mental-health.screening"],
  // SNOMED CT and ICD-10-CM housing findings, the ONS census, a community screening form.
  ["Housing unsatisfactory (finding)", "home.environment"],
  ["Unsheltered homelessness", "home.environment"],
  ["Tenure of accommodation, England and Wales", "home.environment"],
  // The National Pupil Database's items.
  ["Authorised absence", "education.status"],
  ["Admitted following permanent exclusion", "education.status"],
  ["Not on roll", "education.status"],
  // Household rosters, family court forms (C100) and SNOMED CT.
  ["Count of dependent children in family", "children.count"],
  ["Carer has sole parental responsibility", "parental-responsibility"],
  // IPAQ, GPAQ, GPPAQ; NHANES and HBSC diet items; child diet questionnaires.
  ["How much time do you spend doing vigorous-intensity sports, fitness or recreational activities on a typical day?", "health.physical-activity"],
  ["How would you describe your usual walking pace?", "health.physical-activity"],
  ["How many meals do you eat each day?", "health.healthy-eating"],
  ["Do you usually snack while watching television?", "health.healthy-eating"],
  ["Other than meals, how often does your child snack?", "health.healthy-eating"],
  // Local CSE screening tools; injury data sets; FHIR requester; screening tools' completers.
  ["Unexplained amounts of money, expensive clothes or other items", "exploitation.risk"],
  ["Minimum Data Set Injury Date/Time", "injury.timing"],
  ["Requester of referral / transfer of care", "referrer.details"],
  ["Name of professional completing this log entry", "practitioner.name"],
]);

describeShippedReadings("and look-alikes from the same sweeps", [
  ["Generic drug name", null],
  ["Harmful effects of drugs, medicaments or biological substances, not elsewhere classified", null],
  ["Highest year of school completed", null],
  ["What is the highest grade of school or degree this person has COMPLETED?", null],
  ["Looks after elderly dependent (finding)", null],
  ["Are you over 65 years of age and not accustomed to vigorous exercise?", null],
  ["Community/Government meals delivered", null],
  ["School breakfast free/reduced/full price", null],
  ["Have serious difficulty walking or climbing stairs?", null],
  ["Was employee treated in an emergency room?", null],
  ["Referral TAKEN by:", null],
  ["Details of Social Worker taking referral", null],
  ["Was the referral anonymous:", null],
  ["Reason for completing screening tool:", null],
]);
