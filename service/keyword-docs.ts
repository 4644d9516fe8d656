/**
 * One line on each keyword, for hover: what it declares or requires, and where to read more.
 * Words that are ids (a field called `label`) never reach here: an id under the cursor is
 * explained as the thing it names.
 */
const KEYWORDS: Record<string, string> = {
  form: "`form ID \"Title\" { … }` — a form spec: header properties, sections, fields and waivers.",
  section: "`section ID \"Title\" { … }` — a group of fields (sections nest).",
  field: "`field ID TYPE [required] [hidden] [when CONDITION] { … }` — one question on the form.",
  required: "`required` — the field must be answered whenever it is shown.",
  hidden: "`hidden` — never shown to the person completing the form (FHIR's questionnaire-hidden: it carries a pre-filled or calculated value). It asks nothing, so it meets no requirement.",
  when: "`when CONDITION` — the field is shown only when the condition holds.",
  expression: "`expression \"…\"` — a condition in FHIRPath (a Questionnaire's enableWhenExpression). formguard does not evaluate it: a field behind it is conditional, so it never meets `required` by accident.",
  covers: "`covers CONCEPT, …` — the concepts this field asks about; pack rules require concepts.",
  lookback: "`lookback DURATION` — how far back a count or date field looks (e.g. `12 months`).",
  waive: "`waive RULE-ID \"reason\" [by \"who\"] [until DATE]` — a justified, attributable exemption from one rule.",
  pack: "`pack ID \"Title\" { … }` — a rule pack's header: publisher, published, version, source, uses, source-text.",
  uses: "`uses OTHER-PACK \"RANGE\"` — this pack builds on another, in a semver range of its versions.",
  "source-text": "`source-text \"path\"` — the pack's source as plain text; every quote is checked against it.",
  extend: "`extend concept ID { synonyms … help … }` — adds words to a concept of a pack this one uses.",
  concept: "`concept ID \"Title\" { … }` — something a form can ask about: synonyms, suggested field, options, help.",
  rule: "`rule ID { … }` — what forms must contain: title, severity, applies, require, cites, quote.",
  applies: "`applies SELECTOR` — which forms the rule is for: service, audience, ages include, tag, with and/or/not. No `applies`: every form.",
  require: "`require CONCEPT [required] [shown when C OP V] [with CONSTRAINT and …]` — met when a field covering the concept meets every part.",
  cites: "`cites paragraph REF, recommendation REF, section \"…\"` — where in the pack's source the rule comes from (resolved within the pack).",
  quote: "`quote \"…\"` — the source's own words; checked against the pack's `source-text`.",
  severity: "`severity error | warning | info` — an error fails `formguard lint`.",
  recommendation: "`recommendation REF \"text\"` — a recommendation of the pack's source, for the coverage table.",
  paragraph: "`paragraph REF` — a numbered paragraph of the pack's source.",
};

export function keywordMarkdown(word: string): string | undefined {
  return KEYWORDS[word];
}
