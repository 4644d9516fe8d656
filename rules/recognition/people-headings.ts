/**
 * A heading that only names people: "Mother / main carer", "Father / partner", "Parent 2",
 * "Birth mother". The fields under it are theirs: a label naming no one there ("Current or past MH
 * difficulties?", "Occupation") asks about them, not about the person the form is about
 * (recogniser.ts `ownerAgrees`, `byGroup`).
 */
import { words } from "./normalise";
import { roleOf } from "./role-words";
import { perText } from "./text-memo";

/** Words a heading naming people may carry beside them ("main", "details", "1"). */
const BESIDE_PEOPLE = new Set(["main", "primary", "other", "second", "first", "birth", "details", "information", "about", "the", "and", "or", "of", "1", "2", "3", "4"]);

/**
 * Whether a heading names people and nothing else, at least one of them by a role (role-words.ts)
 * other than the person the form is about. Asked of a field's section each time its label is
 * matched, so kept per heading.
 */
export const namesOnlyPeople = perText(peopleOnly);

function peopleOnly(title: string): boolean {
  const ws = words(title);
  let someone = false;
  for (const w of ws) {
    const role = roleOf(w);
    if (role === undefined) {
      if (!BESIDE_PEOPLE.has(w)) return false;
      continue;
    }
    if (role === "subject") return false;
    someone = true;
  }
  return someone;
}
