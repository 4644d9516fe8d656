/**
 * The typed AST of both file kinds. Every node carries the span of source it came from, so
 * every diagnostic, hover, rename and fix can point at exact text. Nodes built from input the
 * parser had to recover from may miss parts: optional members are genuinely optional.
 */
import type { Span } from "./diagnostic";

/** A word in the source: a declaration's name or a reference to one. */
export interface Name {
  text: string;
  span: Span;
}

export interface StringLit {
  /** The unescaped value. */
  value: string;
  span: Span;
}

export interface DateLit {
  /** ISO `YYYY-MM-DD`, as written. */
  value: string;
  span: Span;
}

export interface NumberLit {
  value: number;
  /** Exactly as written, which matters for references such as `1.20`. */
  text: string;
  span: Span;
}

export interface Duration {
  amount: number;
  /** As written: `months`, `working-days`, … (validated by the checks, not the parser). */
  unit: Name;
  span: Span;
}

export interface Comment {
  text: string;
  block: boolean;
  span: Span;
}

/** A property line such as `label "…"`: its keyword and whole extent, for duplicates and fixes. */
export interface PropertyMark {
  keyword: string;
  keywordSpan: Span;
  span: Span;
}

// ---------------------------------------------------------------- conditions (`when`)

export type CompareOp = "=" | "!=" | "<" | "<=" | ">" | ">=";

export type Value =
  | { kind: "word"; text: string; span: Span } // `yes`, `no` (anything else is reported)
  | { kind: "string"; value: string; span: Span }
  | { kind: "number"; value: number; text: string; span: Span };

export type Condition =
  | { kind: "and" | "or"; left: Condition; right: Condition; span: Span }
  | { kind: "not"; operand: Condition; span: Span }
  | { kind: "compare"; field: Name; op: CompareOp; opSpan: Span; value: Value; span: Span }
  | { kind: "answered"; field: Name; span: Span }
  /**
   * `expression "…"`: shown when an expression formguard does not evaluate holds (a FHIR
   * Questionnaire's FHIRPath `enableWhenExpression`). It names no field, and a field behind it
   * is conditional like any other: it never meets `required` by accident.
   */
  | { kind: "expression"; text: string; textSpan: Span; span: Span };

// ---------------------------------------------------------------- form specs

export const FIELD_TYPES = [
  "text",
  "longtext",
  "number",
  "date",
  "datetime",
  "yesno",
  "choice",
  "multichoice",
  "person",
  "signature",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface Field {
  kind: "field";
  name: Name;
  /** The type word as written; unknown types are reported by a check. */
  type?: Name;
  required?: Span;
  /**
   * `hidden`: never shown to the person completing the form (FHIR's questionnaire-hidden: it
   * carries a pre-filled or calculated value). It asks nothing, so it meets no requirement.
   */
  hidden?: Span;
  when?: Condition;
  /** `when` keyword through the end of the condition. */
  whenSpan?: Span;
  label?: StringLit;
  help?: StringLit;
  covers: Name[];
  /** The item's codes from other systems, as "system|code" (LOINC, SNOMED CT, …): evidence of what it asks. */
  codes: StringLit[];
  options: StringLit[];
  lookback?: Duration;
  min?: NumberLit;
  max?: NumberLit;
  props: PropertyMark[];
  /** `field` through the type/required/when, before any `{`. */
  headerSpan: Span;
  /** Position of the `{` … `}` block, when the field has one. */
  body?: Span;
  span: Span;
}

export interface Section {
  kind: "section";
  name: Name;
  title?: StringLit;
  members: SectionMember[];
  headerSpan: Span;
  body?: Span;
  span: Span;
}

export type SectionMember = Section | Field;

export interface Waiver {
  kind: "waiver";
  rule: Name;
  reason?: StringLit;
  by?: StringLit;
  until?: DateLit;
  span: Span;
}

export interface AgeRange {
  min: NumberLit;
  max: NumberLit;
  span: Span;
}

export interface Form {
  kind: "form";
  name: Name;
  title?: StringLit;
  service?: Name;
  audiences: Name[];
  ages?: AgeRange;
  version?: StringLit;
  owner?: StringLit;
  tags: Name[];
  /** Header property lines in order, for duplicate checks and `require header`. */
  headerProps: PropertyMark[];
  /** Sections and fields directly in the form body, in order. */
  members: SectionMember[];
  waivers: Waiver[];
  headerSpan: Span;
  body?: Span;
  span: Span;
}

// ---------------------------------------------------------------- rule packs

export interface Pack {
  kind: "pack";
  name: Name;
  title?: StringLit;
  publisher?: StringLit;
  published?: DateLit;
  version?: StringLit;
  source?: StringLit;
  /** Property lines in order (the formatter prints one per line). */
  props: PropertyMark[];
  /** `uses OTHER-PACK "RANGE"`: packs this one builds on, with the versions it accepts. */
  uses: PackUse[];
  /** `source-text "path"`: the source document as text, relative to the pack file; quotes are checked against it. */
  sourceText?: StringLit;
  span: Span;
}

export interface PackUse {
  pack: Name;
  /** A semver range such as `^1.0.0`, as written. */
  range: StringLit;
  span: Span;
}

export interface ServiceDecl {
  kind: "service";
  name: Name;
  title?: StringLit;
  span: Span;
}

export interface AudienceDecl {
  kind: "audience";
  name: Name;
  title?: StringLit;
  span: Span;
}

export interface Suggestion {
  type: Name;
  required: boolean;
  span: Span;
}

export interface ConceptDecl {
  kind: "concept";
  name: Name;
  title?: StringLit;
  synonyms: StringLit[];
  /** Codes that mean this concept on a Questionnaire item, as "system|code" (e.g. "http://loinc.org|76501-6"). */
  codes: StringLit[];
  /**
   * Concepts this one is a particular case of: a field asking the general question counts as
   * this one on a form that needs this one and not the general one ("an enquiry about domestic
   * abuse" on a later-pregnancy care plan is the repeat enquiry).
   */
  refines: Name[];
  suggest?: Suggestion;
  options: StringLit[];
  help?: StringLit;
  /** Property lines in order (the formatter prints one per line). */
  props: PropertyMark[];
  span: Span;
}

export type Selector =
  | { kind: "and" | "or"; left: Selector; right: Selector; span: Span }
  | { kind: "not"; operand: Selector; span: Span }
  | { kind: "service"; services: Name[]; span: Span }
  | { kind: "audience"; audience: Name; span: Span }
  | { kind: "ages"; age: NumberLit; span: Span }
  | { kind: "tag"; tag: Name; span: Span };

export type Constraint =
  | { kind: "lookback"; op: CompareOp; duration: Duration; span: Span }
  | { kind: "type"; types: Name[]; span: Span }
  | { kind: "options-include"; option: StringLit; span: Span };

export interface ShownWhen {
  concept: Name;
  op: CompareOp;
  value: Value;
  span: Span;
}

export interface Requirement {
  kind: "require";
  /** `require header version`: a form header property must be declared. */
  header?: Name[];
  /** The concepts; with `oneOf`, any one of them meets the requirement. */
  concepts: Name[];
  oneOf: boolean;
  required: boolean;
  shownWhen?: ShownWhen;
  constraints: Constraint[];
  span: Span;
}

export type CitationKind = "paragraph" | "recommendation" | "section";

export interface CitationNode {
  kind: CitationKind;
  ref: string;
  span: Span;
}

export interface RuleDecl {
  kind: "rule";
  name: Name;
  title?: StringLit;
  severity?: Name;
  applies?: Selector;
  requires: Requirement[];
  citations: CitationNode[];
  quotes: StringLit[];
  implements: StringLit[];
  description?: StringLit;
  fix?: StringLit;
  props: PropertyMark[];
  span: Span;
}

export interface RecommendationDecl {
  kind: "recommendation";
  ref: NumberLit;
  text?: StringLit;
  notCheckable?: StringLit;
  partly?: StringLit;
  /** `not-checkable "…"`, `partly "…"` and `group "…"` lines in order. */
  props: PropertyMark[];
  /** The review's heading over this recommendation, naming who must act ("Dorset CCG and NHS England should:"). */
  group?: StringLit;
  span: Span;
}

/**
 * `extend concept ID { synonyms … help … }`: synonyms and help added to a concept declared by a
 * pack this one uses. Parsed with the concept's own properties; the checks refuse any but
 * `synonyms` and `help` (an extension never redefines).
 */
export interface ExtendConceptDecl {
  kind: "extend-concept";
  name: Name;
  synonyms: StringLit[];
  help?: StringLit;
  /** Properties given that an extension may not change (`suggest`, `options`, `label`). */
  refused: PropertyMark[];
  /** Property lines in order (the formatter prints one per line). */
  props: PropertyMark[];
  span: Span;
}

export type TopLevel = Form | Pack | ServiceDecl | AudienceDecl | ConceptDecl | RuleDecl | RecommendationDecl | ExtendConceptDecl;

export interface DocumentAst {
  items: TopLevel[];
  comments: Comment[];
}
