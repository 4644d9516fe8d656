/**
 * The subset of the FHIR R4 Questionnaire resource formguard reads and writes, as a zod
 * schema. Only the shape is checked here (types of the elements formguard uses); the
 * resource's own invariants (que-1 … que-14) are checks of their own, with positions.
 * Unknown elements are allowed through (`looseObject`): the import keeps them as comments.
 */
import { z } from "../language/zod";
import { lazy } from "../language/lazy";

export const ITEM_TYPES = [
  "group",
  "display",
  "question",
  "boolean",
  "decimal",
  "integer",
  "date",
  "dateTime",
  "time",
  "string",
  "text",
  "url",
  "choice",
  "open-choice",
  "attachment",
  "reference",
  "quantity",
  // FHIR R5's one item type for answers from a list, with `answerConstraint` saying whether other
  // answers are allowed: R4's choice and open-choice in one. Read so that an R5 Questionnaire's
  // questions are checked, not refused (fhir/import.ts says so in a note).
  "coding",
] as const;

export const ENABLE_WHEN_OPERATORS = ["exists", "=", "!=", ">", "<", ">=", "<="] as const;

/** The schemas, built on first use: only a run that reads a Questionnaire needs them. */
const schemas = lazy(() => {
  const coding = z.looseObject({
    system: z.optional(z.string()),
    version: z.optional(z.string()),
    code: z.optional(z.string()),
    display: z.optional(z.string()),
  });

  const extension = z.looseObject({
    url: z.string(),
  });

  const codeableConcept = z.looseObject({ coding: z.optional(z.array(coding)), text: z.optional(z.string()) });

  const usageContext = z.looseObject({
    code: coding,
    valueCodeableConcept: z.optional(codeableConcept),
  });

  const enableWhen = z.looseObject({
    question: z.string(),
    operator: z.enum(ENABLE_WHEN_OPERATORS),
    answerBoolean: z.optional(z.boolean()),
    answerDecimal: z.optional(z.number()),
    answerInteger: z.optional(z.int()),
    answerDate: z.optional(z.string()),
    answerDateTime: z.optional(z.string()),
    answerTime: z.optional(z.string()),
    answerString: z.optional(z.string()),
    answerCoding: z.optional(coding),
    answerQuantity: z.optional(z.looseObject({ value: z.optional(z.number()) })),
    answerReference: z.optional(z.looseObject({})),
  });

  const answerOption = z.looseObject({
    valueCoding: z.optional(coding),
    valueString: z.optional(z.string()),
    valueInteger: z.optional(z.int()),
    valueDate: z.optional(z.string()),
    valueTime: z.optional(z.string()),
    valueReference: z.optional(z.looseObject({ display: z.optional(z.string()) })),
    initialSelected: z.optional(z.boolean()),
  });

  const questionnaireItem: z.ZodMiniType<QuestionnaireItem> = z.lazy(() =>
    z.looseObject({
      linkId: z.string().check(z.minLength(1, "linkId must not be empty")),
      type: z.enum(ITEM_TYPES),
      text: z.optional(z.string()),
      prefix: z.optional(z.string()),
      definition: z.optional(z.string()),
      code: z.optional(z.array(coding)),
      required: z.optional(z.boolean()),
      repeats: z.optional(z.boolean()),
      readOnly: z.optional(z.boolean()),
      maxLength: z.optional(z.int()),
      enableWhen: z.optional(z.array(enableWhen)),
      enableBehavior: z.optional(z.enum(["all", "any"])),
      answerValueSet: z.optional(z.string()),
      answerOption: z.optional(z.array(answerOption)),
      initial: z.optional(z.array(z.looseObject({}))),
      extension: z.optional(z.array(extension)),
      item: z.optional(z.array(questionnaireItem)),
    }),
  ) as z.ZodMiniType<QuestionnaireItem>;

  const questionnaire = z.looseObject({
    resourceType: z.literal("Questionnaire"),
    id: z.optional(z.string()),
    url: z.optional(z.string()),
    version: z.optional(z.string()),
    name: z.optional(z.string()),
    title: z.optional(z.string()),
    status: z.enum(["draft", "active", "retired", "unknown"]),
    publisher: z.optional(z.string()),
    description: z.optional(z.string()),
    useContext: z.optional(z.array(usageContext)),
    extension: z.optional(z.array(extension)),
    contained: z.optional(z.array(z.looseObject({ resourceType: z.string(), id: z.optional(z.string()) }))),
    item: z.optional(z.array(questionnaireItem)),
  });
  return { coding, extension, usageContext, enableWhen, answerOption, questionnaireItem, questionnaire };
});
type Schemas = ReturnType<typeof schemas>;

/** The Questionnaire resource's schema. */
export const questionnaire = () => schemas().questionnaire;

export interface QuestionnaireItem {
  linkId: string;
  type: (typeof ITEM_TYPES)[number];
  text?: string;
  prefix?: string;
  definition?: string;
  code?: Coding[];
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  enableWhen?: EnableWhen[];
  enableBehavior?: "all" | "any";
  answerValueSet?: string;
  answerOption?: AnswerOption[];
  initial?: Record<string, unknown>[];
  extension?: z.infer<Schemas["extension"]>[];
  item?: QuestionnaireItem[];
  [key: string]: unknown;
}

export type Questionnaire = z.infer<Schemas["questionnaire"]>;
export type Coding = z.infer<Schemas["coding"]>;
export type EnableWhen = z.infer<Schemas["enableWhen"]>;
export type AnswerOption = z.infer<Schemas["answerOption"]>;
export type Extension = z.infer<Schemas["extension"]> & Record<string, unknown>;
