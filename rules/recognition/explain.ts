/**
 * Why formguard thinks a question is or is not there: for every field that covers nothing, the
 * concept its words come nearest to, the score and the evidence, and whether that counts on this
 * form. Shared by `formguard explain` and `formguard import --tag`, so both judge alike.
 */
import type { Form } from "../../language/ast";
import type { FieldInfo } from "../../language/model/form-model";
import type { WorkspaceIndex } from "../../language/model/workspace";
import { blockOf, followUpsOf, labelOf, missingConcepts, promptOf, recogniseFields, refinementsOf, siblingsOf, type FieldRecognition } from "./form-recognition";
import { isReferralForm } from "./referral-completer";
import { audienceSubject } from "./audience-subject";
import { isBareAttribute } from "./slot-owner";
import { tokens } from "./normalise";
import type { PromptText, Recognition, Recogniser } from "./recogniser";
import { recogniserFor } from "./vocabulary";
import { fieldAsksOfOwnChildhood } from "./own-childhood";

export type Verdict =
  /** Recognised, and the form needs the concept: with `--infer` it counts. */
  | "counts"
  /** Recognised, but another field already covers the concept. */
  | "covered-elsewhere"
  /** Recognised, but no rule applying to this kind of form needs the concept. */
  | "not-needed"
  /**
   * The words alone come to a concept, but the field as a whole was not taken for it, whether or
   * not the form needs it: a bare "Signature" or "Date" in a section that does not say whose it is,
   * or says it is another's ("Consent to examination").
   */
  | "not-taken"
  /** The nearest concept scores below the bar: it does not count. */
  | "too-weak"
  /** Nothing comes near. */
  | "nothing"
  /** The form never shows the field (`hidden`): it asks nothing, so it never counts, whatever its words. */
  | "hidden"
  /**
   * The field asks an adult about their own childhood (an adverse-childhood-experiences item, or a
   * field under such a heading), which no concept asks, whatever its words come near (own-childhood.ts).
   */
  | "childhood";

export interface FieldExplanation {
  info: FieldInfo;
  field: string;
  label: string;
  verdict: Verdict;
  /** The concept the field counts as, or comes nearest to. */
  concept?: string;
  score?: number;
  source?: Recognition["source"];
  phrase?: string;
  evidence?: string[];
  /** For `label+sibling`: the label of the field before it that lent its subject. */
  beside?: string;
  /** For `label+audience`: whom the form is about, whose the label was read as ("mother"). */
  about?: string;
  /** For `label+group`: the field is a row of its section's question, whose words matched (grid-rows.ts). */
  row?: true;
  /** For `label+group`: the field is the first item of a section whose heading names what it asks (section-topic.ts). */
  item?: true;
  /** For `condition` and `label+condition`: the field whose answer shows this one, and the concept it asks. */
  after?: { field: string; concept: string };
  /** For `options`: one option of a list of who attended, read as that one attending (attendee-options.ts). */
  attended?: true;
  /** For `label`: what a last reading took the question to be about, when no phrase matched (recogniser.ts `Recognition.topic`). */
  topic?: string;
  /** The general concept the words asked about, when the form kind made it `concept` (`refines`). */
  refined?: string;
  /** On a referral: the concept the words were read as, when the field counts as its pair (referral-completer.ts). */
  paired?: string;
  /** On a referral: the concept this field also counts as, its referrer being whoever completes the form (referral-completer.ts). */
  also?: string;
  /** A list of who attended: the other concepts its options count as (attendee-options.ts). */
  alsoAttended?: string[];
  /** For covered-elsewhere: the field that covers the concept. */
  coveredBy?: string;
  /**
   * A concept the words alone come nearer to, which the field's type cannot hold: "Person
   * accompanying child today" as a yes/no reads as the accompanying adult's name, which a yes/no
   * cannot answer (answer-types.ts). Said so an auditor sees why it was not taken.
   */
  ruledOutByType?: { concept: string; score: number; type: string; answer: string };
}

export function explainForm(form: Form, index: WorkspaceIndex): FieldExplanation[] {
  const model = index.formModel(form);
  const recogniser = recogniserFor(index);
  const wanted = missingConcepts(form, model, index);
  // A field counts once, or on a referral twice (its words' concept, and the one it is paired with).
  const counted = new Map<FieldInfo, FieldRecognition>();
  const also = new Map<FieldInfo, string>();
  // A list of who attended counts once for each option that counts (attendee-options.ts).
  const alsoAttended = new Map<FieldInfo, string[]>();
  for (const r of recogniseFields(model, recogniser, wanted, refinementsOf(index), followUpsOf(form, index))) {
    if (r.paired && counted.has(r.info)) also.set(r.info, r.recognition.concept);
    else if (r.recognition.attended && counted.has(r.info)) alsoAttended.set(r.info, [...(alsoAttended.get(r.info) ?? []), r.recognition.concept]);
    else counted.set(r.info, r);
  }
  const onReferral = isReferralForm(form);
  const subject = audienceSubject(form);
  const out: FieldExplanation[] = [];
  for (let i = 0; i < model.fields.length; i++) {
    const info = model.fields[i];
    const f = info.field;
    if (f.covers.length > 0) continue;
    const label = labelOf(info);
    const base = { info, field: f.name.text, label };
    const prompt = promptOf(info, label, siblingsOf(model.fields, i), undefined, subject, blockOf(info, onReferral, model.form));
    if (f.hidden) {
      // What its words come nearest to is still said: a reader sees what the form would ask if it showed it.
      const near = recogniser.nearest(prompt);
      out.push({ ...base, verdict: "hidden", ...(near ? describe(near) : {}) });
      continue;
    }
    const c = counted.get(info);
    if (c) {
      out.push({ ...base, verdict: "counts", ...describe(c.recognition), refined: c.refined, paired: c.paired, also: also.get(info), alsoAttended: alsoAttended.get(info), ...ruledOut(recogniser, prompt, c.recognition.concept) });
      continue;
    }
    const near = recogniser.nearest(prompt);
    // Said before what its words come near: the recogniser takes no concept for such a field (own-childhood.ts).
    if (prompt.label && fieldAsksOfOwnChildhood(prompt) && !recogniser.recognise(prompt)) {
      out.push({ ...base, verdict: "childhood", ...(near ? describe(near) : {}) });
      continue;
    }
    if (!near) {
      out.push({ ...base, verdict: "nothing", ...ruledOut(recogniser, prompt, undefined) });
      continue;
    }
    const recognised = near.score >= recogniser.threshold;
    const coveredBy = model.byConcept.get(near.concept)?.[0]?.field.name.text;
    // `nearest` falls back on the label's words alone when the field was not recognised: a concept
    // reached that way was refused by the field's context ("Name" alone, a guard), whether or not the
    // form needs it, and is not what the field asks.
    const refused = recognised && !coveredBy && (wanted.has(near.concept) || recogniser.recognise(prompt)?.concept !== near.concept);
    const verdict: Verdict = !recognised ? "too-weak" : coveredBy ? "covered-elsewhere" : refused ? "not-taken" : "not-needed";
    out.push({ ...base, verdict, ...describe(near), coveredBy, ...ruledOut(recogniser, prompt, near.concept) });
  }
  return out;
}

/** The concept the words alone would have been, when the field's type ruled it out in favour of `chosen` (or of nothing). */
function ruledOut(recogniser: Recogniser, prompt: PromptText, chosen: string | undefined): Pick<FieldExplanation, "ruledOutByType"> {
  if (!prompt.type) return {};
  const byWords = recogniser.recognise({ ...prompt, type: undefined });
  if (!byWords || byWords.concept === chosen) return {};
  const answer = recogniser.unanswerableAs(prompt.type, byWords.concept);
  return answer ? { ruledOutByType: { concept: byWords.concept, score: Number(byWords.score.toFixed(3)), type: prompt.type, answer } } : {};
}

/** Why the field's words were not taken for the concept they come nearest to, if its type ruled that out. */
export function ruledOutText(e: FieldExplanation): string | undefined {
  const r = e.ruledOutByType;
  return r ? `the words alone read as ${r.concept} (score ${r.score.toFixed(2)}), but a \`${r.type}\` field cannot hold its answer (${r.answer})` : undefined;
}

function describe(r: Recognition) {
  return { concept: r.concept, score: Number(r.score.toFixed(3)), source: r.source, phrase: r.phrase, evidence: r.evidence, beside: r.beside, about: r.about, row: r.row, item: r.item, after: r.after, attended: r.attended, topic: r.topic };
}

/** One line saying what a verdict means for the form. */
export function verdictText(e: FieldExplanation, threshold: number): string {
  switch (e.verdict) {
    case "counts":
      return (
        (e.refined
          ? `counts with --infer (asked as \`${e.refined}\`, which this kind of form needs as \`${e.concept}\`)`
          : e.paired
            ? `counts with --infer (read as \`${e.paired}\`, which on a referral is \`${e.concept}\` too: whoever completes a referral is its referrer)`
            : "counts with --infer: this form needs it and no field covers it") +
        (e.also ? `; it counts as \`${e.also}\` too: on a referral, whoever completes the form is its referrer` : "") +
        (e.alsoAttended ? `; its other options count as ${e.alsoAttended.map((c) => `\`${c}\``).join(", ")} too: each option ticked is one who attended` : "")
      );
    case "covered-elsewhere":
      return `does not count: \`${e.coveredBy}\` already covers it`;
    case "not-needed":
      return "does not count: no rule for this kind of form needs it";
    case "not-taken":
      return isBareAttribute(tokens(e.label))
        ? `does not count: "${e.label}" alone does not say whose it is, and nothing around it does (a section title or the field before it naming whose would)`
        : "does not count: its words alone come near, but read as the question it asks they do not";
    case "too-weak":
      return `does not count: below the bar of ${threshold}`;
    case "nothing":
      return e.ruledOutByType ? "no concept this field's type can hold comes near" : "no concept comes near";
    case "hidden":
      return "does not count: the form never shows it (hidden): it carries a value, it asks nothing";
    case "childhood":
      return "does not count: it asks about the one answering's own childhood (an adverse childhood experiences item), which no concept asks, however near its words come";
  }
}

/** Where the match came from, in words: "label words …", "code …", "options …", "label under section …". */
export function evidenceText(e: FieldExplanation): string {
  if (!e.source) return "";
  const words = (e.evidence ?? []).map((w) => JSON.stringify(w)).join(", ");
  const section = e.info.path.map((s) => s.title?.value).filter(Boolean).reverse()[0];
  switch (e.source) {
    case "code":
      return `code ${e.phrase}`;
    case "options":
      return e.attended ? `option ${words}, read as attending` : `options ${words}`;
    case "label+group":
      if (e.row) return `a row of section "${section}", whose question's words ${words} ~ "${e.phrase}"`;
      if (e.item) return `the first item of section "${section}", whose heading's words ${words} ~ "${e.phrase}" (no field there says what it asks)`;
      return `label words ${words}, read under section "${section}", ~ "${e.phrase}"`;
    case "label+sibling":
      return `label words ${words}, read beside the field before it "${e.beside}", ~ "${e.phrase}"`;
    case "label+audience":
      return `label words ${words}, read as the ${e.about}'s (whom the form is about), ~ "${e.phrase}"`;
    case "label+help":
      return `label and help words ${words} ~ "${e.phrase}"`;
    case "label+condition":
      return `label words ${words}, read as part of what \`${e.after?.field}\` asks (${e.after?.concept}), on whose answer it is shown, ~ "${e.phrase}"`;
    case "condition":
      return `shown only when \`${e.phrase}\` (\`${e.after?.field}\` asks ${e.after?.concept}), which the rules follow with \`${e.concept}\``;
    default:
      return e.topic ? `label words ${words}, read as a question about ${e.topic}, ~ "${e.phrase}"` : `label words ${words} ~ "${e.phrase}"`;
  }
}
