/**
 * Who attended, asked as one choice of many: "Professionals present" with the options "Health
 * visitor", "Community midwife", "Practice nurse". Each option ticked says that one attended, so the
 * field asks the attendance of each: a meeting's form that must record whether the health visitor
 * and the midwife came (paragraph 5.2.6) asks both in this one field, and was told it asked neither.
 *
 * Each option is read as "<option> present". Only options that read as concepts of one family in the
 * packs' ids count, and only where two or more do (as options vote, `Recogniser.byOptions`): "GP
 * present" alone, or a list of places, says nothing of attendance at a meeting. No concept is named here.
 */
import { familyOf } from "./condition-topic";

const ASKS_WHO_ATTENDED = /\b(?:present|attend(?:ed|ing|ees?|ance)|in\s+attendance|represented|who\s+(?:came|was\s+there))\b/i;

/** Whether a field asks who attended, as a list of choices ("Professionals present", "Attendees"). */
export function asksWhoAttended(label: string, type: string | undefined, options: readonly string[]): boolean {
  return type === "multichoice" && options.length >= 2 && ASKS_WHO_ATTENDED.test(label);
}

/** An option read as the attendance it records. */
export function asAttendance(option: string): string {
  return `${option} present`;
}

/** Of the concepts each option was read as, those of the family two or more options share (the largest such family). */
export function attendanceConcepts(byOption: ReadonlyArray<{ option: string; concept: string }>): Array<{ option: string; concept: string }> {
  const families = new Map<string, Array<{ option: string; concept: string }>>();
  for (const r of byOption) {
    const family = familyOf(r.concept);
    const list = families.get(family) ?? [];
    if (!list.some((x) => x.concept === r.concept)) list.push(r);
    families.set(family, list);
  }
  let best: Array<{ option: string; concept: string }> = [];
  for (const list of families.values()) if (list.length >= 2 && list.length > best.length) best = list;
  return best;
}
