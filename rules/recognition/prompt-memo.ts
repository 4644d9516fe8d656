/**
 * How the recogniser remembers a prompt it has read (`Recogniser.recogniseAnyType`): one key per
 * distinct prompt, and a result that refers to no document's text, so the memo keeps no version
 * of a document alive (test/recognition/kept-by-field.test.ts).
 */
import { detached } from "../../language/detached";
import { mainClause, sentences } from "./normalise";
import type { PromptText, Recognition } from "./recogniser";

/** A recognition whose strings refer to no document's text (see `recogniseAnyType`). */
export function ownCopy(r: Recognition): Recognition {
  const copy: Recognition = { ...r, phrase: detached(r.phrase), evidence: r.evidence.map(detached) };
  if (r.beside !== undefined) copy.beside = detached(r.beside);
  return copy;
}

/**
 * One string per distinct prompt, as `recogniseUncached` reads it, but for its siblings (see
 * `siblingsKey`). Every part is written with its length (and every list with its count) in front,
 * so no two different prompts share a key; built by concatenation because this runs for every
 * field of every form (JSON.stringify took twice as long).
 *
 * The label: one that is one sentence is read only through its main clause (`bySentence` finds
 * nothing in it), so labels that differ only in what `mainClause` drops — "Presenting complaint
 * (optional)", "Next of kin, if different…" — share one answer ("m"); a label of several
 * sentences is also read whole, so it keys on its exact text ("t"). The tag goes straight into
 * the key rather than into a label string of its own, one string fewer per field.
 */
export function memoKey(prompt: PromptText): string {
  const text = prompt.label ?? "";
  const oneSentence = sentences(text).length === 0;
  const label = oneSentence ? mainClause(text) : text;
  const help = prompt.help ?? "";
  const subject = prompt.subject ?? "";
  return `${oneSentence ? "m" : "t"}${label.length}:${label}${help.length}:${help}${listKey(prompt.options)}${listKey(prompt.context)}${listKey(prompt.codes)}${subject.length}:${subject}${prompt.block ? `${prompt.block}${prompt.type ?? ""}` : ""}`;
}

/**
 * The siblings' part of a key, added to `memoKey` for the prompts whose answer depends on them:
 * only a label that names a bare slot ("Relationship to child") is read beside the field before
 * it (`Recogniser.bySibling`); every other prompt's answer is the same whatever its neighbours, so
 * it is kept under `memoKey` alone and a label repeated across forms is read once.
 */
export function siblingsKey(prompt: PromptText): string {
  return listKey(prompt.siblings);
}

function listKey(list: readonly string[] | undefined): string {
  // Most lists of a prompt are empty: one constant, not a count written out for each.
  if (!list || list.length === 0) return "#0;";
  let key = `#${list.length};`;
  for (let i = 0; i < list.length; i++) key += `${list[i].length}:${list[i]}`;
  return key;
}
