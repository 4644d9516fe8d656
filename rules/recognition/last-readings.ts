/**
 * The last readings: what a question is about, read from its topic when no phrase of any concept
 * matched it (recogniser.ts, after every other way of reading a label). Each names the packs' words
 * for the topic (`phrase`, matched like any label), the label's own words that said so (`evidence`)
 * and the topic in words for explanations (`topic`). Being last, they move no phrase's weight and
 * override no other reading; round 34 in docs/recognition.md measured each.
 */
import { ownMoney } from "./money-frames";
import { habitTopic } from "./habit-topics";
import { abuseBehaviour } from "./abuse-behaviour";
import { consentToCare } from "./care-consent";
import { homeConditions } from "./home-conditions";
import { schoolingTopic } from "./schooling-topic";
import { parentImpact } from "./parent-impact";
import { harmJudgement } from "./harm-judgement";
import { accountFitsInjury, delayInComingForHelp, howInjuryHappened } from "./injury-topics";
import { beingAParent } from "./being-a-parent";
import { parentsMentalHealth } from "./parents-mental-health";
import { supportInformation } from "./support-information";
import { childsOwnWords } from "./childs-own-words";
import { leavingCareFollowUp, riskAssessmentUpdate } from "./care-plan-topics";
import type { TopicReading } from "./plain-label";

export type { TopicReading } from "./plain-label";

/**
 * In the order tried: the child's own words (first: what a child says of a parent's drinking is their
 * voice, not the drinking), how a parent affects the child (first: a parent's drinking or money named as
 * what harms the child is that harm, not the habit or the money), the household's own money, a
 * habit however counted, abusive behaviour, consent to care, the condition of the home, being at school, how likely
 * or serious harm is, then a child's injury: whether the account fits it, a delay in coming for help,
 * how it happened (in that order: a label asking whether the account of how it happened fits is the
 * first, not the last), whether the adult is a parent, a parent's mental health, who follows up once a child leaves care, and
 * what makes a risk assessment be updated, and what help there is and how to ask for it.
 */
const LAST_READINGS: ReadonlyArray<(label: string) => TopicReading | undefined> = [childsOwnWords, parentImpact, ownMoney, habitTopic, abuseBehaviour, consentToCare, homeConditions, schoolingTopic, harmJudgement, accountFitsInjury, delayInComingForHelp, howInjuryHappened, beingAParent, parentsMentalHealth, leavingCareFollowUp, riskAssessmentUpdate, supportInformation];

/**
 * Readings that may read every question a label asks, not its main clause alone: the parts of the
 * analysis of harm are often asked one question after another ("What harm could happen to the child
 * if things do not change? How serious could it be?"), the harm in the first and how serious it is in
 * the next; and who follows up health needs is asked after the condition that says when ("If the child
 * leaves care before the next review: who will follow up outstanding health needs"), which the main
 * clause leaves out; and a bracket saying "(own words)" makes the child's words of any question. (Every reading on the whole question was tried in round 35 and lost precision.)
 */
const WHOLE_QUESTION_READINGS: ReadonlyArray<(label: string) => TopicReading | undefined> = [harmJudgement, leavingCareFollowUp, childsOwnWords];

/**
 * Each last reading that takes `label` (a label's main clause) by its topic, in order, as they are asked for; then those
 * that read the whole of what is asked (`asked`), when it says more than the main clause.
 */
export function* lastReadings(label: string, asked: string = label): Generator<TopicReading> {
  // One at a time: the recogniser stops at the first whose words it recognises, so the rest are not read.
  for (const read of LAST_READINGS) {
    const r = read(label);
    if (r) yield r;
  }
  if (asked !== label) {
    for (const read of WHOLE_QUESTION_READINGS) {
      const r = read(asked);
      if (r) yield r;
    }
  }
}
