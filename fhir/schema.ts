/**
 * The subset of the FHIR R4 Questionnaire resource formguard reads and writes, as a zod
 * schema. Only the shape is checked here (types of the elements formguard uses); the
 * resource's own invariants (que-1 … que-14) are checks of their own, with positions.
 * Unknown elements are allowed through (`looseObject`): the import keeps them as comments.
 */
import { z } from "zod";
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
] as const;

export const ENABLE_WHEN_OPERATORS = ["exists", "=", "!=", ">", "<", ">=", "<="] as const;

/** The schemas, built on first use: only a run that reads a Questionnaire needs them. */
const schemas = lazy(() => {
  const coding = z.looseObject({
    system: z.string().optional(),
    version: z.string().optional(),
    code: z.string().optional(),
    display: z.string().optional(),
  });

  const extension = z.looseObject({
    url: z.string(),
  });

  const codeableConcept = z.looseObject({ coding: z.array(coding).optional(), text: z.string().optional() });

  const usageContext = z.looseObject({
    code: coding,
    valueCodeableConcept: codeableConcept.optional(),
  });

  const enableWhen = z.looseObject({
    question: z.string(),
    operator: z.enum(ENABLE_WHEN_OPERATORS),
    answerBoolean: z.boolean().optional(),
    answerDecimal: z.number().optional(),
    answerInteger: z.number().int().optional(),
    answerDate: z.string().optional(),
    answerDateTime: z.string().optional(),
    answerTime: z.string().optional(),
    answerString: z.string().optional(),
    answerCoding: coding.optional(),
    answerQuantity: z.looseObject({ value: z.number().optional() }).optional(),
    answerReference: z.looseObject({}).optional(),
  });

  const answerOption = z.looseObject({
    valueCoding: coding.optional(),
    valueString: z.string().optional(),
    valueInteger: z.number().int().optional(),
    valueDate: z.string().optional(),
    valueTime: z.string().optional(),
    valueReference: z.looseObject({ display: z.string().optional() }).optional(),
    initialSelected: z.boolean().optional(),
  });

  const questionnaireItem: z.ZodType<QuestionnaireItem> = z.lazy(() =>
    z.looseObject({
      linkId: z.string().min(1, "linkId must not be empty"),
      type: z.enum(ITEM_TYPES),
      text: z.string().optional(),
      prefix: z.string().optional(),
      definition: z.string().optional(),
      code: z.array(coding).optional(),
      required: z.boolean().optional(),
      repeats: z.boolean().optional(),
      readOnly: z.boolean().optional(),
      maxLength: z.number().int().optional(),
      enableWhen: z.array(enableWhen).optional(),
      enableBehavior: z.enum(["all", "any"]).optional(),
      answerValueSet: z.string().optional(),
      answerOption: z.array(answerOption).optional(),
      initial: z.array(z.looseObject({})).optional(),
      extension: z.array(extension).optional(),
      item: z.array(questionnaireItem).optional(),
    }),
  ) as z.ZodType<QuestionnaireItem>;

  const questionnaire = z.looseObject({
    resourceType: z.literal("Questionnaire"),
    id: z.string().optional(),
    url: z.string().optional(),
    version: z.string().optional(),
    name: z.string().optional(),
    title: z.string().optional(),
    status: z.enum(["draft", "active", "retired", "unknown"]),
    publisher: z.string().optional(),
    description: z.string().optional(),
    useContext: z.array(usageContext).optional(),
    extension: z.array(extension).optional(),
    contained: z.array(z.looseObject({ resourceType: z.string(), id: z.string().optional() })).optional(),
    item: z.array(questionnaireItem).optional(),
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
