/**
 * The URIs formguard uses inside FHIR resources. They are identifiers only: nothing ever
 * fetches them. See docs/fhir.md for what each one carries.
 */

/** Code system of formguard concepts: `item.code` with this system ⇔ `covers CONCEPT`. */
export const CONCEPT_SYSTEM = "https://formguard.dev/concepts";
/** Code system of form kinds (a form's `service`), used in `useContext` with code `program`. */
export const SERVICE_SYSTEM = "https://formguard.dev/services";
/** Code system of audiences, used in `useContext` with code `focus`. */
export const AUDIENCE_SYSTEM = "https://formguard.dev/audiences";
/** FHIR's usage-context-type code system (`program`, `focus`, `age`). */
export const USAGE_CONTEXT_TYPE = "http://terminology.hl7.org/CodeSystem/usage-context-type";

const EXT = "https://formguard.dev/fhir/StructureDefinition/";
export const EXTENSIONS = {
  /** On the Questionnaire, valueCode: the form's service (alternative to useContext). */
  service: EXT + "service",
  /** On the Questionnaire, valueCode, repeated: the form's audiences (alternative to useContext). */
  audience: EXT + "audience",
  /** On the Questionnaire, valueCode, repeated: the form's tags. */
  tag: EXT + "tag",
  /** On the Questionnaire, valueString: the form's owner when it differs from `publisher`. */
  owner: EXT + "owner",
  /** On an item, valueDuration {value, unit}: the field's look-back (`lookback 12 months`). */
  lookback: EXT + "lookback",
  /** On an item, valueCode: a formguard field type FHIR has no type for (`person`, `signature`). */
  fieldType: EXT + "field-type",
  /** On an item, valueString: a `when` condition enableWhen cannot express (mixed and/or, `not`). */
  when: EXT + "when",
  /** On an item, valueString: the section or field id when the linkId could not be used as is. */
  id: EXT + "id",
  /** On the Questionnaire, repeated, complex: a waiver (rule, reason, by, until). */
  waiver: EXT + "waiver",
} as const;

/** FHIR core extensions formguard reads and writes. */
export const CORE_EXTENSIONS = {
  minValue: "http://hl7.org/fhir/StructureDefinition/minValue",
  maxValue: "http://hl7.org/fhir/StructureDefinition/maxValue",
  itemControl: "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
  /** On an item, valueBoolean: the item is never shown (it carries a calculated or pre-filled value). */
  hidden: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden",
  /** On the Questionnaire, valueCode: how it is meant to be assembled (SDC modular forms). */
  assembleExpectation: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-assemble-expectation",
  /** On an item, valueExpression: its answer is filled in from the record when the form opens (SDC pre-population). */
  initialExpression: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression",
  /** On an item, valueExpression: shown only while this expression (FHIRPath) holds (SDC); imported as `when expression "…"`. */
  enableWhenExpression: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression",
  /** On an item, valueExpression: its answer is computed, and kept up to date, by the form filler (SDC). */
  calculatedExpression: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
  itemControlSystem: "http://hl7.org/fhir/questionnaire-item-control",
  /** On an item, valueCode: R5's `answerConstraint` carried in R4 content (optionsOnly, optionsOrType, optionsOrString). */
  answerConstraint: "http://hl7.org/fhir/5.0/StructureDefinition/extension-Questionnaire.item.answerConstraint",
} as const;

/**
 * Extensions that only change how a form is displayed: kept as comments on import, but not
 * reported, because they change nothing a safeguarding check looks at.
 */
export const PRESENTATION_EXTENSIONS = new Set([
  "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
  "http://hl7.org/fhir/StructureDefinition/questionnaire-optionPrefix",
  "http://hl7.org/fhir/StructureDefinition/ordinalValue",
  "http://hl7.org/fhir/StructureDefinition/itemWeight",
  "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs",
  "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs",
  "http://hl7.org/fhir/StructureDefinition/entryFormat",
  "http://hl7.org/fhir/StructureDefinition/questionnaire-supportLink",
  "http://hl7.org/fhir/StructureDefinition/questionnaire-displayCategory",
  "http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation",
  "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue",
  "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
  "http://hl7.org/fhir/StructureDefinition/rendering-style",
  "http://hl7.org/fhir/StructureDefinition/rendering-xhtml",
  "http://hl7.org/fhir/StructureDefinition/rendering-markdown",
  "http://hl7.org/fhir/StructureDefinition/rendering-styleSensitive",
  "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-observationLinkPeriod",
  "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-width",
  "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-choiceColumn",
]);
