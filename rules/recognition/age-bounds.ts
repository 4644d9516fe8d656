/**
 * "How many children do you have under the age of 18?" asks how many children there are; "under
 * the age of 18" only says which children count. An age bound written straight after the people
 * it bounds ("children under 16", "children and adolescents 0-17 years", "any children aged 6–19
 * years") narrows a population: it is not the attribute asked for (the children's age) and says
 * nothing against a phrase that leaves it out.
 *
 * So does one after anyone unnamed ("Does the mother have anyone, 18 years or older, who would be
 * able to assist her?" asks about a helper, not the mother's age).
 *
 * Only after a word for a group of young people or anyone unnamed, and only with a number in it: "Is the patient
 * under 18?" and "Age of child" ask about an age, and keep every word.
 *
 * Whose children they are narrows a group the same way: "Do you have any children under 18 from a
 * previous relationship living elsewhere?" asks about children living elsewhere (6 December 2026).
 */
import { stem, type Token } from "./normalise";

/** Groups an age bound can narrow (plural or collective: one child's age is an attribute). */
const GROUPS = new Set(["children", "adolescents", "kids", "minors", "dependants", "dependents", "teenagers", "youths", "people", "siblings", "havechildren", "anyone", "anybody", "someone", "somebody"].map(stem));
/** Words an age bound is made of, besides its numbers ("under the age of 18", "aged 0 to 17 years old"). */
const BOUND_WORDS = new Set(["under", "below", "over", "above", "aged", "age", "ages", "year", "years", "old", "older", "younger", "month", "months", "to", "and", "between", "up"].map(stem));
/** A group word may be followed by another before the bound: "children and adolescents 0-17 years". */
const LINKS = new Set(["and", "or"].map(stem));

/** Indices (into `list`) of the tokens that narrow a group (its age bound, whose children), to be read as a qualifier. */
export function ageBoundTokens(list: readonly Token[]): ReadonlySet<number> {
  let found: Set<number> | undefined;
  for (let k = 0; k < list.length; k++) {
    if (!GROUPS.has(list[k].stem)) continue;
    let j = k + 1;
    // "children and adolescents", "children/young people": the bound follows the last group word.
    while (j + 1 < list.length && LINKS.has(list[j].stem) && GROUPS.has(list[j + 1].stem)) j += 2;
    while (j < list.length && GROUPS.has(list[j].stem)) j++;
    const afterGroup = j;
    const bound: number[] = [];
    let hasNumber = false;
    for (; j < list.length; j++) {
      const s = list[j].stem;
      const isNumber = /^\d+$/.test(s);
      if (!isNumber && !BOUND_WORDS.has(s)) break;
      // Words of a bound sit together: a gap of more than two dropped words ends it.
      if (bound.length && list[j].position - list[bound[bound.length - 1]].position > 3) break;
      hasNumber ||= isNumber;
      bound.push(j);
    }
    // "children under 18 from a previous relationship": whose children they are narrows the group too.
    const origin = originAfter(list, hasNumber ? j : afterGroup);
    if (!hasNumber && origin.length === 0) continue;
    found ??= new Set();
    if (hasNumber) for (const i of bound) found.add(i);
    for (const i of origin) found.add(i);
  }
  // "of school age", "school-age children", "women of reproductive age": an age named by what it is the
  // age for says which people, as a number does; its "age" is not asked (round 38: "Are all children
  // and adolescents in the household of school age enrolled in school?" asks about school).
  for (let k = 0; k + 1 < list.length; k++) {
    if (!NAMED_AGES.has(list[k].stem)) continue;
    const a = list[k + 1].stem === GOING && k + 2 < list.length ? k + 2 : k + 1;
    if (list[a].stem !== AGE || list[a].position - list[k].position > 2) continue;
    (found ??= new Set()).add(a);
  }
  return found ?? NONE;
}

const NONE: ReadonlySet<number> = new Set();
/** The ages named by what they are the age for. */
const NAMED_AGES = new Set(["school", "working", "reproductive", "childbearing", "retirement", "pension"].map(stem));
const AGE = stem("age");
const GOING = stem("going");

const EARLIER = new Set(["previous", "former", "earlier", "past", "prior", "other"].map(stem));
const UNION = new Set(["relationship", "relationships", "marriage", "partner", "partnership"].map(stem));

/**
 * The two tokens of "from a previous relationship", "by a former partner", "of an earlier marriage"
 * at `j`, right after a group or its age bound (at most two dropped words between), or none.
 */
function originAfter(list: readonly Token[], j: number): number[] {
  // "by" is a word the tokens keep ("from", "of" are dropped).
  const by = j < list.length && list[j].stem === "by" ? [j++] : [];
  if (j === 0 || j + 1 >= list.length || !EARLIER.has(list[j].stem) || !UNION.has(list[j + 1].stem)) return [];
  if (list[j].position - list[j - 1].position > 3) return [];
  return [...by, j, j + 1];
}

/**
 * Whether a phrase names a group an age bound can narrow: only such a phrase may match a prompt's
 * age bound. "Document whether the patient looks after any children under 18" does not ask whether
 * the patient is under 18: its "under 18" is the children's.
 */
export function namesAGroup(stems: readonly string[]): boolean {
  return stems.some((s) => GROUPS.has(s));
}
