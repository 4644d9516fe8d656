/**
 * `formguard import --tag`: writes `covers` into an imported form for the fields recognised with
 * confidence, each with a comment saying it was inferred and from what, and leaves the less
 * certain ones as comments suggesting the concept. Claiming coverage is the author's call; the
 * comment is there so the claim is checked before the form is relied on.
 */
import type { Form } from "../language/ast";
import type { WorkspaceIndex } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import { applyEdits, type TextEdit } from "../language/text-edit";
import { evidenceText, explainForm, type FieldExplanation, type Verdict } from "../rules/recognition/explain";
import { recogniserFor } from "../rules/recognition/vocabulary";
import { addFieldProperty } from "./field-edits";
import { DocText } from "./text";

/** How far above the recognition bar a match must score to be written as `covers` (codes always are). */
export const TAG_MARGIN = 0.1;

/**
 * The verdicts whose concept may be written or suggested: what the recogniser takes the field to
 * ask (whether or not this kind of form needs it) and a near miss. Never a field the form hides (it
 * asks nothing: a `covers` there is a claim the checker itself rejects), one whose words come near
 * but whose context the recogniser refused ("Name" alone; a guard), one already covered by another
 * field, or a question about the one answering's own childhood (own-childhood.ts).
 */
const TAGGABLE: ReadonlySet<Verdict> = new Set<Verdict>(["counts", "not-needed", "too-weak"]);

export interface TagResult {
  text: string;
  tagged: FieldExplanation[];
  suggested: FieldExplanation[];
}

/** `covers` is added by the quick fix's own edit (fixes/field-edits.ts), so tagged and fixed forms read alike. */
export function tagForms(doc: ParsedDocument, forms: Form[], index: WorkspaceIndex): TagResult {
  const text = doc.text;
  const t = new DocText(doc);
  const threshold = recogniserFor(index).threshold;
  const edits: TextEdit[] = [];
  const tagged: FieldExplanation[] = [];
  const suggested: FieldExplanation[] = [];
  for (const form of forms) {
    for (const e of explainForm(form, index)) {
      if (!e.concept || e.score === undefined || !TAGGABLE.has(e.verdict)) continue;
      const confident = e.score >= threshold && (e.source === "code" || e.score >= threshold + TAG_MARGIN);
      const f = e.info.field;
      const lineStart = text.lastIndexOf("\n", f.span.start - 1) + 1;
      const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
      const score = e.score.toFixed(2);
      if (confident) {
        edits.push({ span: { start: lineStart, end: lineStart }, newText: `${indent}// covers ${e.concept}: inferred by formguard import --tag from the ${evidenceText(e)} (score ${score}); check the question asks this\n` });
        edits.push(addFieldProperty(t, f, `covers ${e.concept}`, "last"));
        tagged.push(e);
      } else if (e.score >= threshold - TAG_MARGIN) {
        edits.push({ span: { start: lineStart, end: lineStart }, newText: `${indent}// formguard import --tag: may cover ${e.concept} (${evidenceText(e)}, score ${score}); add \`covers ${e.concept}\` if it asks this\n` });
        suggested.push(e);
      }
    }
  }
  return { text: applyEdits(text, edits), tagged, suggested };
}
