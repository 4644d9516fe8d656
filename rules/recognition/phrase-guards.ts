/**
 * The guards that read a question's frame: when a prompt asks in a certain way, only a phrase that
 * speaks the same way may answer it. Each pair is (does the prompt ask so?, may this phrase answer
 * it?), read from the prompt's text and the phrase's text alike; each lives in its own file with
 * its table-driven test. One table, so the recogniser applies them all the same way and a new
 * guard is one row here, not another branch in the scoring loop.
 */
import { givesAdvice, namesOffer } from "./advice-guard";
import { mayAnswerCoResidence, namesCoResidence } from "./co-residence";
import { asksPregnancyDueDate, speaksOfPregnancy } from "./due-date-guard";
import { asksDuration, namesDuration } from "./duration-guard";
import { namesTelling, tellsSomeone } from "./notice-guard";
import { asksPresence, namesAttendance } from "./presence-guard";
import { asksWhyChanged, namesChange } from "./prompt-guards";
import { datesAnotherCompletion, datesAReport, datesARequest, namesAReport, namesARequest, mayDateAnotherCompletion } from "./dated-events";
import { namesNoLetteredPart, speaksOfAnyPart } from "./part-letter-guard";
import { asksKnownTo, namesBeingKnown } from "./known-to-guard";
import { actDoneToAChild, speaksOfAChild } from "./child-victim-guard";
import { asksOthersViews, mayAnswerOthersViews } from "./others-views-guard";
import { ratesRiskToSelf, speaksOfRiskToSelf } from "./risk-to-self-guard";
import { namesADietOrder, ordersADiet } from "./diet-order-guard";
import { asksPeerPlay, speaksOfPeerPlay } from "./peer-play-guard";
import { asksWhyMissed } from "./missed-reason-guard";
import { asksAcuteIntake, namesAcuteIntake } from "./acute-intake-guard";
import { asksWhetherTold, namesBeingTold } from "./told-guard";
import { asksWho, asksWhoDidIt } from "./done-by-guard";
import { asksHowOftenItHappens, mayAnswerHowOften } from "./how-often-guard";
import { listsMoneyAmongDailyTasks, speaksOfNoMoney } from "./daily-tasks-guard";

export interface PhraseGuard {
  /** Whether a prompt asks in this way. */
  asks(prompt: string): boolean;
  /** Whether a phrase may answer such a prompt. */
  mayAnswer(phrase: string): boolean;
}

export const PHRASE_GUARDS: readonly PhraseGuard[] = [
  // "What is the reason for the cancellation of this referral?" asks about the cancellation.
  { asks: asksWhyChanged, mayAnswer: namesChange },
  // "Counselling conducted on alcohol use" records advice given, not an enquiry made.
  { asks: givesAdvice, mayAnswer: namesOffer },
  // "How long have the symptoms been present?" asks for a duration.
  { asks: asksDuration, mayAnswer: namesDuration },
  // "Who does the child live with?" asks who the household is, not who came today.
  { asks: namesCoResidence, mayAnswer: mayAnswerCoResidence },
  // "Estimated Due Date (EDD)" is when the baby is due, not when an action is.
  { asks: asksPregnancyDueDate, mayAnswer: speaksOfPregnancy },
  // "Parent/carer present" asks who is here, not whether the client is a parent.
  { asks: asksPresence, mayAnswer: namesAttendance },
  // "Health visitor informed" is a notice, not an attendance; "shared with GP" is not "from GP".
  { asks: tellsSomeone, mayAnswer: namesTelling },
  // "Date incident reported" is when the report was made, not when the incident happened.
  { asks: datesAReport, mayAnswer: namesAReport },
  // "Date IHA request received" is when the request came, not when the assessment took place.
  { asks: datesARequest, mayAnswer: namesARequest },
  // "Date training completed" is when the training ended, not when the form was completed.
  { asks: datesAnotherCompletion, mayAnswer: mayDateAnotherCompletion },
  // "Was the assessment, or any part of it, declined?" is not the assessment's Part B.
  { asks: speaksOfAnyPart, mayAnswer: namesNoLetteredPart },
  // "Is the patient known to drug and alcohol services?" asks whether a service knows them, not who attended.
  { asks: asksKnownTo, mayAnswer: namesBeingKnown },
  // "Has anyone hurt the child?" asks whether the child was harmed, not the adult's domestic abuse enquiry.
  { asks: actDoneToAChild, mayAnswer: speaksOfAChild },
  // "Carer's views on the young person's health" are the carer's, not the young person's voice.
  { asks: asksOthersViews, mayAnswer: mayAnswerOthersViews },
  // "Risk of overdose - red, amber or green rating" rates a risk to the client, not to the children.
  { asks: ratesRiskToSelf, mayAnswer: speaksOfRiskToSelf },
  // "Discharge diet:" is a hospital's order for what the patient may be given, not what they eat.
  { asks: ordersADiet, mayAnswer: namesADietOrder },
  // "Does your child play with other children?" asks how the child gets on with peers, not about siblings.
  { asks: asksPeerPlay, mayAnswer: speaksOfPeerPlay },
  // "Reason for DNA" asks why an appointment was missed, not how many were.
  { asks: asksWhyMissed, mayAnswer: asksWhyMissed },
  // "Is the child eating and drinking normally?" asks about a sign of illness, not what the family eats.
  { asks: asksAcuteIntake, mayAnswer: namesAcuteIntake },
  // "Has the child been told about the referral?" asks whether the child was informed, not what the child said.
  { asks: asksWhetherTold, mayAnswer: namesBeingTold },
  // "Living situation verified by" asks who checked it, not about the living situation.
  { asks: asksWhoDidIt, mayAnswer: asksWho },
  // "How often has this happened?" asks how many times, not how it happened.
  { asks: asksHowOftenItHappens, mayAnswer: mayAnswerHowOften },
  // "Did you provide care by cleaning, managing money or preparing meals?" lists daily tasks, not the family's finances.
  { asks: listsMoneyAmongDailyTasks, mayAnswer: speaksOfNoMoney },
];

/** The guards a prompt's text calls for (usually none). */
export function guardsFor(prompt: string): readonly PhraseGuard[] {
  return PHRASE_GUARDS.filter((g) => g.asks(prompt));
}
