/**
 * A field can only ask what its answer can hold. A yes/no item titled "Person accompanying child
 * Today" (WHO EmCare registration) asks whether someone came, not who: it is not the accompanying
 * adult's name. A yes/no "Has the child attended ED before?" does not count the attendances that
 * the requirement wants counted over twelve months. So a field of a closed type (yes/no, number,
 * date) is not recognised as a concept whose answer it cannot hold, going by the type the
 * concept's `suggest` gives and, for a name, its title.
 *
 * Only answers of a plainly different nature are ruled out. Free text, long text and choices can
 * hold almost anything ("Any concerns? Give details"), a yes/no may record that someone attended
 * or holds parental responsibility, and a number may be a screen's score (an EPDS total records
 * that the perinatal screen was done): those stay open. A date is not a narrative either ("Review
 * conference planned for (date)" is not the conference's outcome).
 */

/** What a concept's answer is, as far as a field's type can contradict it. */
export interface AnswerShape {
  /** The type its `suggest` gives (`text`, `number`, `date`, …), if any. */
  suggests?: string;
  /** Its title ("Full name of the adult accompanying the child"). */
  title?: string;
}

const AMOUNT = new Set(["number"]);
const MOMENT = new Set(["date", "datetime"]);
const SOMEONE = new Set(["person", "text", "signature"]);

/** Whether the concept asks for someone's name: a person's or short text's field, titled with "name". */
function asksName(concept: AnswerShape): boolean {
  return SOMEONE.has(concept.suggests ?? "") && /\bname\b/i.test(concept.title ?? "");
}

/**
 * Whether a field of type `fieldType` can hold the answer to `concept`. Unknown or missing types,
 * and concepts that suggest no type, never rule anything out.
 */
export function canAnswer(fieldType: string | undefined, concept: AnswerShape): boolean {
  const suggested = concept.suggests;
  if (!fieldType || !suggested) return true;
  switch (fieldType) {
    case "yesno":
      // Yes or no is neither a count, a date nor a name.
      return !AMOUNT.has(suggested) && !MOMENT.has(suggested) && !asksName(concept);
    case "number":
      return !MOMENT.has(suggested) && !SOMEONE.has(suggested);
    case "date":
    case "datetime":
      // Nor is a date a narrative (round 19, set Y): "Review conference planned for (date)" is not the
      // conference's outcome. A choice stays open: "Date of routine enquiry" records that it was asked.
      return !AMOUNT.has(suggested) && !SOMEONE.has(suggested) && suggested !== "longtext";
    default:
      return true;
  }
}

/**
 * What a concept's answer is, in words, when a field of `fieldType` cannot hold it ("a name", "a
 * number", "a date"), so an explanation can say why the field's words were not enough; undefined
 * when it can.
 */
export function unanswerableAs(fieldType: string | undefined, concept: AnswerShape): string | undefined {
  if (canAnswer(fieldType, concept)) return undefined;
  const suggested = concept.suggests ?? "";
  if (AMOUNT.has(suggested)) return "a number";
  if (MOMENT.has(suggested)) return "a date";
  return "a name";
}

/** Families of field types that hold the same kind of answer. */
const ANSWER_FAMILIES: ReadonlyArray<ReadonlySet<string>> = [new Set(["text", "longtext", "person"]), new Set(["choice", "multichoice", "yesno"]), MOMENT, AMOUNT, new Set(["signature"])];

/**
 * Whether a field of `fieldType` holds the same kind of answer as `concept` suggests: stricter than
 * `canAnswer`, for a field read by something other than its words (its condition:
 * condition-followups.ts), where the type is the only sign of what it holds. "If yes, when?" (a
 * date) is not the follow-up action a longtext records.
 */
export function answersAlike(fieldType: string | undefined, concept: AnswerShape): boolean {
  const suggested = concept.suggests;
  if (!fieldType || !suggested || fieldType === suggested) return true;
  return ANSWER_FAMILIES.some((family) => family.has(fieldType) && family.has(suggested));
}
