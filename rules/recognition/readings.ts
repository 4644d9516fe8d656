/**
 * The readings a text goes through before it is split into words, in the order they apply: each
 * rewrites one way forms word a question into the words the packs' phrases use, and each says why
 * in its own file, except the few that are one replacement with no exceptions to explain ("or
 * ex-partner", "filled in", "occupation order", "kill yourself", "income from", "to date",
 * "children and young people", abuse by family, "do for work", "rel. to",
 * a copy of something sent to someone, part of the time, somewhere else, saying no, "<18", the ability to look after "them", "on the date of this summary", "current or past", on one's own, any child under 18), which are written below. Applied alike to the packs' phrases and the prompts being recognised
 * (normalise.ts `words`). Each needs a word most texts lack and tests for it before its pattern
 * runs: every pack synonym passes through here when the recogniser is built.
 *
 * The order is the order they were written in, and matters where two readings meet: "your
 * partner or ex-partner" becomes one person before co-residence reads who lives with whom.
 */
import { readComingTo, readReferredFrom, readDiscussedWith, readFollowThemUp, readHasTo, readLookAgain, readMakingThisEntry, readNotComing, readReferralReceivedBy, readSaidTo, readRedo, readRelatedTo, readTakePart, readWantingTo, readWhichOneWill } from "./plain-verbs";
import { readVisits } from "./visits";
import { readOtherSystemsWords } from "./other-systems";
import { readAnalysisOfRisk, readHowLikely } from "./likelihood-frames";
import { readEnquiry } from "./enquiry-frames";
import { readLookingAfter } from "./looking-after";
import { readInSchool } from "./in-school";
import { readHavingChildren } from "./having-children";
import { readConsentFrame } from "./consent-frames";
import { readInCare } from "./in-care";
import { readAccompanying } from "./accompanying";
import { readCoResidence } from "./co-residence";
import { readTakingSubstance, readUseOfSubstance } from "./taking-substances";
import { readCauseFrame } from "./cause-frames";
import { withoutMeasure } from "./quantities";
import { readAnyOther } from "./any-other";
import { readAgeThreshold } from "./age-thresholds";
import { readSubstanceTopic } from "./substance-topics";
import { withoutVaccineName } from "./vaccine-names";
import { readPerpetrator } from "./perpetrators";
import { readChoiceFrame } from "./choice-frames";
import { readNamedBenefit } from "./named-benefits";
import { readActingProfessional } from "./form-agents";
import { readMoodFeeling } from "./mood-frames";
import { readAmountOfMoney, readEarnings, readMoneyHardship } from "./money-frames";
import { readClosedCompounds } from "./closed-compounds";
import { readHavingACarer } from "./having-a-carer";
import { readImpactOnTheChildren } from "./impact-frames";
import { readServiceRequest } from "./service-requests";
import { readPregnancyFrame } from "./pregnancy-frames";
import { readWorryAboutAnAspect } from "./worry-aspects";

/**
 * A form "filled in" or "filled out" is completed: "Date this form was filled in"; so is a person
 * "filling (in) this form": "Name of the person filling this form".
 */
function readFilledIn(text: string): string {
  if (!text.includes("fill")) return text;
  return text.replace(/\bfilled\s+(?:in|out)\b/g, "completed").replace(/\bfilling\s+(?:in\s+|out\s+)?(?=(?:this|the)\s+(?:form|record|questionnaire)\b)/g, "completing ");
}

/** Where an income comes from does not change that it is income: "Do you have any income from self-employment?". */
function readIncomeSource(text: string): string {
  return text.includes("income from") ? text.replace(/\bincome\s+from\s+(?:paid\s+|your\s+|a\s+)?(?:self-employment|employment|work|job|wages|earnings|pensions?|investments?|savings|property|rent|maintenance|child\s+support)\b/g, "income") : text;
}

/**
 * "To date" is "so far", not a date: "Number of missed appointments to date" asks for a count.
 * "Up to date" (current: "Immunisations up to date?") keeps its words.
 */
function readToDate(text: string): string {
  return text.includes("to date") ? text.replace(/(?<!\bup\s)\bto\s+date\b(?!\s+of\b)/g, " ") : text;
}

/** Killing oneself is suicide: "Do you have a plan to kill yourself?" asks about a suicide plan. */
function readKillingOneself(text: string): string {
  return text.includes("kill") ? text.replace(/\bkill(?:s|ed|ing)?\s+(?:yourself|themselves|themself|himself|herself|myself|oneself)\b/g, "suicide") : text;
}

/**
 * An occupation order (Family Law Act 1996, s. 33) says who may live in a home: a court order, not
 * anyone's occupation. "Occupation Order", in a private-law response's list of past proceedings,
 * was read as the parent's occupation (test/recognition/audit-labels.test.ts).
 */
function readOccupationOrder(text: string): string {
  return text.includes("occupation order") ? text.replace(/\boccupation\s+orders?\b/g, "court order") : text;
}

/**
 * A primary carer is the main carer: "Is the person in prison the primary carer for any children?"
 * asks what "main carer for any children" does. Only for a carer: "primary occupation",
 * "primary school" and "primary care" keep their word.
 */
function readPrimaryCarer(text: string): string {
  return text.includes("primary") ? text.replace(/\bprimary\s+(carers?|care\s?givers?|caretakers?)\b/g, "main $1") : text;
}

/** A service user is the client: "Does the service user care for any children?" (UK social care's word for the person a form is about). */
function readServiceUser(text: string): string {
  return text.includes("service user") ? text.replace(/\bservice\s+users?\b/g, "client") : text;
}

/**
 * "Copy of RHA summary and health plan sent to carers" is a copy to the carers: which document is
 * copied only says what the copy is of; whom it goes to is what is asked.
 */
function readCopySentTo(text: string): string {
  return text.includes("cop") ? text.replace(/\bcop(?:y|ies)\s+of\s+[^.?;]{1,60}?\s+(?:sent|given|shared|provided|forwarded|emailed|posted)\s+to\b/g, "copy to") : text;
}

/**
 * "Rel. to pt", "Rel to child": a relationship to someone, as NHS templates shorten it. Only before
 * "to": "Rel" alone may be a religion in a list of demographics.
 */
function readRelTo(text: string): string {
  return text.includes("rel") ? text.replace(/\brel\.?\s+to\b/g, "relationship to") : text;
}

/**
 * "Participant type", "person type": what kind of person someone is to the patient, as FHIR's
 * encounter participants and the national data sets code it ("Participant type Person accompanying
 * child" asks the accompanying person's relationship). A bracket "(person type)" is read so already
 * (normalise.ts `ownerInBrackets`).
 */
function readPersonType(text: string): string {
  return text.includes(" type") ? text.replace(/\b(?:participant|person)\s+type\b/g, "relationship") : text;
}

/**
 * "How old" asks an age: "How old is mum?", "How old were you on your last birthday?" ask what
 * "mother's age" and "age" name. Only "how old" followed by a verb of being, so "how old the
 * house is" in a longer sentence is left alone.
 */
function readHowOld(text: string): string {
  return text.includes("how old") ? text.replace(/\bhow\s+old\s+(?=(?:is|are|was|were|will)\b)/g, "age ") : text;
}

/**
 * "Children and young people" is the UK services' phrase for everyone under 18 ("CYP"): one group,
 * the children, as "child or young person" is one child. "Young people" alone keeps its words.
 */
function readChildrenAndYoungPeople(text: string): string {
  if (!text.includes("young")) return text;
  // "qualifying young people" (the UK benefits' word for a dependant aged 16 to 19) are young people too.
  return text.replace(/\bchildren\s+(?:and|or|&|\/)\s+(?:qualifying\s+)?young\s+people\b/g, "children").replace(/\bchild\s+(?:and|or|&|\/)\s+(?:qualifying\s+)?young\s+person\b/g, "child");
}

/**
 * Abuse by a partner or a family member is domestic abuse: that is its definition in England (Domestic
 * Abuse Act 2021, s. 1: abusive behaviour between people "personally connected", partners, ex-partners
 * and relatives). "Have you experienced any abuse from a partner or family member?" asks the enquiry.
 */
const ABUSER = String.raw`(?:(?:a|an|your|their|his|her)\s+)?(?:(?:current\s+or\s+former|ex-?)\s*)?(?:partner|family\s+member|relative|spouse|husband|wife)`;
const ABUSE_BY_FAMILY = new RegExp(String.raw`\babuse\s+(?:from|by)\s+${ABUSER}(?:\s+or\s+${ABUSER})?\b`, "g");
function readAbuseByFamily(text: string): string {
  return text.includes("abuse ") ? text.replace(ABUSE_BY_FAMILY, "domestic abuse") : text;
}

/**
 * How much of the time does not change what is asked: "Do any children live with you, even part of
 * the week?" asks whether children live with the client.
 */
function readPartOfTheTime(text: string): string {
  return text.includes("part of") || text.includes("some of") ? text.replace(/,?\s*\b(?:even\s+|at\s+least\s+|for\s+)?(?:part|some)\s+of\s+the\s+(?:week|time|year)\b/g, "") : text;
}

/** "Somewhere else" is "elsewhere": "children who live somewhere else". */
function readSomewhereElse(text: string): string {
  return text.includes("somewhere else") ? text.replace(/\bsomewhere\s+else\b/g, "elsewhere") : text;
}

/** Saying no to something is declining it: "Has the young person said no to all or part of this assessment?". */
function readSaidNo(text: string): string {
  return text.includes("no to") ? text.replace(/\b(?:said|says|say|saying)\s+no\s+to\b/g, "declined") : text;
}

/**
 * "<18" is "under 18" and "≥18", ">=18" are "18 or over": "Pt <18". And the two years before 18
 * are under 18: "Pt aged 16-17?" on a form from 16 up asks whether the patient is a child (round 18,
 * set W); "aged 16 to 17" alike.
 */
function readAgeSigns(text: string): string {
  if (text.includes("16")) text = text.replace(/\b(?:aged\s+)?16\s*(?:-|–|to)\s*17\b(?!\s*(?:-|–|to)?\s*\d)/g, "under 18");
  if (!text.includes("<") && !text.includes(">") && !text.includes("≥")) return text;
  return text.replace(/<\s*(\d+)/g, " under $1").replace(/(?:>=|≥)\s*(\d+)/g, " $1 or over");
}

/**
 * An adult's ability to look after "them", asked after their children are named ("Could your injury
 * affect your ability to look after them?"), is their ability to look after children: a person's
 * ability to look after someone is asked of no one else on these forms.
 */
function readAbilityToLookAfterThem(text: string): string {
  return text.includes("ability to") ? text.replace(/\bability\s+to\s+(look\s+after|lookafter|care\s+for)\s+(?:them|him|her)\b/g, "ability to $1 children") : text;
}

/**
 * "On the date of this summary", "on the date you submit your application", "on the date this
 * summary is given" says when an answer
 * holds, not that a date is asked: "Are you under 18 on the date of this summary?" asks the age.
 */
function readOnTheDate(text: string): string {
  return text.includes("date") ? text.replace(/\b(?:on|at|by)\s+(?:the\s+)?date\s+(?:of\s+(?:(?:this|the|your)\s+)?[a-z-]+|(?:you|they|we|it\s+is|this\s+is)\s+[a-z]+(?:\s+(?:this|the|your|their)\s+[a-z-]+)?|(?:this|the|your)\s+[a-z-]+\s+(?:is|was|will\s+be)\s+[a-z]+)/g, " ") : text;
}

/**
 * Now or before is every time: "Current or past MH difficulties?", "past or present", "now or in the
 * past" ask about the difficulties, whenever they were.
 */
function readNowOrBefore(text: string): string {
  if (!text.includes("past") && !text.includes("previous")) return text;
  return text.replace(/\b(?:current|currently|present|now)\s+or\s+(?:in\s+the\s+)?(?:past|previous|previously)\b|\b(?:past|previous)\s+or\s+(?:current|present)\b/g, " ");
}

/**
 * A label ending in "sooner if" is finished by the conditions written in its box: "Review this risk
 * assessment sooner if:", "Re-do this risk assessment before the review date if" ask what would
 * trigger a review before its date ("if" alone is a stop word, and would leave only the review).
 * So does one ending "if any of the following occur". Only after "sooner" (or "earlier", "again", or
 * before the review date, which is sooner): the
 * packs' own "update risk assessment if" keeps its words.
 */
function readSoonerIf(text: string): string {
  // "… if any of the following occur" ends where "… if" does (round 21, set AC): its box lists them.
  if (text.includes(" following")) text = text.replace(/\bif\s+(?:any\s+of\s+)?the\s+following\s+(?:occurs?|happens?|applies|apply|changes?)\s*[:.…]*\s*$/, "if");
  if (!text.endsWith("if") && !text.endsWith(":") && !text.endsWith("…") && !text.endsWith(".")) return text;
  return text.replace(/\bbefore\s+the\s+(?:next\s+)?review\s+date(?=\s+if\s*[:.…]*\s*$)/, "sooner").replace(/\b(sooner|earlier|again)\s+if\s*[:.…]*\s*$/, "$1 triggers");
}

/**
 * An appointment "with her alone" (or "on her own", read as alone above) is one where she is seen
 * alone: "Woman informed that at least one of her antenatal appointments will be with her on her own".
 * So is an appointment "with the midwife only" (round 18, set W: "Woman told at least one appt will be with MW
 * only, without partner/family?"): no one else is there.
 */
function readWithHerAlone(text: string): string {
  if (text.includes(" only")) text = text.replace(/\b(appointments?|appts?|visits?|part|time)\s+(?:will\s+be\s+|be\s+|is\s+|are\s+)?(?:held\s+)?with\s+(?:the\s+|her\s+|a\s+)?(?:mw|midwife|nurse|clinician|doctor|health\s+visitor|hv)\s+only\b/g, "$1 seen alone");
  return text.includes("alone") ? text.replace(/\bwith\s+(?:her|him|them|you)\s+alone\b/g, "seen alone") : text;
}

/**
 * The outcome or decision of "the most recent" (or latest, or last) meeting is the meeting's
 * outcome: "Outcome of the most recent child in need meeting". Only after what a meeting records;
 * "Date of most recent attendance" keeps its words.
 */
function readMostRecentMeeting(text: string): string {
  return text.includes("recent") || text.includes("latest") || text.includes("last") ? text.replace(/\b(outcomes?|decisions?|minutes)\s+(?:of|from|at)\s+(?:the\s+)?(?:most\s+recent|latest|last)\s+/g, "$1 of the ") : text;
}

/** "Are you scared of any one in your family?": "any one" written apart is anyone, unless one of a set ("any one of the following"). */
function readAnyOne(text: string): string {
  return text.includes("any one") ? text.replace(/\bany\s+one\b(?!\s+(?:of|or|day|time|year|month|week|visit|appointment|episode|occasion)\b)/g, "anyone") : text;
}

/**
 * "Was all or part of the assessment declined?": declining part of something is declining it; so
 * is declining it "in full or in part" ("Assessment declined in full or in part").
 */
function readAllOrPart(text: string): string {
  const all = text.includes("all or part of") ? text.replace(/\ball\s+or\s+part\s+of\s+/g, "") : text;
  return all.includes("in full or in part") ? all.replace(/,?\s*(?:either\s+)?in\s+full\s+or\s+in\s+part\b/g, "") : all;
}

/** "Next review due by", with its date to fill in, asks the date it is due: "due date". */
function readDueBy(text: string): string {
  return text.includes("due by") ? text.replace(/\bdue\s+by\s*[:.]?\s*$/, "due date") : text;
}

/** "At the moment", "at present", "right now" are "currently": "Are you in care at the moment?" asks whether the young person is in care. */
function readAtTheMoment(text: string): string {
  if (!text.includes("at the moment") && !text.includes("at present") && !text.includes("right now")) return text;
  return text.replace(/\b(?:at\s+the\s+moment|at\s+present|right\s+now)\b/g, "currently");
}

/**
 * On one's own is alone: "Woman informed that one of her appointments will be with her on her own",
 * "seen on her own" and "seen alone" ask the same. Not "in their own words", nor "their own home".
 */
function readOnTheirOwn(text: string): string {
  return text.includes(" own") ? text.replace(/\bon\s+(?:her|his|their|your|my|its)\s+own\b(?!\s+(?:words|home|house|terms|initiative))/g, "alone") : text;
}

/**
 * "Any child under 18", "every child or young person who lives in the household" are the children
 * (under 18, living there): a group, bounded by age as "children under 18" is (age-bounds.ts).
 */
function readAnyChildUnder(text: string): string {
  if (!text.includes("any child") && !text.includes("every child") && !text.includes("each child")) return text;
  return text.replace(/\b(?:any|every|each)\s+child(?:\s+or\s+young\s+person)?\s+(?=(?:under|aged|below|who)\b)/g, "any children ");
}

/** What someone does for work or for a living is their occupation: "What do you and your partner do for work?". */
function readDoForWork(text: string): string {
  return text.includes(" for ") ? text.replace(/\b(?:do|does|did)\s+for\s+(?:work|a\s+living|a\s+job)\b/g, "occupation") : text;
}

/**
 * "the children named above", "the children identified in section 2", "the adults listed below":
 * which of them the form already holds adds nothing to what is asked of them ("Are any of the
 * children named above subject to a child protection plan?").
 */
const NAMED_ELSEWHERE = /\b(children|child|young people|young person|people|adults?|persons?|siblings)\s+(?:named|listed|mentioned|identified|recorded|given|described)\s+(?:above|below|earlier|before|(?:in|at)\s+(?:section|part|question|box)\s+[0-9a-z.]{1,6})\b/g;
function readNamedElsewhere(text: string): string {
  return /(?:above|below|earlier|before|section|part|question|box)/.test(text) ? text.replace(NAMED_ELSEWHERE, "$1") : text;
}

/**
 * "Which team will check progress on this plan before the next health assessment?": a question of
 * who, ending in when it is done by, asks who; the next assessment only bounds it (it was read as
 * the next assessment's due date).
 */
const BEFORE_THE_NEXT = /^((?:\d+(?:\.\d+)*\s+)?(?:which|who)\b.*?)\s+(?:before|by)\s+the\s+next\s+(?:health\s+)?(?:assessment|review|appointment|meeting|visit|contact)\s*(?=[?.]?\s*$)/;
function readBeforeTheNext(text: string): string {
  return text.includes(" the next ") ? text.replace(BEFORE_THE_NEXT, "$1") : text;
}

/**
 * Dating violence is violence by a partner: "Teen dating violence" is the intimate partner violence
 * the domestic abuse enquiry asks. Read so, "dating" stops sharing a stem with "date", which read
 * "Date of Violence" (when an assault happened) as the enquiry (round 32's sweeps).
 */
function readDatingViolence(text: string): string {
  return text.includes("dating") ? text.replace(/\b(?:teen\s+)?dating\s+(violence|abuse)\b/g, "intimate partner $1") : text;
}

/**
 * "Since the last assessment" bounds when, not what: "Information from the GP since the last assessment"
 * asks for the GP's information. Only at the end of a label, and not after a count or a date ("Number of
 * attendances since the last review", "Date seen since the last visit" keep it: how many or when is then
 * what is asked of that time).
 */
const SINCE_THE_LAST = /\s+since\s+(?:the|your|their|his|her|my)\s+(?:last|previous)\s+(?:health\s+)?(?:assessment|review|visit|appointment|contact|meeting)\s*[?.:]?\s*$/;
function readSinceTheLast(text: string): string {
  if (!text.includes("since") || /\b(?:number|how\s+many|how\s+often|date|when|times|count)\b/.test(text)) return text;
  return text.replace(SINCE_THE_LAST, "");
}

/** "your partner or ex-partner" is about one person. */
function readPartnerOrEx(text: string): string {
  return text.includes(" or ex") ? text.replace(/\b([a-z]+) or ex-?\1\b/g, "$1") : text;
}

export const READINGS: ReadonlyArray<(text: string) => string> = [
  // "Is the child known to Tusla?" asks whether children's social care knows the child (other-systems.ts).
  readOtherSystemsWords,
  // "Are any of the children named above …?" asks about the children (named where does not matter).
  readNamedElsewhere,
  // "Which team will check progress … before the next health assessment?" asks which team.
  readBeforeTheNext,
  // "… and your analysis of how likely and how serious they are" weighs the likelihood of harm (likelihood-frames.ts).
  readHowLikely,
  // "Summarise and analyse the safeguarding risks identified" asks for the analysis of risk (likelihood-frames.ts).
  readAnalysisOfRisk,
  // "Emotional well-being" is the packs' "emotional wellbeing" (closed-compounds.ts).
  readClosedCompounds,
  // "Please check the range that best describes your annual household income" asks about the income.
  readChoiceFrame,
  // "been to the emergency room in the last year" is "visited the emergency department in the past year".
  readVisits,
  // "Has she been asked about domestic abuse?" records the enquiry about it.
  readEnquiry,
  // "Who was looking after the child?" is not whether the child is looked after.
  readLookingAfter,
  // "Is the client in school?" asks whether they are enrolled.
  readInSchool,
  // "Do you have any children?" asks whether the adult has children.
  readHavingChildren,
  // "Does the patient have a carer?" asks whether they are cared for, not whether they are a carer.
  readHavingACarer,
  // "Are you happy for the nurse to examine your child?" asks for consent.
  readConsentFrame,
  // "taken into care" is the legal status, not caring for someone.
  readInCare,
  // "the COVID-19 vaccination" is the vaccination, whichever it is.
  withoutVaccineName,
  // "Who is with the child?" asks who accompanies the child.
  readAccompanying,
  readPartnerOrEx,
  readDatingViolence,
  readReferredFrom,
  readChildrenAndYoungPeople,
  readPartOfTheTime,
  readSomewhereElse,
  readSaidNo,
  readAgeSigns,
  readAbuseByFamily,
  // "How might your mental health affect the children?" asks the impact on them.
  readImpactOnTheChildren,
  readAbilityToLookAfterThem,
  readOnTheDate,
  readNowOrBefore,
  readSinceTheLast,
  readAtTheMoment,
  readSaidTo,
  readSoonerIf,
  readTakePart,
  readNotComing,
  readComingTo,
  readMakingThisEntry,
  // "Referral taken by" names the worker who received it, not the referrer.
  readReferralReceivedBy,
  // "Connection request", "request for services": a referral; its "Requester", the referrer (service-requests.ts).
  readServiceRequest,
  readHasTo,
  readWhichOneWill,
  readWantingTo,
  readRedo,
  readRelatedTo,
  readFollowThemUp,
  readDueBy,
  readMostRecentMeeting,
  readAllOrPart,
  readAnyOne,
  readLookAgain,
  readDiscussedWith,
  readOnTheirOwn,
  readWithHerAlone,
  readAnyChildUnder,
  readDoForWork,
  readPrimaryCarer,
  readServiceUser,
  readRelTo,
  readPersonType,
  readCopySentTo,
  readHowOld,
  // "Has the contact client ever hit you?" asks what "has anyone hit you" asks.
  readPerpetrator,
  readFilledIn,
  // "Occupation Order" is a court order about a home, not an occupation.
  readOccupationOrder,
  // "Do you get Housing Benefit?" asks whether the family receives benefits.
  readNamedBenefit,
  readKillingOneself,
  readIncomeSource,
  // "How much will you get paid this year?" asks about income.
  readEarnings,
  readAmountOfMoney,
  // "Are you able to afford nappies?", "…because you didn't have money for food": the family's finances.
  readMoneyHardship,
  readToDate,
  // "Do any children live with you?" asks about children at home.
  readCoResidence,
  // "Do you take any recreational drugs?" asks about recreational drug use.
  readTakingSubstance,
  // "the misuse of prescription drugs" is prescription drug misuse; "the last time you injected", injecting drugs.
  readUseOfSubstance,
  // "How much do you normally drink?", "What type of cocaine?" ask about alcohol or cocaine use.
  readSubstanceTopic,
  // "What led to your injuries?" asks for the cause of the injuries.
  readCauseFrame,
  // "at least one drink … per week" asks about drinking, not how much.
  withoutMeasure,
  // "Any other safety or welfare concerns" asks for safety or welfare concerns.
  readAnyOther,
  // "Are you worried about your child's sleep?" is about sleep, not a concern about the child.
  readWorryAboutAnAspect,
  // "Are you 18 or over?" asks which side of 18, as "under 18" does.
  readAgeThreshold,
  // "Name of assessing nurse/midwife" asks for the name of the clinician assessing.
  readActingProfessional,
  // "How often did you feel hopeless?" asks about low mood.
  readMoodFeeling,
  // "Since you became pregnant, have you been hit…?" is dated by the pregnancy, not about it.
  readPregnancyFrame,
];
