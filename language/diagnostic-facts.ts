/**
 * The machine-readable facts a diagnostic carries in `data`: one shape per kind of finding,
 * told apart by `kind`, so a fix, an output format or the editor reads them without casting.
 * Checks (rules/) write them; fixes/, cli/ and service/ read them. Adding a kind here is how a
 * new check gives its consumers typed facts; a check with nothing to say leaves `data` unset.
 */
import type { Span } from "./diagnostic";

/** The field a fix inserts for a missing concept (rules/engine/evaluate-form.ts builds it). */
export interface FieldSkeleton {
  id: string;
  type: string;
  required: boolean;
  label: string;
  concept: string;
  options: string[];
  lookback?: string;
  when?: string;
}

/** Facts any diagnostic may gain after its check: inference marked it, or it was mapped onto a Questionnaire. */
interface Shared {
  /** Set when the finding depends on a field counted by inference from its label (rules/recognition/infer.ts). */
  inferred?: boolean;
  /** JSON pointer of the Questionnaire item, when the finding was mapped onto Questionnaire JSON. */
  pointer?: string;
}

// ——— built-in checks ———

/** `unknown-*`: an id nothing declares, with the nearest declared id, or the qualified ids it could mean. */
export interface UnknownIdFacts extends Shared {
  kind: "unknown-id";
  id: string;
  suggestion?: string;
  candidates?: string[];
}

export interface DuplicateIdFacts extends Shared {
  kind: "duplicate-id";
  id: string;
  /** Where the id was first used. */
  first: Span;
}

/** A form id another document's form already has: where that form is. */
export interface DuplicateFormFacts extends Shared {
  kind: "duplicate-form";
  id: string;
  /** The document holding the form that has the id first. */
  otherUri: string;
}

/** `empty-section`: the section with nothing in it. */
export interface EmptySectionFacts extends Shared {
  kind: "empty-section";
  section: string;
}

export interface MissingLabelFacts extends Shared {
  kind: "missing-label";
  field: string;
}

export interface RecognisedConceptFacts extends Shared {
  kind: "recognised-concept";
  concept: string;
  field: string;
  form: string;
  phrase: string;
  score: number;
  /** Which part of the field matched: its label, label and help, its options, its label read under its group's title or beside the item before it, or a code. */
  source: "label" | "label+help" | "options" | "label+group" | "label+sibling" | "label+audience" | "label+condition" | "code" | "condition";
  /** The field's words (normalised) the phrase matched, or the code (for `condition`, the field whose yes shows it). */
  evidence: string[];
  /** Asked as this concept, which this kind of form needs as `concept` (a concept that `refines` it). */
  refined?: string;
  /** Read as this concept, which on a referral is `concept` too: whoever completes a referral is its referrer. */
  paired?: string;
  /** With inference on: the rules this field now counts towards. */
  meets?: string[];
}

/** `unused-waiver`, `expired-waiver`, `waiver-without-reason`, `waiver-without-owner`. */
export interface WaiverFacts extends Shared {
  kind: "waiver";
  rule: string;
  until?: string;
}

// ——— pack rules (rules/engine/evaluate-form.ts) ———

export interface MissingHeaderFacts extends Shared {
  kind: "missing-header";
  property: string;
  form: string;
}

export interface MissingConceptFacts extends Shared {
  kind: "missing-concept";
  concept: string;
  concepts: string[];
  skeleton: FieldSkeleton;
  section?: string;
  form: string;
}

export interface MakeRequiredFacts extends Shared {
  kind: "make-required";
  field: string;
  insertAt: number;
}

export interface ConditionalFacts extends Shared {
  kind: "conditional";
  field: string;
  whenSpan?: Span;
}

/** A pack rule's concept is covered only by a field the form never shows (`hidden`). */
export interface HiddenFieldFacts extends Shared {
  kind: "hidden-field";
  field: string;
  /** Where ` hidden` is written in the field's header. */
  hiddenSpan: Span;
}

export interface ShownWhenFacts extends Shared {
  kind: "shown-when";
  field: string;
  /** The condition to write, as the language writes it; unset when the form has no field to test. */
  when?: string;
  whenSpan?: Span;
  insertAt: number;
}

export interface LookbackFacts extends Shared {
  kind: "lookback";
  field: string;
  value: string;
  span?: Span;
  body?: Span;
  fieldSpan: Span;
}

export interface TypeFacts extends Shared {
  kind: "type";
  field: string;
  expected: string[];
  span?: Span;
}

export interface OptionsIncludeFacts extends Shared {
  kind: "options-include";
  field: string;
  option: string;
}

// ——— FHIR Questionnaire checks (fhir/) ———

/** A finding about a Questionnaire's JSON itself: where in it. */
export interface QuestionnaireFacts extends Shared {
  kind: "questionnaire";
  pointer: string;
}

export type PackRuleFacts =
  | MissingHeaderFacts
  | MissingConceptFacts
  | MakeRequiredFacts
  | ConditionalFacts
  | HiddenFieldFacts
  | ShownWhenFacts
  | LookbackFacts
  | TypeFacts
  | OptionsIncludeFacts;

/** `pack-dependency`: the pack a `uses` names (and the version found, when one is loaded). */
export interface PackDependencyFacts extends Shared {
  kind: "pack-dependency";
  pack: string;
  version?: string;
}

/** `unchecked-quotes`: where the pack's source text was looked for. */
export interface UncheckedQuotesFacts extends Shared {
  kind: "unchecked-quotes";
  tried: string[];
}

export type DiagnosticFacts = UnknownIdFacts | DuplicateIdFacts | DuplicateFormFacts | EmptySectionFacts | MissingLabelFacts | RecognisedConceptFacts | WaiverFacts | QuestionnaireFacts | PackRuleFacts | PackDependencyFacts | UncheckedQuotesFacts;

export type FactsKind = DiagnosticFacts["kind"];

/** The facts of one kind. */
export type FactsOf<K extends FactsKind> = Extract<DiagnosticFacts, { kind: K }>;

/** The field a finding is about, when it is about one. */
export function factsField(data: DiagnosticFacts | undefined): string | undefined {
  return data && "field" in data ? data.field : undefined;
}
