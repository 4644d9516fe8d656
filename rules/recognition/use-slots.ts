/**
 * A label that asks only how, how often or since when something is used, under a heading that
 * names what: "Frequency of use:", "Age of first use:", "Usual route of administration:" under
 * "Primary Substance Usage". A substance-use record asks each of these of the substance its
 * section names, so the label alone names nothing, and read with the heading its words ("frequency",
 * "route", "administration") weighed against every phrase of drug or alcohol use.
 *
 * Such a label is read as the heading's concept, where the heading reads as a concept whose
 * phrases speak of use ("substance use", "alcohol use", "drug usage"): the label's words then say
 * which aspect of that use it asks, not another topic.
 */
import { stem, type Token } from "./normalise";

/** Words of a question about using something: how often, how much, how, since when. */
const USE_SLOT_WORDS = new Set(
  (
    "frequency often how amount quantity much many route administration administered method age first last usual usually " +
    "typical typically pattern use used using usage times per day week month onset start started regular regularly current"
  )
    .split(" ")
    .map(stem),
);

/** Of those, the words that alone make a label a question about use (not "Age", not "Date"). */
const ABOUT_USE = new Set("frequency often amount quantity route administration use used using usage".split(" ").map(stem));

/** Whether a label's words (stop words dropped) ask only about an aspect of using something. */
export function isUseSlot(label: readonly Token[]): boolean {
  return label.length > 0 && label.length <= 6 && label.every((t) => USE_SLOT_WORDS.has(t.stem)) && label.some((t) => ABOUT_USE.has(t.stem));
}

/** The stem a concept's phrases carry when they speak of use. */
export const USE = stem("use");
