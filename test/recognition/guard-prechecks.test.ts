/**
 * The recogniser's guards and last readings let a text go before their long expressions when it
 * holds none of the words every alternative needs (docs/performance.md, 8 December 2026: V8 compiles
 * each such expression in every fresh process, and a one-form run paid for them on every label).
 * The cheap test must never change an answer: each row is a text the long expression takes, in
 * capitals, in mixed case and after other words, which the cheap test must let through.
 */
import { describe, expect, it } from "vitest";
import { asksWhyMissed } from "../../rules/recognition/missed-reason-guard";
import { asksKnownTo } from "../../rules/recognition/known-to-guard";
import { asksOthersViews } from "../../rules/recognition/others-views-guard";
import { asksAcuteIntake } from "../../rules/recognition/acute-intake-guard";
import { givesAdvice } from "../../rules/recognition/advice-guard";
import { namesTheCompleter } from "../../rules/recognition/completer-section";
import { homeConditions } from "../../rules/recognition/home-conditions";
import { asksTheirOwnView } from "../../rules/recognition/own-words";
import { abuseBehaviour } from "../../rules/recognition/abuse-behaviour";
import { placeAskedAbout } from "../../rules/recognition/setting-guard";
import { asksPeerPlay } from "../../rules/recognition/peer-play-guard";
import { actDoneToAChild } from "../../rules/recognition/child-victim-guard";
import { ordersADiet } from "../../rules/recognition/diet-order-guard";

const taken = (reading: (label: string) => unknown) => (label: string) => reading(label) !== undefined;

describe.each([
  ["asksWhyMissed", asksWhyMissed, ["REASON FOR DNA", "Why was the child not brought to the appointment?", "Reasons given for WNB"], ["Number of DNAs", "Reason for referral"]],
  ["asksKnownTo", asksKnownTo, ["KNOWN TO SOCIAL CARE?", "Is the family ENGAGED WITH drug services?", "Seen by community mental health team", "Receiving help from the alcohol service"], ["Known allergies", "Drug and alcohol service"]],
  ["asksOthersViews", asksOthersViews, ["CARER'S VIEWS ON THE YOUNG PERSON'S HEALTH", "Wishes of the parents", "GP comments"], ["Child's views", "Views of parents and child"]],
  ["asksAcuteIntake", asksAcuteIntake, ["IS THE CHILD EATING AND DRINKING NORMALLY?", "Off their food", "Poor oral intake", "Feeding poorly", "Has he ATE less than usual"], ["Healthy eating", "Date of birth"]],
  ["givesAdvice", givesAdvice, ["BRIEF ALCOHOL INTERVENTION", "Counselling conducted on alcohol use", "Advice given about safe sleeping", "Leaflet", "Health Education on physical activity"], ["Alcohol use", "Advice line number"]],
  ["namesTheCompleter", namesTheCompleter, ["COMPLETED BY", "Entry made by:", "Sign-off", "Report author", "Form completion"], ["Completed", "Baby's name"]],
  ["homeConditions", taken(homeConditions), ["IS YOUR HOME WARM ENOUGH?", "Is the housing adequate?", "Overcrowded accommodation", "Do you have a steady place to sleep?"], ["Is the support at home adequate?", "Is the mother stable?"]],
  ["asksTheirOwnView", asksTheirOwnView, ["WHAT WOULD YOU LIKE TO BE DIFFERENT?", "How do you want to change your plan to", "Anything else you want us to know", "Tell us about yourself"], ["What is your name?", "Would you like a chaperone?"]],
  ["abuseBehaviour", taken(abuseBehaviour), ["DOES YOUR PARTNER EVER HURT YOU?", "Has anyone at home threatened you?"], ["Have you ever hurt your partner?", "Does your partner smoke?"]],
  ["placeAskedAbout", taken(placeAskedAbout), ["DO YOU FEEL SAFE AT WORK?", "Does the child attend a Nursery?", "School attendance", "Class last attended"], ["Do you feel safe at home?", "Attendance at clinic"]],
  ["asksPeerPlay", asksPeerPlay, ["DOES YOUR CHILD PLAY WITH OTHER CHILDREN?", "Gets on well with other kids"], ["Does your child play outside?", "Other children in the home"]],
  ["actDoneToAChild", actDoneToAChild, ["HAS ANYONE HURT THE CHILD?", "Has anyone threatened your Baby?", "Has anyone harmed any young person?"], ["Has anyone hurt you?", "Child's name"]],
  ["ordersADiet", ordersADiet, ["DISCHARGE DIET:", "Nil by mouth", "Diet as tolerated", "NBM", "IDDSI level"], ["Healthy diet", "What do you eat?"]],
])("%s", (_, decide, takes, leaves) => {
  it.each(takes as string[])("takes %j", (text) => expect((decide as (t: string) => boolean)(text)).toBe(true));
  it.each(leaves as string[])("leaves %j", (text) => expect((decide as (t: string) => boolean)(text)).toBe(false));
});
