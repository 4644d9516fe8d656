/**
 * Round 27: the words of a concept's own field (a statute, NHS and NICE guidance), not of labels
 * seen on a form. Each row below was recognised as nothing, or as another concept, before the
 * round; the look-alikes beside them are why some terms were left out (docs/recognition.md,
 * "Round 27").
 */
import { describe } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel, itReadsEachLabelUnder } from "./reads-labels";

const pack = recogniserFor(workspaceWithPacks().index);

describe("a concept's terminology, where the field names it", () => {
  itReadsEachLabel(pack, [
    // The Domestic Abuse Act 2021, s. 1(3): the forms of abuse besides physical and sexual.
    ["Controlling or coercive behaviour", "domestic-abuse.enquiry"],
    ["Have you experienced any coercive or controlling behaviour?", "domestic-abuse.enquiry"],
    ["Economic abuse", "domestic-abuse.enquiry"],
    ["GBV screening", "domestic-abuse.enquiry"],
    ["Relationship violence", "domestic-abuse.enquiry"],
    ["Have you been harmed by a partner or family member?", "domestic-abuse.enquiry"],
    ["Have you ever felt frightened of someone you live with?", "domestic-abuse.enquiry"],
    ["Does your partner put you down or make you feel bad about yourself?", "domestic-abuse.enquiry"],
    ["Does your husband/partner control what you do?", "domestic-abuse.enquiry"],
    // NICE CG192's conditions of a woman's mental health in pregnancy and after birth.
    ["Antenatal depression", "perinatal-mental-health.screening"],
    ["Perinatal anxiety", "perinatal-mental-health.screening"],
    ["Puerperal psychosis", "perinatal-mental-health.screening"],
    ["Maternal mood", "perinatal-mental-health.screening"],
    ["Antenatal mental health assessment", "perinatal-mental-health.screening"],
    ["Postnatal mental health check", "perinatal-mental-health.screening"],
    // Money trouble as UK forms name it.
    ["Rent arrears", "family.finance"],
    ["Fuel poverty", "family.finance"],
    ["Can you afford to heat your home?", "family.finance"],
    ["Do you have any savings or investments?", "family.finance"],
    // The Chief Medical Officers' physical activity guidelines (2019).
    ["Sedentary behaviour", "health.physical-activity"],
    ["Time spent sitting", "health.physical-activity"],
    ["Active travel", "health.physical-activity"],
    ["Do you walk or cycle to school?", "health.physical-activity"],
    ["MVPA", "health.physical-activity"],
    ["Do you do any muscle-strengthening activities?", "health.physical-activity"],
    ["How many hours per week do you spend on moderate-intensity activities?", "health.physical-activity"],
    ["How much time do you spend sitting or reclining on a typical day?", "health.physical-activity"],
    // Delivering Better Oral Health, and the NHS's healthy eating advice.
    ["Toothbrushing", "health.oral"],
    ["Fluoride toothpaste", "health.oral"],
    ["Last dental visit", "health.oral"],
    ["Portion sizes", "health.healthy-eating"],
    ["Do you eat a balanced diet?", "health.healthy-eating"],
    ["How often do you eat sweets or chocolate?", "health.healthy-eating"],
    // A referral's reason, consent, worries and self-harm under their other names.
    ["Purpose of referral", "referral.reason"],
    ["Grounds for referral", "referral.reason"],
    ["Agreement to treatment", "consent.examination"],
    ["Do you have any worries about this child?", "safeguarding.concerns"],
    ["Suicidal ideation", "emotional-health.trigger-questions"],
    ["Self-injury", "emotional-health.trigger-questions"],
    ["Feelings of hopelessness", "emotional-health.trigger-questions"],
    // Homelessness and the state of the home.
    ["Are you homeless or at risk of homelessness?", "home.environment"],
    ["Hygiene of the home", "home.environment"],
    ["Condition of the property", "home.environment"],
    // Who did the form's own act.
    ["Conducted by", "practitioner.name"],
    ["Screened by:", "practitioner.name"],
    ["Caseworker name", "practitioner.name"],
    ["Health worker name", "practitioner.name"],
    ["CHW name", "practitioner.name"],
    ["Vaccinator name", "practitioner.name"],
    ["Name of the person filling this form", "practitioner.name"],
  ], "(the shipped pack)");
});

describe("and the look-alikes that kept other terms out", () => {
  itReadsEachLabel(pack, [
    // "Savings" alone is "saved" to the stemmer.
    ["Your application has been saved", null],
    // "Gender-based violence" written out left "violence" alone to match.
    ["Are you comfortable discussing a scenario related to domestic violence?", null],
    // A named nurse, midwife or doctor for safeguarding is not the practitioner completing the form,
    // and neither is a notification's doctor (the GP): no trade's "name" was added.
    ["Named midwife", null],
    ["Named nurse", null],
    // A choice of where decisions were written is not who wrote the form ("entered by" left out).
    ["Entered by supervisor", null],
    // A housing service's consent, and a web page's "Home" ("temporary accommodation" and "state of
    // the home" left out).
    ["Has consent for Temporary Accommodation been given?", null],
    ["Home", null],
    // Referred, reviewed and seen "by" are someone else's acts.
    ["Referred by", "referrer.details"],
  ], "(the shipped pack)");
  itReadsEachLabelUnder(pack, [
    // Healthy Start and free school meals by name made this heading read as money.
    ["Eating well: diet, weight and advice given", "Keeping healthy", "health.healthy-eating"],
  ], "(the shipped pack)");
});
