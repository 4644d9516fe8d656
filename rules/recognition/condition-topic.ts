/**
 * A field shown only on another field's answer is about that field's topic, even where its own
 * words name none: "Support offered" shown when "Has anyone close to you ever hurt you, threatened
 * you or made you feel frightened?" is yes is the support offered on a disclosure of domestic abuse;
 * "— Referred to" shown when "Whooley Qs" is "Yes to either" is the perinatal mental health referral.
 * Written forms put such a field straight after the question it follows, under a heading that
 * names neither ("Your home and relationships", "How you are feeling"), so the section cannot
 * say what it is about; the condition does.
 *
 * The field is read as if headed by the title of the concept its condition's field asks, and may
 * only be read as another aspect of the same topic: a concept of the same family in the packs'
 * ids (`domestic-abuse.enquiry` → `domestic-abuse.action`, `perinatal-mental-health.screening` →
 * `perinatal-mental-health.referral`) that the form still needs. Nothing here names a concept: the
 * packs' ids group a topic's aspects under one name before the dot, and their titles name the
 * topic.
 */
import type { Condition, Field } from "../../language/ast";

/**
 * The ids of the fields a field's `when` looks at, when it only asks whether they have an answer
 * or what it is (`x = yes`, `x = "Yes to either"`, `x answered`, joined by `or`); else undefined:
 * a field shown when something is *not* so, or when two things both are, follows no one answer.
 */
export function conditionFieldsOf(field: Field): string[] | undefined {
  const out: string[] = [];
  return field.when && collect(field.when, out) ? out : undefined;
}

function collect(c: Condition, out: string[]): boolean {
  switch (c.kind) {
    case "or":
      return collect(c.left, out) && collect(c.right, out);
    case "compare":
      if (c.op !== "=") return false;
      out.push(c.field.text);
      return true;
    case "answered":
      out.push(c.field.text);
      return true;
    default:
      return false;
  }
}

/** The family of a concept id: the part before its first dot (`domestic-abuse` of `domestic-abuse.enquiry`). */
export function familyOf(concept: string): string {
  const dot = concept.indexOf(".");
  return dot < 0 ? concept : concept.slice(0, dot);
}

/** The concepts a follow-up of a field asking `topic` may be read as: the rest of its family that the form needs and no field yet counts as. */
export function sameTopicConcepts(topic: string, wanted: ReadonlySet<string>, taken: ReadonlySet<string>): Set<string> {
  const family = familyOf(topic);
  const out = new Set<string>();
  for (const c of wanted) if (c !== topic && !taken.has(c) && familyOf(c) === family) out.add(c);
  return out;
}
