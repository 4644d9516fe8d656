/**
 * Plain verbs a form uses where the packs' phrases use another word for the same act: "take part" is
 * contribute, "look again at" is reassess, "does not come to" is not attend, "has to be" is needs to
 * be. Each reading is applied to the prompts' texts and the packs' phrases alike (readings.ts runs
 * them with the others, in its order), so a phrase written either way still matches itself.
 */

/**
 * Whom or what was discussed, between "discussed" and with whom: "Have you discussed this child with
 * the trust safeguarding team?" asks what "discussed with safeguarding team" asks.
 */
export function readDiscussedWith(text: string): string {
  if (!text.includes("discuss")) return text;
  return text.replace(/\b(discuss(?:ed)?)\s+(?:(?:this|the|that)\s+(?:child|young\s+person|baby|case|family|concern|referral)|them|him|her|it)\s+(?=with\b)/g, "$1 ");
}

/**
 * Looking at something again is reassessing it: "What would make you look again at the risk to the
 * children?", "… would mean the risk to the children must be looked at again" ask what would
 * trigger a reassessment of the risk.
 */
export function readLookAgain(text: string): string {
  if (!text.includes(" again")) return text;
  return text.replace(/\blook(?:s|ed|ing)?\s+again\s+at\b/g, "reassess").replace(/\bbe\s+looked\s+at\s+again\b/g, "be reassessed");
}

/**
 * A phrasal verb split by its object is the verb: "who will follow them up" follows up, as do "who
 * will make sure they are followed up" and "who will carry on with them"; and "once"
 * someone leaves care is after it: "… once you leave care" asks what "after leaving care" asks.
 */
/**
 * Doing an assessment again is updating it: "Re-do this risk assessment before the review date
 * if" asks when the risk assessment is to be updated.
 */
export function readRedo(text: string): string {
  return /\b(?:re-?do|repeat|revise|revisit)\b/.test(text) ? text.replace(/\b(?:re-?do|repeat|revise|revisit)\s+(?=(?:this|the)\s+(?:risk\s+)?assessment\b)/g, "update ") : text;
}

/**
 * How someone is related to (or knows) the child is their relationship to the child: "Specify how
 * this adult is related to or knows the child", "How is this adult related to the child?".
 */
export function readRelatedTo(text: string): string {
  return text.includes("related to") ? text.replace(/\bhow\s+(?:is\s+)?((?:this|the|that)\s+[a-z]+)\s+(?:is\s+)?related\s+to(?:\s+or\s+knows?)?\b/g, "$1 relationship to") : text;
}

/**
 * Which team, service or professional will do something is who will: "Which team will check that
 * these actions have been done?" asks who will check them.
 */
export function readWhichOneWill(text: string): string {
  return text.includes("which") ? text.replace(/\bwhich\s+(?:team|service|professional|person|worker|practitioner|agency)\s+will\b/g, "who will") : text;
}

/**
 * Talking about, or showing signs of, wanting to hurt oneself (or to end one's life, or to run
 * away) asks whether they might:
 * "Has your child ever talked about or shown signs of wanting to hurt themselves?" asks what "has
 * your child ever hurt themselves" asks, a trigger question, and is read so.
 */
const WANTING_TO_HARM = /\b(?:(?:talked|spoken|spoke|talks|speaks)\s+about\s+(?:or\s+(?:shown|showed|shows)\s+(?:any\s+)?signs\s+of\s+)?|(?:shown|showed|shows)\s+(?:any\s+)?signs\s+of\s+)wanting\s+to\s+(?=(?:hurt|harm|kill|end|die|cut|run\s+away|go\s+missing)\b)/g;
export function readWantingTo(text: string): string {
  return text.includes("wanting to") ? text.replace(WANTING_TO_HARM, "") : text;
}

export function readFollowThemUp(text: string): string {
  if (text.includes("follow")) {
    text = text.replace(/\b(follow(?:s|ed|ing)?)\s+(?:them|it|these|those|this|him|her)\s+up\b/g, "$1 up");
    // "Which professional will make sure those health needs are followed up": who will follow them up.
    text = text.replace(/\bwho\s+will\s+make\s+sure\s+(?:that\s+)?((?:[a-z']+\s+){1,5}?)(?:are|is)\s+followed\s+up\b/g, "who will follow up $1").trimEnd();
  }
  // "Who will carry on with any health needs …": carrying on with needs is following them up; so
  // is picking them up ("which service will pick up the outstanding health needs?").
  if (text.includes("carry on")) text = text.replace(/\bcarry\s+on\s+with\b/g, "follow up");
  if (text.includes("pick")) text = text.replace(/\bpick(?:s|ed|ing)?\s+up\s+(?=(?:the|any|their|your|his|her|these|those|outstanding|remaining|unmet|open)\s+(?:[a-z]+\s+)?(?:health\s+)?(?:needs|actions|care)\b)/g, "follow up ");
  return text.includes("once") ? text.replace(/\bonce\s+(?=(?:you|they|i|he|she|the\s+[a-z]+)\s+(?:leave|leaves|left)\b)/g, "after ") : text;
}

/**
 * Not coming to an appointment is not attending it: "If the young person does not come to their
 * follow-up appointment" asks what "… does not attend" asks.
 */
export function readNotComing(text: string): string {
  return text.includes(" come") || text.includes(" turn") || text.includes(" show") ? text.replace(/\b(do|does|did)\s+(not|n't)\s+(?:come|turn\s+up|show\s+up)\s+(?=(?:to|for)\b)/g, "$1 not attend ") : text;
}

/**
 * Coming to the unit is attending it (round 21, set AC): "Was there a delay between the injury and
 * coming to the MIU?" asks the delay before attendance, "Reason for coming to the department today"
 * the reason for attending. Only coming to a place of care: "coming to terms", "came to live with".
 */
export function readComingTo(text: string): string {
  return text.includes("com") ? text.replace(/\b(?:coming|came|come)\s+(?:in\s+)?(?:to|into)\s+(?:the\s+)?(?:miu|ed|a&e|ae|utc|emergency\s+department|department|hospital|unit|clinic|urgent\s+treatment\s+centre|walk-in\s+centre|minor\s+injur(?:y|ies)\s+unit)\b/g, "attending") : text;
}

/**
 * Whoever makes an entry in a record completes it: "Name of person making this entry", "Signature of
 * the person writing this record" and "Name of the person completing this summary" name the one
 * completing the form.
 */
export function readMakingThisEntry(text: string): string {
  if (text.includes("this entry") || text.includes("this record")) text = text.replace(/\b(?:making|writing|entering|adding)\s+this\s+(?:entry|record)\b/g, "completing this form");
  // So is writing it, or taking it down: "Report written by (name and role)", "Notes taken by".
  // And an entry made by someone (round 22, set AE: "Entry made by"; a referral made by someone is its referrer's),
  // or the record "Entered by" someone (round 37: "Entered by (name, role)"; not an option "Entered by
  // supervisee", which says who wrote a decision somewhere else).
  if (text.includes(" by")) text = text.replace(/^((?:this\s+)?(?:report|plan|notes?|record|summary|assessment|letter|minutes)\s+)(?:written|taken|prepared|compiled|recorded|authored)\s+by\b/, "$1completed by").replace(/^((?:this\s+)?entry\s+)(?:made|written|recorded)\s+by\b/, "$1completed by").replace(/^(?:data\s+)?entered\s+by(?=\s*(?:[:(]|$))/, "completed by");
  // So is completing the health assessment the form records (round 18, set W): "Name of
  // paediatrician completing IHA", "… completing the review health assessment", and round 37's "Clinician
  // completing RA", a risk assessment: no one completes rheumatoid arthritis (abbreviations are
  // spelt out only after the readings, so both spellings are read here).
  if (text.includes("completing")) text = text.replace(/\bcompleting\s+(?:the\s+|this\s+|an?\s+)?(?:(?:initial|review)\s+health\s+assessment|iha|rha|ra)\b/g, "completing this form");
  // Completing a summary, a report or a plan is completing the form it is: "the person completing this
  // summary"; so are updating it and writing it (round 20, set AA: "Name of practitioner updating this
  // section", "Name of liaison clinician writing this notification", "… completing this risk assessment").
  // Sending this notification, letter or report is completing it too (round 23, set AG: "Name of the
  // clinician sending this notification").
  // Filling it in (or out) is completing it, in plain words (round 24, set AI: "Name of the worker
  // filling in this form", "Name of the school nurse filling in this form").
  // So are filling it in the other way round and having written it (round 26, set AM: "Date you filled
  // this in", "Date you wrote this report", "Name of the person writing these notes").
  if (text.includes("filling") || text.includes("fills") || text.includes("filled")) text = text.replace(/\b(?:filling|fills|filled)\s+(?:in|out)\s+this\s+(?:form|record|assessment|plan|referral)\b/g, "completing this form").replace(/\b(?:filling|filled)\s+this\s+(?:form\s+)?(?:in|out)\b/g, "completing this form");
  if (text.includes("wrote") || text.includes("these notes")) text = text.replace(/\bwrote\s+this\s+(?:report|form|record|plan|assessment|referral|summary)\b/g, "completing this form").replace(/\b(?:writing|completing)\s+these\s+notes\b/g, "completing this form");
  return text.includes("this ") ? text.replace(/\b(?:completing|updating|writing)\s+this\s+(?:risk\s+assessment|summary|report|plan|assessment|record|review|letter|note|notification|section)\b/g, "completing this form").replace(/\bsending\s+this\s+(?:notification|letter|report)\b/g, "completing this form") : text;
}

/**
 * Who took, received or screened a referral is the one it was made to, not the one who made it:
 * "Referral taken by", "Referral received by (name and team)" name the duty worker of the service
 * receiving it, and read as the referrer's details they would silence a referral form's missing
 * referrer. Read as the receiving worker, which no concept asks. "Referral made by" keeps its meaning.
 */
export function readReferralReceivedBy(text: string): string {
  return text.includes("referral") && text.includes(" by") ? text.replace(/\breferrals?\s+(?:was\s+|were\s+)?(?:taken|received|triaged|screened|logged|accepted|processed)\s+by\b/g, "receiving worker") : text;
}

/**
 * Where a client was referred from is who referred them: "Referred from:", "Refered From" and a
 * label that is only "Referral from" name the referrer, as "referred by" does (round 32's sweeps,
 * four forms, three of them spelt "Refered" or "Reffered"; the fourth, "Client Referred From", is
 * read so too but its "Client" still keeps it under the bar). "From" is a stop word, so left
 * alone "Referred from" kept only "referred", which no phrase answers alone; and the phrase
 * "referred from" could not be written, since it would read every "Referral" as the referrer.
 * "Referral from X to Y" (where a referral went) keeps its words.
 */
export function readReferredFrom(text: string): string {
  if (!text.includes(" from")) return text;
  return text.replace(/\bre(?:f|ff)er(?:r)?ed\s+from\b/g, "referred by").replace(/^(\s*(?:client\s+|patient\s+)?)referral\s+from\s*[:?.]?\s*$/, "$1referred by");
}

/**
 * To whom something was said does not change whose words they are: "What has the child or young
 * person said to the practice about their situation?" asks what the child said.
 */
export function readSaidTo(text: string): string {
  return text.includes(" to ") ? text.replace(/\b(said|say|says|saying)\s+to\s+(?:the\s+|their\s+|your\s+)?(?:practice|us|you|staff|nurse|gp|doctor|clinician|team|practitioner|professionals?)\b/g, "$1") : text;
}

/**
 * Taking part is contributing: "How did the practice take part?" asks how it contributed. So is
 * participating in a conference or meeting ("Participation in child protection conferences", "Did
 * the GP participate in the conference?"; round 18), but only there: the packs' "participation in
 * education" (their phrases pass through these readings too) is not a contribution.
 */
export function readTakePart(text: string): string {
  if (text.includes("participat")) text = text.replace(PARTICIPATING_IN_A_MEETING, (_, verb: string) => (verb === "participation" ? "contribution to " : "contribute to "));
  return text.includes(" part") ? text.replace(/\b(?:take|takes|took|taking|taken)\s+part\b/g, "contribute") : text;
}

/** "participation in", "participated at" a conference, meeting, core group or strategy discussion. */
const PARTICIPATING_IN_A_MEETING = /\b(participation|participat(?:e|es|ed|ing))\s+(?:in|at)\s+(?=(?:the\s+|a\s+|any\s+)?(?:initial\s+|review\s+)?(?:child\s+protection\s+|cp\s+|child\s+in\s+need\s+|cin\s+|case\s+)?(?:conferences?|meetings?|core\s+groups?|strategy\s+(?:meetings?|discussions?))\b)/g;

/** What has to be is what needs to be: "What has to be different for the child to be safe and well?". */
export function readHasTo(text: string): string {
  return text.includes(" to be") ? text.replace(/\b(?:has|have)\s+to\s+be\b/g, "needs to be") : text;
}
