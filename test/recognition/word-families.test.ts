/**
 * One word family, one stem (rules/recognition/word-families.ts): a form asks in the part of
 * speech its sentence needs ("Is your partner abusive?", "Are you struggling financially?", "Do
 * you drink alcohol?"), and a pack's phrase names the noun ("partner abuse", "finances", "alcohol
 * use"). Tested with a vocabulary of its own, so what is tested is the folding.
 */
import { describe, expect, it } from "vitest";
import { itReadsEachLabelShipped } from "./reads-labels";
import { stem } from "../../rules/recognition/normalise";
import { Recogniser } from "../../rules/recognition/recogniser";

const own = new Recogniser([
  { id: "abuse", title: "Partner abuse", synonyms: ["partner violence"] },
  { id: "finance", title: "Finances", synonyms: [] },
  { id: "alcohol", title: "Alcohol use", synonyms: [] },
  { id: "anxiety", title: "Anxiety", synonyms: [] },
  { id: "eating", title: "Healthy eating", synonyms: ["food and drink"] },
  { id: "cannabis", title: "Cannabis use", synonyms: [] },
  { id: "afraid", title: "Afraid of anyone at home", synonyms: [] },
  { id: "household", title: "Children living in the household", synonyms: [] },
  { id: "address", title: "Address", synonyms: ["place of residence"] },
]);

describe("word families", () => {
  it.each([
    ["alcoholic", "alcohol"],
    ["physically", "physical"],
    ["financially", "finances"],
    ["financial", "finance"],
    ["anxious", "anxiety"],
    ["violent", "violence"],
    ["abusive", "abuse"],
    ["drinking", "use"],
    ["drank", "use"],
    ["drunk", "use"],
    ["scared", "afraid"],
    ["frightened", "afraid"],
    ["frighten", "afraid"],
    ["fearful", "afraid"],
    ["consumption", "use"],
    ["used", "use"],
    ["using", "uses"],
    ["usage", "use"],
    ["compatible", "consistent"],
    ["incompatible", "inconsistent"],
    ["residing", "living"],
    ["resides", "lives"],
    ["minors", "children"],
    ["kids", "children"],
    ["adolescents", "children"],
    ["husband", "partner"],
    ["wife", "partners"],
    ["spouse", "partner"],
    ["boyfriend", "partner"],
    ["girlfriend", "partner"],
    ["mum", "mother"],
    ["mummy", "mother"],
    ["mom", "mother"],
    ["dad", "father"],
    ["daddy", "father"],
    ["questionnaire", "form"],
    ["struggling", "difficulty"],
    ["struggle", "difficulties"],
  ])("%s and %s share a stem", (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    // An adjective or adverb for the noun a phrase names.
    ["Is your partner abusive?", "abuse"],
    ["Has your partner been violent?", "abuse"],
    ["Are you struggling financially?", "finance"],
    ["Any financial worries?", "finance"],
    ["Does the child seem anxious?", "anxiety"],
    // Drinking a substance is using it…
    ["Do you drink alcohol?", "alcohol"],
    ["Do you currently drink alcoholic beverages?", "alcohol"],
    ["Have you just drunk alcohol?", "alcohol"],
    // Scared, frightened and fearful are afraid; the noun "fear" is not folded.
    ["Does anyone at home frighten you?", "afraid"],
    ["Are you scared of anyone at home?", "afraid"],
    ["Fear of falling at home", null],
    ["Alcohol consumption", "alcohol"],
    ["Alcohol usage", "alcohol"],
    ["Do you smoke cannabis?", "cannabis"],
    ["In the past year, how often have you used cannabis?", "cannabis"],
    ["Alcohol intake (units per week)", "alcohol"],
    // …but drinking names no substance by itself.
    ["Does the child drink enough water?", null],
    ["Source of drinking water", null],
    ["Food and drink", "eating"],
    ["Do you smoke?", null],
    ["Exposure to second-hand smoke", null],
    // Residing is living; minors are children (blind paraphrases: "Minors residing in the home").
    ["Children residing in the household", "household"],
    ["Minors residing in the household", "household"],
    // A husband or boyfriend is a partner (the pack's "afraid of your partner").
    ["Has your husband ever been violent?", "abuse"],
    ["Violence from a boyfriend", "abuse"],
    ["Place of residence", "address"],
    ["Minor injury unit", null],
  ])("%j → %s", (label, concept) => {
    expect(own.recognise({ label })?.concept ?? null).toBe(concept);
  });
});

describe("refusing is declining (round 36)", () => {
  itReadsEachLabelShipped([
    // A written form's tuning label, recognised as nothing before.
    ["Did the young person refuse the review, in full or in part?", "assessment.declined"],
    ["Young person refused health assessment", "assessment.declined"],
  ]);
});
