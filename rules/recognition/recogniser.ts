/**
 * Recognises which concept a prompt asks about, from the concepts' own labels and synonyms
 * (the packs are the only vocabulary: nothing here names a concept).
 *
 * Every label and synonym is a *phrase*. A prompt matches a phrase when it contains the
 * phrase's words (after normalisation: abbreviations expanded, light stemming, negations
 * folded), allowing small misspellings, other word orders and, for phrases of three or more
 * words, one missing word ("near-phrase"). Words are weighted by how rare they are across the
 * concepts, so "caring" counts for more than "child". The score rewards covering the phrase
 * (recall), explaining the prompt (precision) and keeping the phrase's order.
 *
 * Two guards keep precision high on real templates:
 * - only the main clause counts: "Next of kin (if different from the accompanying adult)"
 *   is the next of kin, not the accompanying adult;
 * - whose information it is must agree: "Parent's signature" is not the practitioner's
 *   signature, "Age of patient" is not the mother's age (role groups, below).
 *
 * Negation in a prompt never blocks a match: "No caring responsibilities" is still the
 * caring-responsibilities prompt, and "Left without being seen" still matches "did not wait"
 * style phrases, because all negations become one token.
 */
import { itemsBeside, listedItems, type ListedItems } from "./listed-items";
import { detached } from "../../language/detached";
import { askedPart, askingSentences, headBefore, mainClause, NEGATION, questionTopic, tokens, tokensOf, words, type Token } from "./normalise";
import { indexVocabulary, normaliseCode, type ConceptVocabulary, type Phrase, type VocabularyIndex } from "./vocabulary-index";
import { storedVocabularyIndex } from "./vocabulary-index-table";
import { memoKey, ownCopy, siblingsKey } from "./prompt-memo";
import { editDistance } from "../../language/edit-distance";
import { carriedByContent, carriesOwnWords, isBareAttribute, isSlot, namesASignature, subjectOf } from "./slot-owner";
import { placeAskedAbout } from "./setting-guard";
import { isStockMatch } from "./topic-guard";
import { ageBoundTokens, namesAGroup } from "./age-bounds";
import { guardsFor } from "./phrase-guards";
import { listsMoneyAmongDailyTasks, speaksOfNoMoney } from "./daily-tasks-guard";
import { namesBareConsent, namesConsentToSomethingElse } from "./consent-object-guard";
import { namesOnlyARatingScale } from "./rating-scales";
import { timeFrameTokens } from "./time-frames";
import { statusWordTokens } from "./status-words";
import { referralDestinationTokens } from "./referral-destination";
import { alternativesOf, beforeAddedQuestion, headingAlternatives, judgedPart, slashedHeadings } from "./alternatives";
import { asYoungPersonsStatement } from "./first-person";
import { namesOnlyPeople } from "./people-headings";
import { answersNothing } from "./non-answers";
import { helpQuestions, helpReadings, onlySaysWhenToUpdate } from "./help-text";
import { youngPersonsReading } from "./young-persons-questions";
import { subjectHeading } from "./audience-subject";
import { answersAlike, canAnswer, unanswerableAs, type AnswerShape } from "./answer-types";
import { inlineOptions } from "./inline-options";
import { forTheClientsChildren } from "./clients-children";
import { asksEachRow, namesARow } from "./grid-rows";
import { isUseSlot, USE } from "./use-slots";
import { asksForCount, asksHowOften, ATTRIBUTES, DATE, isAContactMade, namesSubject, rolesOf, TIME_WORDS } from "./prompt-guards";
import { COMPLETER, namesTheCompleter, withoutProfession } from "./completer-section";
import { signOffSlot } from "./sign-off";
import { withoutStaffInstruction } from "./staff-instructions";
import { endsUnfinished, finishedBy } from "./unfinished-labels";
import { referralDestinations, referralTo } from "./referral-options";
import { ACTION_READINGS, actionColumn } from "./action-plan";
import { lastReadings } from "./last-readings";
import { namesCompleterInBracket } from "./completer-bracket";
import { reversesTheHarm } from "./abuse-behaviour";
import { fieldAsksOfOwnChildhood } from "./own-childhood";

export type { ConceptVocabulary } from "./vocabulary-index";

export interface PromptText {
  label?: string;
  help?: string;
  options?: string[];
  /** Titles of the enclosing sections or groups, innermost first ("Person accompanying the child"). */
  context?: string[];
  /** The item's codes as "system|code" (LOINC, SNOMED CT, …), matched against the concepts' `codes`. */
  codes?: string[];
  /** The form kind (its service), when known. */
  service?: string;
  /** Labels of the items just before this one in the same group, nearest first (two are read). */
  siblings?: string[];
  /** The field's type (`yesno`, `number`, `date`, …): a concept whose answer it cannot hold is not recognised (answer-types.ts). */
  type?: string;
  /** Who the form is about, in the packs' words, when its audience says ("mother" on a pregnant woman's form; audience-subject.ts). */
  subject?: string;
  /**
   * The kind of block the field stands in, when its section is one: a sign-off block (sign-off.ts:
   * headed for whoever completes the form, or holding their signature), where a bare name,
   * signature or date is theirs; an action plan (action-plan.ts), where "Who will do it?" and
   * "Date completed" are the action's. Which slot a field is comes from its label and `type` (so
   * the memo keys on the type too). On a referral a sign-off block is `referral-sign-off`: the
   * referrer is whoever completes it, so "Signature of referrer" there is theirs.
   */
  block?: "sign-off" | "referral-sign-off" | "action-plan";
}

export interface Recognition {
  concept: string;
  /** 0…1.1; at least `threshold` when returned by `recognise`. */
  score: number;
  /** The label or synonym that matched, as the pack wrote it (or the code, for a code match). */
  phrase: string;
  /** Which part of the field matched: its label, label and help, its options, its label read
   * under the enclosing group's title, one of its codes, or (`condition`) the answer it is shown on. */
  source: "label" | "label+help" | "options" | "label+group" | "label+sibling" | "label+audience" | "label+condition" | "code" | "condition";
  /** The words of the field's text that the phrase matched (normalised), or the code. */
  evidence: string[];
  /** For `condition`: the field whose yes shows this one, and the concept it asks (condition-followups.ts); for `label+condition`, the field whose answer shows it, whose topic it was read under (condition-topic.ts). */
  after?: { field: string; concept: string };
  /** For `label+sibling`: the label of the item before it, whose subject the slot was read beside. */
  beside?: string;
  /** For `label+audience`: who the form is about, whose the label was read as ("mother"). */
  about?: string;
  /** For `label+group`: the label is a row of its section's question (grid-rows.ts), so the words matched are the question's. */
  row?: true;
  /** For `label+group`: the field is the first item of a section whose heading names what it asks, and no field of which says (section-topic.ts). */
  item?: true;
  /** For `options`: one option of a list of who attended, read as that one attending (attendee-options.ts); `evidence` is the option. */
  attended?: true;
  /**
   * For `label`: what the question was read as being about by a last reading, when no phrase matched
   * ("the household's own money", money-frames.ts; "physical activity", habit-topics.ts; "abusive
   * behaviour towards the one asked", abuse-behaviour.ts): `evidence` holds the label's words that said so.
   */
  topic?: string;
}

/** The settings, chosen on the tuning half of test/fixtures/recognition/prompts.json. */
export interface RecogniserSettings {
  /** Minimum score for a recognition. */
  threshold: number;
  /** Share of the score that depends on how much of the prompt the phrase explains. */
  precisionWeight: number;
  /** A phrase of three words or more may miss one word if the rest carry this share of its weight. */
  nearPhraseRecall: number;
  /** A one-word phrase must explain at least this share of the prompt ("care" is not "Care pathway"). */
  singleWordPrecision: number;
  /** How much more than `threshold` a label read under its group's title must score. */
  groupMargin: number;
  /**
   * Weight, relative to its rarity, of a word naming the person the form is about ("patient",
   * "child", "young person") when the phrase does not name them: "Demeanour of young person" asks
   * for the demeanour, and whose it is the form already says.
   */
  subjectWeight: number;
  /**
   * A phrase of at least this many words found whole, in order and together in a prompt…
   * ("Were you able to pay school fees for the last school year for all children…")
   */
  wholePhraseWords: number;
  /** …counts as explaining at least this share of the prompt, however long the prompt is. */
  wholePhrasePrecision: number;
  /** Weight of a word no concept uses, as if it appeared in this many concepts' vocabularies. */
  unknownDf: number;
}

export const DEFAULT_SETTINGS: RecogniserSettings = { threshold: 0.64, precisionWeight: 0.8, nearPhraseRecall: 0.8, singleWordPrecision: 0, groupMargin: 0.05, subjectWeight: 0.3, wholePhraseWords: 3, wholePhrasePrecision: 0.55, unknownDf: 3 };

/** A part of a label that is a question, its yes/no marker aside ("Discussed at MDT? Y/N"). */
const ASKS_FIRST = /\?\s*(?:\(?\s*(?:y\/n|yes\/no)\s*\)?)?\s*$/i;

/**
 * Weight of a word of an item listed beside the one a phrase names (listed-items.ts): half, not the
 * subject's 0.3, which read one more false recognition on the real labels' test part (run as pass/fail).
 */
const BESIDE_WEIGHT = 0.5;

/** The default `exclude`: one shared empty set, not a new one for every field of every form. */
const NOTHING_EXCLUDED: ReadonlySet<string> = new Set();
/**
 * A heading, and each of its alternatives where it names two or more: one naming people ("Mother /
 * main carer") is read as each of them, and so is a short heading of two things (alternatives.ts
 * `headingAlternatives`).
 */
function headingAndItsParts(title: string): string[] {
  if (namesOnlyPeople(title) && title.includes("/")) return [title, ...title.split(/\s*\/\s*/)];
  return [title, ...headingAlternatives(title)];
}

/** A label that names only the vital signs ("Observations", "Obs", "Vital signs"). */
const VITAL_SIGNS = /^\s*(?:clinical\s+|baseline\s+)?(?:observations|obs|vital\s+signs|vitals)\s*[:?]?\s*$/i;

/**
 * A parent the packs name as someone other than the form's subject: a looked-after child's birth
 * mother, a foster or step-parent. On a pregnant woman's form the woman is "the mother", so
 * "Existing chronic health conditions" read as hers is not "birth mother's health conditions".
 */
const ANOTHER_PARENT = /\b(?:birth|foster|step|adoptive)[\s-]*(?:mother|father|parent)s?\b/i;

/** In the memo, under a prompt's key without its siblings: its answer is kept under the key with them. */
const BESIDE_SIBLINGS: unique symbol = Symbol("beside siblings");

/** How near a head before a colon must be to a phrase to be what a label asks (`byHeadBeforeColon`): 1 is a whole phrase, a word or two aside. */
const HEAD_BEFORE_COLON = 1.0;

export class Recogniser {
  private readonly fuzzyCache = new Map<string, string>();
  /** Results by prompt: real templates (and a trust's forms) repeat the same labels many times. */
  private readonly memo = new Map<string, Recognition | null | typeof BESIDE_SIBLINGS>();
  /** How many labels `bySibling` has read beside their siblings: a change tells an answer that depended on them. */
  private slotsReadBesideSiblings = 0;
  /** `best` by the normalised words of its text (see `best`). */
  private readonly bestMemo = new Map<string, Omit<Recognition, "source"> | undefined>();
  /** `best` by its exact text, in front of `bestMemo` (same answers: the words are a function of the text). */
  private readonly bestByText = new Map<string, Omit<Recognition, "source"> | null>();
  /** `recogniseUnderTopic` by the concepts allowed and the prompt read under the topic. */
  private readonly underTopicMemo = new Map<string, Recognition | null>();
  /** `best` of texts made of two, whose parts are read apart (see `best`). */
  private readonly apartByText = new Map<string, Omit<Recognition, "source"> | null>();
  /** By field type, the concepts a field of that type cannot answer (built on first need). */
  private readonly unanswerable = new Map<string, ReadonlySet<string>>();

  readonly threshold: number;

  constructor(
    concepts: ConceptVocabulary[],
    readonly settings: RecogniserSettings = DEFAULT_SETTINGS,
    /** The vocabulary's phrases and what is known of each concept: this build's index of the shipped vocabulary when that is the vocabulary, else made now. */
    private readonly vocabulary: VocabularyIndex = storedVocabularyIndex(concepts, settings.unknownDf) ?? indexVocabulary(concepts, settings.unknownDf),
  ) {
    this.threshold = settings.threshold;
  }

  /** The best concept for a field's prompt, or undefined when nothing is convincing. */
  recognise(prompt: PromptText, exclude: ReadonlySet<string> = NOTHING_EXCLUDED): Recognition | undefined {
    const any = this.recogniseAnyType(prompt, exclude);
    // "Have you ever hurt your partner?" is not "has your partner ever hurt you": same words, the harm
    // the other way round (abuse-behaviour.ts). A code says what it means whatever the words.
    const found = any && any.source !== "code" && prompt.label && reversesTheHarm(prompt.label, any.phrase) ? undefined : any;
    // "… for any of your children?" is about the client's children, not the child (clients-children.ts).
    const theirs = found && forTheClientsChildren(found.concept, prompt.label);
    const r0 = theirs && this.vocabulary.shapes.has(theirs) && !exclude.has(theirs) ? { ...found, concept: theirs } : found;
    // "Referral to" with the options "Alcohol liaison", "Falls team" is no safeguarding referral (referral-options.ts).
    const r = r0 && this.goesWhereItsOptionsSay(prompt, r0.concept) ? r0 : undefined;
    // Rarely the best match is a concept the field's type cannot hold ("Person accompanying child
    // Today" as a yes/no): then the best of those it can (answer-types.ts).
    if (!r || canAnswer(prompt.type, this.vocabulary.shapes.get(r.concept) ?? {})) return r;
    return this.recogniseUncached(prompt, unionOf(exclude, this.unanswerableBy(prompt.type!)));
  }

  /**
   * A prompt read as if headed by `topic`'s title, as one of `allowed` only (condition-topic.ts: a
   * field shown on the answer to a field asking `topic` is another aspect of that topic).
   */
  recogniseUnderTopic(prompt: Pick<PromptText, "label" | "type">, topic: string, allowed: ReadonlySet<string>): Recognition | undefined {
    const title = this.vocabulary.shapes.get(topic)?.title;
    const label = prompt.label?.trim() ? mainClause(askedPart(withoutStaffInstruction(prompt.label))) : "";
    if (!title || !label || allowed.size === 0) return undefined;
    // Generated and real templates repeat their follow-ups ("Action taken", "Referred to") form after form.
    const key = `${[...allowed].join(" ")}\u0000${prompt.type ?? ""}\u0000${title}\u0000${label}`;
    const known = this.underTopicMemo.get(key);
    if (known !== undefined) return known ?? undefined;
    // Read as under a heading, among the allowed concepts that the field's type can hold.
    const exclude = new Set<string>();
    for (const [id, shape] of this.vocabulary.shapes) if (!allowed.has(id) || !canAnswer(prompt.type, shape)) exclude.add(id);
    let own: Token[] | undefined;
    const found = this.readUnder(title, label, () => (own ??= this.mapTokens(tokens(label))), exclude);
    const result: Recognition | undefined = found && ownCopy({ ...found, source: "label+condition" });
    if (this.underTopicMemo.size > 50_000) this.underTopicMemo.clear();
    this.underTopicMemo.set(detached(key), result ?? null);
    return result;
  }

  /** Whether a referral's choice, by its options, can be the referral `concept` names (referral-options.ts). */
  private goesWhereItsOptionsSay(prompt: PromptText, concept: string): boolean {
    if (!prompt.options?.length || !this.namesDestinations(concept)) return true;
    const places = referralDestinations(prompt.label, prompt.options);
    return !places || places.some((place) => this.best(mainClause(referralTo(place)), NOTHING_EXCLUDED)?.concept === concept);
  }

  /**
   * What `concept`'s answer is ("a name", "a number", "a date") when a field of `fieldType` cannot
   * hold it, else undefined (answer-types.ts): for explanations.
   */
  unanswerableAs(fieldType: string | undefined, concept: string): string | undefined {
    return unanswerableAs(fieldType, this.vocabulary.shapes.get(concept) ?? {});
  }

  /** Whether a field of `fieldType` holds the same kind of answer as `concept` suggests (answer-types.ts `answersAlike`). */
  answersAlike(fieldType: string | undefined, concept: string): boolean {
    return answersAlike(fieldType, this.vocabulary.shapes.get(concept) ?? {});
  }

  /** The concepts a field of this type cannot answer (answer-types.ts), once per type. */
  private unanswerableBy(type: string): ReadonlySet<string> {
    let out = this.unanswerable.get(type);
    if (!out) {
      out = new Set([...this.vocabulary.shapes].filter(([, shape]) => !canAnswer(type, shape)).map(([id]) => id));
      this.unanswerable.set(type, out);
    }
    return out;
  }

  private recogniseAnyType(prompt: PromptText, exclude: ReadonlySet<string>): Recognition | undefined {
    if (exclude.size > 0) return this.recogniseUncached(prompt, exclude);
    // Kept under the prompt without its siblings unless the answer depended on them (prompt-memo.ts
    // `siblingsKey`): then that key says so, and the answer is kept under the key with them.
    const withoutSiblings = memoKey(prompt);
    let key = withoutSiblings;
    // null marks a prompt known to recognise nothing, so one lookup answers every prompt seen before.
    let known = this.memo.get(key);
    if (known === BESIDE_SIBLINGS) {
      key += siblingsKey(prompt);
      known = this.memo.get(key);
    }
    if (known !== undefined) return (known as Recognition | null) ?? undefined;
    const slotsBefore = this.slotsReadBesideSiblings;
    const found = this.recogniseUncached(prompt, exclude);
    if (this.memo.size > 50_000) this.memo.clear(); // bounded: a long editor session must not grow forever
    if (this.slotsReadBesideSiblings !== slotsBefore && key === withoutSiblings) {
      this.memo.set(detached(key), BESIDE_SIBLINGS);
      key += siblingsKey(prompt);
    }
    // Kept with copies of their own: the key is spelled from the prompt's texts, and a result may
    // quote them (options, the field before, a code), each a slice of its document's text. Kept
    // as slices, every version of a document edited in the server whose labels were new stayed
    // alive as long as the memo (test/recognition/kept-by-field.test.ts).
    const result = found && ownCopy(found);
    this.memo.set(detached(key), result ?? null);
    return result;
  }

  private recogniseUncached(prompt: PromptText, exclude: ReadonlySet<string>): Recognition | undefined {
    // A code is the form's own statement of what the item means: it wins over any wording.
    for (const code of prompt.codes ?? []) {
      const concept = this.vocabulary.byCode.get(normaliseCode(code));
      if (concept && !exclude.has(concept)) return { concept, score: 1, phrase: code, source: "code", evidence: [code] };
    }
    // "Before age 18, did you live with anyone who drank?" asks an adult about their own childhood,
    // which no concept asks, however like the domestic abuse enquiry or drinking it reads (own-childhood.ts).
    if (prompt.label && fieldAsksOfOwnChildhood(prompt)) return undefined;
    // "Threshold decision: early help / referral to social care / no further action" asks for the decision (inline-options.ts).
    const listed = prompt.label ? inlineOptions(prompt.label) : undefined;
    if (listed) {
      const r = this.recogniseUncached({ ...prompt, label: listed.head, options: [...listed.options, ...(prompt.options ?? [])] }, exclude);
      if (r) return r;
    }
    if (prompt.label?.trim()) {
      // "Document whether …", "Ask the woman whether …": what follows the instruction is what is asked (staff-instructions.ts).
      const instructed = withoutStaffInstruction(prompt.label);
      const asked = askedPart(instructed);
      const label = mainClause(asked);
      const byBlock = prompt.block === "sign-off" || prompt.block === "referral-sign-off" ? this.bySignOff(label, prompt.type, exclude, prompt.block === "referral-sign-off") : prompt.block === "action-plan" ? this.byActionColumn(label, prompt.type, exclude) : undefined;
      if (byBlock) return byBlock;
      // "Name of referrer (person completing this form)": the bracket says whose the name is (completer-bracket.ts).
      const byCompleterBracket = namesCompleterInBracket(prompt.label) ? this.bySignOff("Name", "text", exclude, false) : undefined;
      if (byCompleterBracket) return byCompleterBracket;
      const byLabel = this.byHeadBeforeColon(label, exclude) ?? this.best(label, exclude);
      // "Signature" under "Consent" is the consenting person's: a bare attribute's section says whose it is (slot-owner.ts).
      if (byLabel && this.ownerAgrees(label, byLabel.concept, prompt.context)) return { ...byLabel, source: "label" };
      // "Account" under "Injury", with help asking "Does the explanation match the injury seen?":
      // a box of a word or two is what its help's question asks before what its heading lends it.
      const byHelpFirst = prompt.help?.includes("?") ? this.byHelpQuestion(label, prompt, exclude, true) : undefined;
      if (byHelpFirst) return byHelpFirst;
      const byGroup = this.byGroup(label, prompt.context ?? [], exclude);
      if (byGroup) return byGroup;
      const bySibling = this.bySibling(label, prompt.siblings, exclude);
      if (bySibling) return bySibling;
      const byTopic = this.byTopic(label, exclude);
      if (byTopic) return { ...byTopic, source: "label" };
      // "What are you worried about? Describe the risks of harm to the child and how likely they are":
      // where the question reads as nothing, what it asks to be described says what it asks.
      const bySentence = this.bySentence(asked, exclude) ?? (asked !== instructed ? this.bySentence(instructed, exclude) : undefined);
      if (bySentence) return { ...bySentence, source: "label" };
      const byParts = this.byParts(label, exclude);
      if (byParts) return { ...byParts, source: "label" };
      const byRow = this.byGridRow(label, prompt.context, exclude);
      if (byRow) return byRow;
      const byAudience = this.byAudience(label, prompt.subject, prompt.context, exclude);
      if (byAudience) return byAudience;
      // "… (in my own words)", "What would you like to be different?", "How have you been feeling
      // lately?" on a young person's form (young-persons-questions.ts).
      const young = youngPersonsReading(prompt.label, prompt.subject);
      const asYoungPerson = young && this.best(young.phrase, exclude);
      if (asYoungPerson) return { ...asYoungPerson, source: "label", evidence: young.evidence };
      // "Have you applied for any benefits…?", "How many days a week do you do 60 minutes of exercise?":
      // read by its topic where no phrase matched, explained by the label's own words (last-readings.ts).
      for (const reading of lastReadings(label, asked)) {
        const byReading = this.best(reading.phrase, exclude);
        if (byReading) return { ...byReading, source: "label", evidence: reading.evidence, topic: reading.topic };
      }
      if (prompt.help?.trim() && !onlySaysWhenToUpdate(prompt.help)) {
        const both = this.best(`${label} ${mainClause(prompt.help)}`, exclude, false);
        if (both && both.score >= this.threshold + 0.05) return { ...both, source: "label+help" };
        const byHelp = this.byHelpQuestion(label, prompt, exclude);
        if (byHelp) return byHelp;
      }
    }
    // "Child subject to" with "CP plan", "CIN plan", "Looked after (CLA)": the options finish the label (unfinished-labels.ts).
    if (prompt.label && prompt.options && prompt.options.length >= 2 && endsUnfinished(prompt.label)) {
      const finished = this.byOptions(finishedBy(prompt.label, prompt.options), exclude);
      if (finished) return finished;
    }
    return this.byOptions(prompt.options ?? [], exclude);
  }

  /**
   * Whether a label's match stands on its own: always, unless the label names only an attribute
   * ("Signature", "Date and time") and a section around it could say whose; then only when that
   * section names a person the concept is about ("Physician attestation" → the practitioner's).
   */
  private ownerAgrees(label: string, concept: string, context: readonly string[] | undefined): boolean {
    const section = context?.find((t) => t.trim());
    if (!section) return true;
    // "Has consent been obtained?" under "Consent for telecare": the heading says what the consent is for (consent-object-guard.ts).
    if (namesBareConsent(label) && namesConsentToSomethingElse(section)) return false;
    const conceptRoles = this.vocabulary.roles.get(concept)!;
    if (!isBareAttribute(this.mapTokens(tokens(label)))) {
      // Under a heading that only names people ("Mother / main carer", "Father / partner"), a label
      // naming no one is about them: "Current or past MH difficulties?" there is the mother's.
      // Not a heading naming only staff ("Clinician", "Practitioner"): the fields there are what the
      // clinician records ("Referral to children's social care", "Safeguarding children rating"), not about them.
      const people = namesOnlyPeople(section) ? rolesOf(section) : undefined;
      const onlyStaff = people !== undefined && [...people].every((r) => r === "practitioner");
      return !people || onlyStaff || rolesOf(label).size > 0 || conceptRoles.size === 0 || [...people].some((r) => conceptRoles.has(r));
    }
    const owners = rolesOf(section);
    return owners.size > 0 && [...owners].some((r) => conceptRoles.has(r));
  }

  /**
   * A head of three words or more before a colon that is a concept's phrase nearly word for word
   * (scoring `HEAD_BEFORE_COLON` or more): what follows it says what to write ("Person(s) with
   * parental responsibility: name and relationship", "Birth parents' health history: physical and
   * mental health, drug and alcohol use, inherited conditions"), however that list reads alone. Not
   * one attribute alone after it: "Brought in by: relationship" asks the relationship.
   */
  private byHeadBeforeColon(label: string, exclude: ReadonlySet<string>): Omit<Recognition, "source"> | undefined {
    const colon = label.indexOf(":");
    const head = headBefore(label, colon);
    if (!head) return undefined;
    // One attribute after the colon is what is asked of the head's person ("Brought in by: relationship").
    const rest = this.mapTokens(tokens(label.slice(colon + 1)));
    if (isSlot(rest) && rest.filter((t) => ATTRIBUTES.has(t.stem)).length === 1) return undefined;
    const r = this.best(head, exclude);
    return r && r.score >= HEAD_BEFORE_COLON ? r : undefined;
  }

  /**
   * A question read for its topic alone, when its wording did not match: without the opening
   * that makes it a question ("Are there any concerns about…", "How often does your child…").
   */
  private byTopic(label: string, exclude: ReadonlySet<string>): Omit<Recognition, "source"> | undefined {
    const topic = questionTopic(label);
    const r = topic ? this.best(topic, exclude) : undefined;
    // Whose information it is still comes from the whole question: "Was the child seen alone?" is not the mother's.
    return r && this.rolesAgree(r.concept, rolesOf(label)) ? r : undefined;
  }

  /**
   * A label read in parts, each alone, the best of them: a question listing several ("hit you,
   * hurt you or made you feel afraid": alternatives.ts `alternativesOf`), or two headings joined by
   * a spaced slash ("Reason for referral / presenting difficulties": `slashedHeadings`), or what a
   * clinician's judgement is of ("Clinician's judgement: risk of sexual exploitation": `judgedPart`),
   * or what a label lists before a question added at its end ("…, and where the baby sleeps":
   * `beforeAddedQuestion`). Whose
   * information it is still comes from the whole label.
   */
  private byParts(label: string, exclude: ReadonlySet<string>): Omit<Recognition, "source"> | undefined {
    let top: Omit<Recognition, "source"> | undefined;
    // Managing money listed among cleaning and preparing meals is a daily task, not the family's finances (daily-tasks-guard.ts);
    // the other frames are read from each part (applied from the whole label, they cost written forms two right fields).
    const dailyTasks = listsMoneyAmongDailyTasks(label);
    for (const parts of [alternativesOf(label), slashedHeadings(label), beforeAddedQuestion(label)]) {
      for (const part of parts) {
        const r = this.best(part, exclude);
        if (r && dailyTasks && !speaksOfNoMoney(r.phrase)) continue;
        if (r && (!top || r.score > top.score)) top = r;
      }
      if (top) break;
    }
    if (top) return this.rolesAgree(top.concept, rolesOf(label)) ? top : undefined;
    // The clinician a judgement head names is whose view it is, not whom it is about: the part judged says that.
    for (const judged of judgedPart(label)) {
      const r = this.best(judged, exclude);
      if (r && this.rolesAgree(r.concept, rolesOf(judged))) return r;
    }
    return undefined;
  }

  /** A prompt of several sentences read one sentence at a time (each as a prompt of its own): the best of them. */
  private bySentence(label: string, exclude: ReadonlySet<string>): Omit<Recognition, "source"> | undefined {
    let top: Omit<Recognition, "source"> | undefined;
    const parts = askingSentences(label);
    for (let i = 0; i < parts.length; i++) {
      // "Risk of overdose - red, amber or green rating": a rating scale alone rates the part before it (rating-scales.ts).
      const main = i > 0 && namesOnlyARatingScale(parts[i]) ? mainClause(`${parts[i - 1]} ${parts[i]}`) : mainClause(parts[i]);
      // "Person attending with patient — relationship to patient": a bare slot after a part naming
      // someone is that someone's, as a slot beside the field before it is (`bySibling`).
      const own = i > 0 ? this.mapTokens(tokens(main)) : undefined;
      const subject = own && isSlot(own) ? subjectOf(words(mainClause(parts[i - 1]))) : undefined;
      if (subject) {
        const r = this.readUnder(subject, main, () => own!, exclude);
        if (r) return r;
        // After a heading, the label asks for that slot, whatever the heading matched on its own
        // ("Accompanying adult - phone number" is not the adult's name); after a question it only
        // says what else to note ("Referred to the perinatal team? Y/N — date" asks the question).
        if (!ASKS_FIRST.test(parts[i - 1])) return undefined;
        continue;
      }
      const r = this.best(main, exclude) ?? this.byTopic(main, exclude);
      if (r && (!top || r.score > top.score)) top = r;
    }
    return top && this.rolesAgree(top.concept, rolesOf(label)) ? top : undefined;
  }

  private destinationConcepts?: ReadonlySet<string>;
  /** Whether some phrase of a concept names where a referral goes ("referral to social care"): such a referral is one to there (built on first need). */
  private namesDestinations(concept: string): boolean {
    if (!this.destinationConcepts) {
      const found = new Set<string>();
      for (const p of this.vocabulary.phrases) {
        if (found.has(p.concept) || !p.exact.includes(" to ")) continue;
        const ws = p.exact.split(" ");
        if (referralDestinationTokens(ws, tokensOf(ws)).size > 0) found.add(p.concept);
      }
      this.destinationConcepts = found;
    }
    return this.destinationConcepts.has(concept);
  }

  /** Whether a concept is about the practitioner alone (their name, their signature). */
  private onlyThePractitioners(concept: string): boolean {
    const roles = this.vocabulary.roles.get(concept)!;
    return roles.size === 1 && roles.has("practitioner");
  }

  /** Whether a concept may be what a prompt naming these roles asks about (see ROLE_GROUPS in role-words.ts). */
  private rolesAgree(concept: string, promptRoles: ReadonlySet<string>): boolean {
    const conceptRoles = this.vocabulary.roles.get(concept)!;
    return !promptRoles.size || !conceptRoles.size || [...promptRoles].some((r) => conceptRoles.has(r));
  }

  /**
   * The recognition of a prompt if there is one, else the nearest concept its label comes to
   * (scoring at least `min`), so an explanation can say how far below the bar a field is.
   */
  nearest(prompt: PromptText, min = 0.3): Recognition | undefined {
    const r = this.recognise(prompt);
    if (r || !prompt.label?.trim()) return r;
    const top = this.candidates(mainClause(prompt.label), min).find((c) => canAnswer(prompt.type, this.vocabulary.shapes.get(c.concept) ?? {}));
    return top ? { ...top, source: "label" } : undefined;
  }

  /** Every concept scoring at least `min` for a text, best first (for explanations and tuning). */
  candidates(text: string, min = 0.3, together = true): Array<Omit<Recognition, "source">> {
    const promptWords = words(text);
    const promptTokens = this.mapTokens(tokensOf(promptWords));
    const exact = promptWords.join(" ");
    // Where a referral goes ("to CAMHS", "to child services") names a service, not whose the field is.
    const destination = referralDestinationTokens(promptWords, promptTokens);
    const destinationPositions = destination.size ? new Set([...destination].map((k) => promptTokens[k].position)) : undefined;
    const promptRoles = rolesOf(text, destinationPositions);
    const asksCount = asksForCount(text) && !asksHowOften(text);
    const byConcept = new Map<string, Omit<Recognition, "source">>();
    const bestScored = new Map<string, { scored: ScoredPhrase; negation: boolean; words: number }>();
    const matchedByConcept = new Map<string, Set<number>[]>();
    // "under the age of 18" after "children" says which children, not that their age is asked (age-bounds.ts).
    const ageBound = ageBoundTokens(promptTokens);
    // "within 12 months" says over what span, not what is asked (time-frames.ts); "screening",
    // "suspected" what became of asking (status-words.ts).
    const qualifiers = unionOf(unionOf(ageBound, timeFrameTokens(promptTokens)), statusWordTokens(promptTokens));
    // "mental illness, low mood or anxiety": the things listed beside the one a phrase names weigh little (listed-items.ts).
    const listed = listedItems(text, promptWords);
    const promptAttributes = promptTokens.filter((t, k) => ATTRIBUTES.has(t.stem) && !ageBound.has(k) && !isAContactMade(promptWords, t.position)).map((t) => t.stem);
    // "When did the child last attend ED?" asks for a date, not how many attendances there were.
    if (promptWords[0] === "when" && !promptAttributes.includes(DATE)) promptAttributes.push(DATE);
    // The question's frame: "How long…?", "Who does the child live with?", "… informed" (phrase-guards.ts).
    const guards = guardsFor(text);
    const whyNot = promptTokens.some((t) => t.stem === "reason") && promptTokens.some((t) => t.stem === NEGATION);
    const place = placeAskedAbout(text);
    const promptStems = new Set(promptTokens.map((t) => t.stem));
    // "Woman's signature", "Patient name": the attribute of the person the form is about, never the practitioner's.
    const subjectsOwn = promptTokens.some((t, k) => ATTRIBUTES.has(t.stem) && k > 0 && namesSubject(promptTokens, k - 1));
    for (const p of this.phrasesSharingAStem(promptTokens, promptStems, exact, min)) {
      if (subjectsOwn && this.onlyThePractitioners(p.concept)) continue;
      // "Phone number of the person accompanying" is not the person's name: a prompt asking for
      // one attribute never matches a phrase asking for another.
      if (promptAttributes.some((a) => !p.stems.includes(a)) && p.stems.some((a) => ATTRIBUTES.has(a) && !promptAttributes.includes(a))) continue;
      // Nor does it match a concept that names no such attribute ("Name of parent/carer" is not
      // whether the client is a parent or carer).
      if (promptAttributes.some((a) => !p.stems.includes(a) && !this.vocabulary.conceptAttributes.get(p.concept)!.has(a))) continue;
      // "Number of previous child protection plans" asks how many, not whether there is one.
      if (asksCount && !this.vocabulary.counts.has(p.concept)) continue;
      // "Reason referral not done" asks why something did not happen, not for the thing itself.
      if (whyNot && !p.stems.includes(NEGATION)) continue;
      // A prompt asking in a certain way is answered only by a phrase that speaks the same way (phrase-guards.ts).
      if (guards.length > 0 && guards.some((g) => !g.mayAnswer(p.text))) continue;
      // "Has anyone insulted you at work?" is about work, not home (setting-guard.ts).
      if (place !== undefined && !p.stems.includes(place)) continue;
      // Two phrases that stem alike ("action taken", "actions taken"): the one written as the prompt wins.
      // "Action taken" on a falls chart is not a safeguarding decision: a stock phrase needs its topic (topic-guard.ts).
      if (isStockMatch(p.stems.filter((x) => promptStems.has(x))) && !this.vocabulary.topics.get(p.concept)!.some((x) => promptStems.has(x))) continue;
      const scored = this.scorePhrase(p, promptTokens, qualifiers, ageBound, listed);
      if (scored.score <= 0) continue;
      if (!this.rolesAgree(p.concept, promptRoles)) continue;
      // "Referral to physiotherapy made?" is not the safeguarding referral: a concept some of whose
      // phrases name where the referral goes is matched, where the prompt names one, only through it.
      if (destinationPositions && this.namesDestinations(p.concept) && !scored.positions.some((x) => destinationPositions.has(x))) continue;
      // …and the other way round: a service named only as where a referral goes is not the service
      // itself, attending or involved ("Referral to drug and alcohol service agreed" is not the
      // substance misuse worker at the meeting: round 23, set AG, where it hid the missing attendee).
      if (destinationPositions && !this.namesDestinations(p.concept) && scored.positions.length > 0 && scored.positions.every((x) => destinationPositions.has(x))) continue;
      // Every phrase of a concept the prompt matches, whole or nearly: "sexually / criminally exploited
      // or trafficked" is three of exploitation's phrases, each explaining its part of the question.
      if (together && scored.recall === 1) {
        const all = matchedByConcept.get(p.concept);
        if (all) all.push(scored.used);
        else matchedByConcept.set(p.concept, [scored.used]);
      }
      const score = scored.score + (p.exact === exact ? 0.02 : 0);
      const prev = byConcept.get(p.concept);
      if (!prev || score > prev.score) byConcept.set(p.concept, { concept: p.concept, score, phrase: p.text, evidence: scored.positions.map((i) => promptWords[i]).filter(Boolean) });
      if (!prev || score > prev.score) bestScored.set(p.concept, { scored, negation: p.stems.includes(NEGATION), words: p.stems.length });
    }
    // A concept whose phrases together (or whose own words beside its best phrase) explain more of
    // the prompt than its best phrase alone scores as if that phrase explained all they do.
    for (const [concept, best] of bestScored) {
      const all = matchedByConcept.get(concept);
      // Not after a one-word phrase: "Diet and food allergies" is not about healthy eating because
      // "food" is one of its words too.
      const own = together && best.words >= 2 ? this.vocabulary.ownWords.get(concept) : undefined;
      if (!all && !own) continue;
      // Only a phrase found apart from the best one's words: "full assessment" beside "part B of the
      // assessment" in "declined the assessment, in full or in part?" is the same word read twice.
      const union = new Set(best.scored.used);
      if (all) for (const used of all) if (![...used].some((k) => best.scored.used.has(k))) for (const k of used) union.add(k);
      // The concept's own words elsewhere in the prompt say its topic again (on-topic-words.ts);
      // not a word the phrase matched, said twice ("The baby can hear you" after "the unborn baby").
      if (own) {
        const matched = new Set([...best.scored.used].map((k) => promptTokens[k].stem));
        promptTokens.forEach((t, k) => {
          if (own.has(t.stem) && !matched.has(t.stem)) union.add(k);
        });
      }
      if (union.size === best.scored.used.size) continue;
      const w = this.settings.precisionWeight;
      const joined = best.scored.recall * (1 - w + w * this.explainedShare(promptTokens, union, qualifiers, best.negation, listed)) + best.scored.bonus;
      const prev = byConcept.get(concept)!;
      if (joined > prev.score) byConcept.set(concept, { ...prev, score: joined, evidence: [...union].sort((a, b) => a - b).map((k) => promptWords[promptTokens[k].position]).filter(Boolean) });
    }
    const out: Array<Omit<Recognition, "source">> = [];
    for (const c of byConcept.values()) if (c.score >= min) out.push(c);
    return out.sort((a, b) => b.score - a.score);
  }

  /**
   * The phrases worth scoring: those sharing a stem with the prompt (any other scores 0, or
   * at most the 0.02 exact-match bonus, which only a very low `min` would keep) and missing no
   * more of their words than `scorePhrase` forgives, in the order the packs declare them so that
   * ties resolve exactly as a full scan would. A long question shares a common word ("family",
   * "record", "child") with hundreds of phrases, nearly all of which lack most of their words:
   * they are left out here, by a set lookup per word, rather than scored one by one.
   */
  private phrasesSharingAStem(promptTokens: Token[], promptStems: ReadonlySet<string>, exact: string, min: number): Phrase[] {
    if (min <= 0.02) return this.vocabulary.phrases;
    const found = new Set<Phrase>(this.vocabulary.phrasesByExact.get(exact));
    const refused = new Set<Phrase>();
    for (const t of promptTokens) {
      for (const p of this.vocabulary.phrasesByStem.get(t.stem) ?? []) {
        if (found.has(p) || refused.has(p)) continue;
        if (mayBeMatched(p, promptStems)) found.add(p);
        else refused.add(p);
      }
    }
    return [...found].sort((a, b) => a.order - b.order);
  }

  /**
   * The best concept for a text. `together` false for a text made of two (a heading and a label, a
   * label and its help): there the phrases of a concept are not added up, or a heading's words,
   * explained by one phrase, would carry a label that another explains ("Name of child" under
   * "Birth details - to be completed by health professional" is not the professional's name).
   */
  private best(text: string, exclude: ReadonlySet<string>, together = true): Omit<Recognition, "source"> | undefined {
    if (exclude.size > 0 || !together) return this.bestApart(text, exclude, together);
    // Scoring reads a text only through its normalised words, so texts with the same words
    // ("Presenting complaint:", "presenting complaint (2)") share one result.
    // The exact text first: a repeated label or title is answered without even joining its words.
    const known = this.bestByText.get(text); // null: known to match nothing
    if (known !== undefined) return known ?? undefined;
    const key = words(text).join(" ");
    let top: Omit<Recognition, "source"> | undefined;
    if (this.bestMemo.has(key)) top = this.bestMemo.get(key);
    else {
      top = this.candidates(text, this.threshold)[0];
      if (this.bestMemo.size > 50_000) this.bestMemo.clear();
      this.bestMemo.set(key, top);
    }
    if (this.bestByText.size > 50_000) this.bestByText.clear();
    this.bestByText.set(text, top ?? null);
    return top;
  }

  /** `best` for a text whose parts are read apart, or with concepts excluded: kept by text, apart from `best`'s own memo. */
  private bestApart(text: string, exclude: ReadonlySet<string>, together: boolean): Omit<Recognition, "source"> | undefined {
    if (exclude.size > 0) return this.candidates(text, this.threshold, together).find((c) => !exclude.has(c.concept));
    const known = this.apartByText.get(text);
    if (known !== undefined) return known ?? undefined;
    const top = this.candidates(text, this.threshold, false)[0];
    if (this.apartByText.size > 50_000) this.apartByText.clear();
    this.apartByText.set(text, top ?? null);
    return top;
  }

  /**
   * A label that names only a slot ("First name", "Relationship to child") read under the
   * title of its group ("Person accompanying the child"). The label's own words must take part
   * in the match, so the group's title alone never recognises every field in it, and the bar is
   * a little higher than for a label on its own.
   */
  private byGroup(label: string, context: string[], exclude: ReadonlySet<string>): Recognition | undefined {
    // The label's own stems are needed only once a title makes a match good enough (rarely).
    let own: Token[] | undefined;
    const titles = context.slice(0, 2).flatMap(headingAndItsParts);
    for (let i = 0; i < titles.length; i++) {
      const title = titles[i];
      if (!title.trim()) continue;
      // A section for whoever completes the form is read as theirs (completer-section.ts).
      const ownWords = () => (own ??= this.mapTokens(tokens(label)));
      const r = namesTheCompleter(title)
        ? this.readUnder(COMPLETER, label, ownWords, exclude) ?? this.readUnder(COMPLETER, label, () => withoutProfession(ownWords()), exclude)
        : this.readUnder(mainClause(title), label, ownWords, exclude) ?? this.shortHeadUnder(mainClause(title), label, exclude);
      if (r) return { ...r, source: "label+group" };
      // "Frequency of use:" under "Primary Substance Usage": an aspect of the use the heading names (use-slots.ts).
      if (isUseSlot(ownWords())) {
        const heading = this.best(mainClause(title), exclude);
        if (heading && heading.score >= this.threshold + this.settings.groupMargin && this.speaksOfUse(heading.concept)) return { ...heading, evidence: [...heading.evidence, label.trim()], source: "label+group" };
      }
    }
    return undefined;
  }

  private conceptsOfUse?: ReadonlySet<string>;
  /** Whether some phrase of a concept speaks of using something ("substance use"), built on first need. */
  private speaksOfUse(concept: string): boolean {
    this.conceptsOfUse ??= new Set(this.vocabulary.phrases.filter((p) => p.stems.includes(USE)).map((p) => p.concept));
    return this.conceptsOfUse.has(concept);
  }

  /**
   * A label of a word or two over help text that asks the question ("Children" with "Does the
   * patient have, live with or look after any children under 18?"; "Significance" with "Do the
   * number, timing or reasons for earlier attendances give any cause for concern?"): the label
   * names a box and its help says what it asks, so the help's questions and instructions are read
   * as the label would be, at a label's own bar (help-text.ts says which readings). With
   * `questionsOnly`, only the help's questions, for a box of a word or two, before its heading is read.
   */
  private byHelpQuestion(label: string, prompt: PromptText, exclude: ReadonlySet<string>, questionsOnly = false): Recognition | undefined {
    if (label.trim().split(/\s+/).length > (questionsOnly ? 2 : 3)) return undefined;
    const help = prompt.help!.trim();
    for (const question of questionsOnly ? helpQuestions(help) : helpReadings(label, help)) {
      const r = this.recogniseUncached({ ...prompt, label: question, help: undefined }, exclude);
      if (r) return { ...r, source: "label+help" };
    }
    return undefined;
  }

  /**
   * A label of one or two words before a colon, followed by what to write ("Mechanism: how and where
   * it happened"), read as its one-word head under the title ("Injury"): the head is what is asked
   * and the rest says how to answer it.
   */
  private shortHeadUnder(title: string, label: string, exclude: ReadonlySet<string>): Omit<Recognition, "source"> | undefined {
    const colon = label.indexOf(":");
    if (colon < 0) return undefined;
    const head = label.slice(0, colon).trim();
    const n = head.split(/\s+/).length;
    // "If declined: who has been told …" is a condition over what follows, not what is asked.
    if (!head || n > 2 || headBefore(label, colon) || /^(if|when|unless)\b/i.test(head)) return undefined;
    return this.readUnder(title, head, () => this.mapTokens(tokens(head)), exclude);
  }

  /** A bare name, signature or date in a sign-off block, read as the completer's (sign-off.ts). */
  private bySignOff(label: string, type: string | undefined, exclude: ReadonlySet<string>, onReferral: boolean): Recognition | undefined {
    const slot = signOffSlot(label, type, onReferral);
    const r = slot && this.readUnder(COMPLETER, slot, () => this.mapTokens(tokens(slot)), exclude);
    return r ? { ...r, source: "label+group" } : undefined;
  }

  /** A column of an action plan ("Who will do it?", "Date completed"), read as the action's (action-plan.ts). */
  private byActionColumn(label: string, type: string | undefined, exclude: ReadonlySet<string>): Recognition | undefined {
    const column = actionColumn(label, type);
    const r = column && this.best(ACTION_READINGS[column], exclude);
    return r ? { ...r, source: "label+group", evidence: [...words(label)] } : undefined;
  }

  /**
   * A row of a grid question ("Opioids" under "In the past three months, how often have you used
   * any of the following?") asks the title's question of its own thing (grid-rows.ts): the title
   * is read as the row's question, recognised as a label would be, at a group's bar.
   */
  private byGridRow(label: string, context: readonly string[] | undefined, exclude: ReadonlySet<string>): Recognition | undefined {
    const title = context?.[0];
    if (!title || !asksEachRow(title) || !namesARow(this.mapTokens(tokens(label)))) return undefined;
    // The title read as a prompt of its own (it has no group, so this does not come back here).
    const r = this.recognise({ label: title }, exclude);
    return r && r.score >= this.threshold + this.settings.groupMargin ? { ...r, source: "label+group", row: true } : undefined;
  }

  /**
   * A bare slot ("Relationship to child", "Phone") read beside the item before it, as under a
   * heading: after "Name of the person accompanying the child", "Relationship to child" is that
   * person's relationship. The item lends its subject, not its attribute (slot-owner.ts
   * `subjectOf`); the slot's own words must take part in the match, and the bar is a group's.
   */
  private bySibling(label: string, siblings: readonly string[] | undefined, exclude: ReadonlySet<string>): Recognition | undefined {
    const own = this.mapTokens(tokens(label));
    if (!isSlot(own)) return undefined;
    // From here the answer depends on the siblings, even on there being none (`recogniseAnyType`).
    this.slotsReadBesideSiblings++;
    if (!siblings || siblings.length === 0) return undefined;
    for (let i = 0; i < siblings.length && i < 2; i++) {
      const subject = subjectOf(words(mainClause(siblings[i])));
      const r = subject ? this.readUnder(subject, label, () => own, exclude) : undefined;
      if (r) return { ...r, source: "label+sibling", beside: siblings[i] };
    }
    // A bare "Date" right after a signature is the date it was signed: "Signature", then "Date".
    // Whose signature stays in the reading ("Parent's signature", then "Date", is the parent's).
    if (own.length === 1 && own[0].stem === DATE && namesASignature(tokens(siblings[0]))) {
      const r = this.readUnder(`${subjectOf(words(mainClause(siblings[0])))} signed`, label, () => own, exclude);
      if (r) return { ...r, source: "label+sibling", beside: siblings[0] };
    }
    return undefined;
  }

  /**
   * A label about the person the form is about, read as theirs when the form's audience says who
   * that is: on a pregnant woman's booking form "How old are you?" and "Age" are the mother's age.
   * Only a label that names no one else ("Partner's age", "Age of the baby" keep their own).
   */
  private byAudience(label: string, subject: string | undefined, context: readonly string[] | undefined, exclude: ReadonlySet<string>): Recognition | undefined {
    if (!subject) return undefined;
    // Anyone else named (a partner, a father: role-words.ts), or the child the pregnancy is for, keeps the label theirs;
    // so does a section of theirs ("Age" under "Partner / father of baby").
    // So does anyone's or anything's own ("School's view", "GP's letter"): a possessive names whose it is.
    const namesSomeoneElse = (text: string) => [...rolesOf(text)].some((r) => r !== "subject") || /\b(?:baby|babies|child|children|infant)\b/i.test(text) || /\b[a-z]+['’]s\b/i.test(text);
    if (namesSomeoneElse(label) || context?.some(namesSomeoneElse)) return undefined;
    // "Observations" alone are the vital signs a nurse takes, not what was observed of the child.
    if (VITAL_SIGNS.test(label)) return undefined;
    const r = this.readUnder(subjectHeading(subject), label, () => this.mapTokens(tokens(label)), exclude);
    if (r && !ANOTHER_PARENT.test(r.phrase)) return { ...r, source: "label+audience", about: subject };
    // "I agree with this plan" on a young person's form: the young person's statement (first-person.ts).
    const statement = subject === "child" ? asYoungPersonsStatement(label) : undefined;
    const own = statement ? this.best(statement, exclude) : undefined;
    return own && { ...own, source: "label+audience", about: subject };
  }

  /**
   * A label read under a heading (a section's title, or the subject of the field before it): a
   * match at least `groupMargin` above the bar, carried by the label's own words so the heading
   * alone never recognises every field under it.
   */
  private readUnder(heading: string, label: string, own: () => Token[], exclude: ReadonlySet<string>): Omit<Recognition, "source"> | undefined {
    const text = `${heading} ${label}`;
    const r = this.best(text, exclude, false);
    if (!r || r.score < this.threshold + this.settings.groupMargin) return undefined;
    // "Date and time of report" under "Incident details" keeps "report": not the incident's date (slot-owner.ts).
    if (this.carriesLabel(r, own)) return r;
    // "Action" under "DV screen": the best reading of the two is the screen itself, which "Action" takes
    // no part in; the next good one that the label's words carry ("DV action") is what it asks.
    const bar = this.threshold + this.settings.groupMargin;
    return this.candidates(text, bar, false).find((c) => !exclude.has(c.concept) && c.concept !== r.concept && this.carriesLabel(c, own));
  }

  private carriesLabel(r: Omit<Recognition, "source">, own: () => Token[]): boolean {
    const phrase = this.vocabulary.phrases.find((p) => p.concept === r.concept && p.text === r.phrase);
    return phrase !== undefined && carriesOwnWords(own(), phrase.stems);
  }

  /** Options recognise a field only when several of them point at the same concept. */
  private byOptions(options: string[], exclude: ReadonlySet<string>): Recognition | undefined {
    if (options.length < 2) return undefined;
    const votes = new Map<string, { n: number; score: number; phrase: string; options: string[] }>();
    for (const o of options) {
      const r = this.best(mainClause(o), exclude);
      if (!r) continue;
      const v = votes.get(r.concept) ?? { n: 0, score: 0, phrase: r.phrase, options: [] };
      v.n++;
      v.score += r.score;
      v.options.push(o);
      votes.set(r.concept, v);
    }
    // At least two options, and at least half of them, must point the same way: "Emergency
    // department" and "Minor injury unit" in a list of departments do not make a count of attendances.
    // Options that answer nothing ("None disclosed", "Other", "Not known") are not counted in the half.
    const counted = options.filter((o) => !answersNothing(o)).length;
    const ranked = [...votes.entries()].filter(([, v]) => v.n >= 2 && v.n * 2 >= counted).sort((a, b) => b[1].n - a[1].n || b[1].score - a[1].score);
    if (!ranked.length) return undefined;
    const [concept, v] = ranked[0];
    return { concept, score: (v.score / v.n) * 0.9, phrase: v.phrase, source: "options", evidence: v.options };
  }

  private weight(stem: string): number {
    return this.vocabulary.weights.get(stem) ?? this.vocabulary.unknownWeight;
  }

  /**
   * Misspelt words are mapped onto the nearest word the packs use (one edit; two for long words).
   * Not words of under six letters: most of those are a real word one letter from another
   * ("short" is not "sport", found on a US refugee-services incident report).
   */
  private mapTokens(list: Token[]): Token[] {
    return list.map((t) => {
      if (t.stem === NEGATION || this.vocabulary.weights.has(t.stem) || t.stem.length < 6 || /\d/.test(t.stem)) return t;
      let mapped = this.fuzzyCache.get(t.stem);
      if (mapped === undefined) {
        mapped = t.stem;
        const limit = t.stem.length >= 9 ? 2 : 1;
        let bestDistance = limit + 1;
        let bestOrder = Infinity;
        // Only words within `limit` of its length can be within `limit` edits; the first word
        // the packs declare wins a tie, as a scan of every word in declaration order would.
        for (let length = t.stem.length - limit; length <= t.stem.length + limit; length++) {
          for (const known of this.knownByLength().get(length) ?? []) {
            const d = editDistance(t.stem, known.stem, limit);
            if (d < bestDistance || (d === bestDistance && d <= limit && known.order < bestOrder)) {
              bestDistance = d;
              bestOrder = known.order;
              mapped = known.stem;
            }
          }
        }
        this.fuzzyCache.set(t.stem, mapped);
      }
      return { ...t, stem: mapped };
    });
  }

  private stemsByLength?: Map<number, Array<{ stem: string; order: number }>>;
  /** The packs' words of four letters or more by length, in declaration order (built on first need). */
  private knownByLength(): Map<number, Array<{ stem: string; order: number }>> {
    if (!this.stemsByLength) {
      this.stemsByLength = new Map();
      let order = 0;
      for (const stem of this.vocabulary.weights.keys()) {
        const o = order++;
        if (stem.length < 4) continue;
        const list = this.stemsByLength.get(stem.length) ?? [];
        list.push({ stem, order: o });
        this.stemsByLength.set(stem.length, list);
      }
    }
    return this.stemsByLength;
  }


  private scorePhrase(p: Phrase, prompt: Token[], qualifiers: ReadonlySet<number>, ageBound: ReadonlySet<number>, listed: ListedItems): ScoredPhrase {
    const none = { score: 0, positions: [], recall: 0, bonus: 0, used: new Set<number>() };
    let phraseWeight = 0;
    let matchedWeight = 0;
    let missing = 0;
    const positions: number[] = [];
    const used = new Set<number>();
    for (const s of p.stems) {
      const w = this.weight(s);
      phraseWeight += w;
      // Where a word recurs ("enrolled in school attended school regularly"), the occurrence
      // after the phrase's previous word, so a phrase written whole is found whole.
      const previous = positions.length ? positions[positions.length - 1] : -1;
      const next = prompt.findIndex((t, k) => !used.has(k) && t.stem === s && t.position > previous);
      const i = next !== -1 ? next : prompt.findIndex((t, k) => !used.has(k) && t.stem === s);
      if (i === -1) {
        // A phrase asking for an attribute ("date routine enquiry completed") is not matched by a
        // prompt that leaves the attribute out: "Routine enquiry completed?" asks whether, not when.
        if (ATTRIBUTES.has(s)) return none;
        // Nor is a phrase "X of Y" matched without its X: "Are you a mother or father?" is not "health of mother and father".
        if (s === p.stems[0] && HEAD_OF.test(p.exact)) return none;
        missing++;
        continue;
      }
      used.add(i);
      matchedWeight += w;
      positions.push(prompt[i].position);
    }
    if (matchedWeight === 0) return none;
    // "Number of referrals in the last 12 months" is not "attendances in the last 12 months": a
    // time frame alone says nothing of what is asked.
    if (p.stems.every((x) => TIME_WORDS.has(x) || /^\d/.test(x) || !prompt.some((t) => t.stem === x))) return none;
    // Nor does a group's age bound: "children under 18 who live with you" does not ask whether the patient is under 18,
    // nor does "the patient looks after any children under 18" (age-bounds.ts `namesAGroup`).
    if (qualifiers.size > 0 && [...used].every((k) => qualifiers.has(k))) return none;
    if (ageBound.size > 0 && !namesAGroup(p.stems) && [...used].some((k) => ageBound.has(k))) return none;
    // Nor do the attribute words: "Date and time of report" is not "date and time of incident" (slot-owner.ts).
    if (!carriedByContent(p.stems, prompt)) return none;
    if (missing > forgivenMissing(p)) return none;
    const recall = matchedWeight / phraseWeight;
    if (recall < this.settings.nearPhraseRecall) return none;

    let precision = this.explainedShare(prompt, used, qualifiers, p.stems.includes(NEGATION), listed);
    if (p.stems.length === 1 && precision < this.settings.singleWordPrecision) return none;
    const inOrder = positions.every((x, k) => k === 0 || x > positions[k - 1]);
    // Close together: no further apart than the phrase's own words are written, give or take one
    // ("informed she will be seen on her own" inside a longer question is written whole).
    const compact = positions.length > 1 && Math.max(...positions) - Math.min(...positions) <= Math.max(positions.length, p.span) + 1;
    // A long phrase written whole in a long question is what the question asks, whatever else it says.
    if (missing === 0 && inOrder && compact && p.stems.length >= this.settings.wholePhraseWords) precision = Math.max(precision, this.settings.wholePhrasePrecision);
    const w = this.settings.precisionWeight;
    const bonus = inOrder && compact ? 0.08 : 0;
    return { score: recall * (1 - w + w * precision) + bonus, positions, recall, bonus, used };
  }

  /** The share of a prompt's weight that the words at `used` explain. */
  private explainedShare(prompt: Token[], used: ReadonlySet<number>, qualifiers: ReadonlySet<number>, negationAsked: boolean, listed: ListedItems): number {
    let promptWeight = 0;
    let explained = 0;
    const beside = listed.length > 0 ? itemsBeside(listed, new Set([...used].map((k) => prompt[k].position))) : undefined;
    prompt.forEach((t, k) => {
      if (t.stem === NEGATION && !negationAsked) return; // negation never counts against a match
      // The subject's name, a group's age bound and the things listed beside the one matched, left unmatched, say little against a phrase.
      const w = this.weight(t.stem) * (used.has(k) ? 1 : namesSubject(prompt, k) || qualifiers.has(k) ? this.settings.subjectWeight : beside?.has(t.position) ? BESIDE_WEIGHT : 1);
      promptWeight += w;
      if (used.has(k)) explained += w;
    });
    return promptWeight ? explained / promptWeight : 0;
  }
}

interface ScoredPhrase {
  score: number;
  /** The prompt's word positions the phrase matched. */
  positions: number[];
  /** The share of the phrase's weight found in the prompt, and the bonus for finding it written together. */
  recall: number;
  bonus: number;
  /** The prompt's token indexes the phrase matched. */
  used: Set<number>;
}

/** A phrase that names what it asks first and then whose it is: "health of mother and father". */
const HEAD_OF = /^[a-z'-]+ of /;

/** How many of a phrase's words a prompt may lack: short phrases must be matched whole; longer ones may miss one word (near-phrase). */
function forgivenMissing(p: Phrase): number {
  return p.stems.length <= 2 || p.short ? 0 : 1;
}

/**
 * Whether `scorePhrase` could match the phrase at all in a prompt with these stems: a word of the
 * phrase the prompt lacks is missing whatever else matches, a missing attribute refuses the
 * phrase, and a short phrase may miss none of its words, a longer one only one. Exact: it refuses
 * only phrases `scorePhrase` scores 0.
 */
function mayBeMatched(p: Phrase, promptStems: ReadonlySet<string>): boolean {
  const forgiven = forgivenMissing(p);
  let missing = 0;
  for (let i = 0; i < p.stems.length; i++) {
    const s = p.stems[i];
    if (promptStems.has(s)) continue;
    if (ATTRIBUTES.has(s) || ++missing > forgiven) return false;
  }
  return true;
}

/** Two sets as one (either alone, unchanged, when the other is empty: the usual case). */
function unionOf<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): ReadonlySet<T> {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  return new Set([...a, ...b]);
}

