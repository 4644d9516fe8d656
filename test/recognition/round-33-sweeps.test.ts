/**
 * Round 33: three more sweeps, half of them positives, from sources outside the real-label set's and
 * round 32's (docs/recognition.md, "Round 33"). Each row read as nothing before the round. Sources:
 * scoophealth/oscar and openo-beta/Open-O (GPL-2.0), CityOfNewYork/ACCESS-NYC (ISC),
 * codeforamerica/rva-screening (BSD-3-Clause), techmatters/flex-plugins (AGPL-3.0),
 * greenriver/hmis-warehouse (GPL-3.0), ami-kl/nemsis-md (the NEMSIS data dictionary; public sector,
 * licence not stated), ISARICResearch/ARC and ReproNim/ABCD-ReproSchema (MIT),
 * NHSDigital/IOPS-FHIR-Simplifier-Backup (NHS England, Crown copyright).
 */
import { describeShippedReadings } from "./reads-labels";

describeShippedReadings("labels of public forms, round 33", [
  ["Age at EDD", "mother.age"],
  ["Are you a full-time student?", "education.status"],
  ["Student status", "education.status"],
  ["Assessor:", "practitioner.name"],
  ["Crew Member Completing this Report", "practitioner.name"],
  ["Healthcare professional name", "practitioner.name"],
  ["Name of Person Reporting", "referrer.details"],
  ["Current Housing Hazards", "home.environment"],
  ["Your family was without a home or place to stay/live? [Parent]", "home.environment"],
  ["On average, how many hours do you exercise per week", "health.physical-activity"],
  ["1. Does drinking cause you any problems?", "lifestyle.risk-factors"],
  ["ETOH:*", "lifestyle.risk-factors"],
  ["Exposure to Substances:", "lifestyle.risk-factors"],
  ["Alcohol dependency", "lifestyle.risk-factors"],
  ["Current or past woman abuse (WA, CA, PD)", "domestic-abuse.enquiry"],
  ["Has your partner ever humiliated you or psychologically abused you in other ways?", "domestic-abuse.enquiry"],
  ["Depression in this pregnancy (PD)", "perinatal-mental-health.screening"],
]);

describeShippedReadings("look-alikes of round 33's words", [
  // Phrases tried in round 33 and not kept ("school attendance", "nutrition", "drinks per week",
  // "attending college", "child is at risk") misread these (docs/recognition.md): each reads as it did before.
  ["School attended", null],
  ["Nutrition Support", null],
  ["Do you currently smoke? (including cigarettes, cigarillos, cigars, electronic cigarette)", null],
  ["Is the child at risk of harm?", null],
]);
