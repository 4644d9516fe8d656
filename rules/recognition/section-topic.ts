/**
 * A section whose heading names what it asks, with fields that are the items of it: "My health
 * history" over "Immunisations I have had", "My blood group", "Illnesses, operations or hospital
 * stays"; "Domestic abuse" over "Asked?", "Disclosure". None of the fields says it is the health
 * history or the enquiry, so a care leaver's summary that gives the whole history was told it gave
 * none.
 *
 * So when a section's heading, read alone, is a concept the form still needs (read as strongly as
 * a phrase written whole), and none of its fields counts as anything on this form, its first field
 * read as nothing whose type holds that kind of answer is read as it. A field read as anything else
 * keeps its reading, so a heading never overrides what a field itself asks; and a section where a
 * field counts ("Referred to MARAC" under "Domestic abuse") says what it asks through that field.
 */
import type { Section } from "../../language/ast";
import type { FieldInfo } from "../../language/model/form-model";
import type { Recognition, Recogniser } from "./recogniser";

/** How strongly a heading must read as a concept: a phrase written whole (1.0 before the exact-match bonus). */
export const HEADING_BAR = 1.0;

/**
 * The fields read as their section's heading: for each section with no field that covers or counts,
 * whose heading is a concept in `wanted` and not in `taken`, its first field that can hold the answer.
 */
export function headingReadings(fields: readonly FieldInfo[], recogniser: Recogniser, wanted: ReadonlySet<string>, taken: ReadonlySet<string>, readAs: ReadonlyMap<string, unknown> | undefined, counted: ReadonlySet<FieldInfo>): Array<{ info: FieldInfo; recognition: Recognition }> {
  const out: Array<{ info: FieldInfo; recognition: Recognition }> = [];
  const bySection = new Map<Section, FieldInfo[]>();
  for (const info of fields) {
    if (!info.section?.title?.value) continue;
    const list = bySection.get(info.section);
    if (list) list.push(info);
    else bySection.set(info.section, [info]);
  }
  const used = new Set(taken);
  for (const [section, members] of bySection) {
    // A field that covers something, or counts as something on this form, says what the section asks.
    if (members.some((m) => m.field.covers.length > 0 || counted.has(m))) continue;
    const heading = recogniser.recognise({ label: section.title!.value });
    if (!heading || heading.score < HEADING_BAR || !wanted.has(heading.concept) || used.has(heading.concept)) continue;
    // A field read as a concept this form does not need keeps that reading; the first read as nothing is the item.
    const first = members.find((m) => !readAs?.has(m.field.name.text) && recogniser.answersAlike(m.field.type?.text, heading.concept));
    if (!first) continue;
    used.add(heading.concept);
    out.push({ info: first, recognition: { ...heading, source: "label+group", item: true } });
  }
  return out;
}
