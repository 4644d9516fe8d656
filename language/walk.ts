/**
 * The one walk over "every section and field" of a form: depth first, in source order, each
 * member with the sections it sits in. Everything that needs a form's fields or sections (the
 * form model, checks, fixes, the FHIR export, editor features) walks with this instead of
 * writing its own recursion over `members`.
 */
import type { Field, Section, SectionMember } from "./ast";

/**
 * Calls `visit` on every member under `members`, a section before its own members. `path` is
 * the sections around the member, outermost first; one array per section, shared by its
 * members, so holding on to it costs nothing.
 */
export function walkMembers(members: readonly SectionMember[], visit: (member: SectionMember, path: Section[]) => void, path: Section[] = []): void {
  // Index loop and concat, not for-of and spread: this runs for every member of every form, and
  // before it is optimised each for-of step allocates an iterator result.
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    visit(m, path);
    if (m.kind === "section") walkMembers(m.members, visit, path.concat(m));
  }
}

/** Every field under `members`, at any depth, in source order. */
export function allFields(members: readonly SectionMember[]): Field[] {
  const out: Field[] = [];
  walkMembers(members, (m) => {
    if (m.kind === "field") out.push(m);
  });
  return out;
}

/** Every section under `members`, at any depth, in source order (outer before inner). */
export function allSections(members: readonly SectionMember[]): Section[] {
  const out: Section[] = [];
  walkMembers(members, (m) => {
    if (m.kind === "section") out.push(m);
  });
  return out;
}
