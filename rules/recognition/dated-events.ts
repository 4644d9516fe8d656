/**
 * The date of one event is not the date of another it names. "Date of incident report", "Date
 * incident reported" and "Time of incident report" ask when the report was made, not when the
 * injury or incident happened; "Date IHA request received from CSC", "Date the IHA request was
 * received by the health team" and "Date assessment requested" ask when the request came, not when
 * the assessment took place. A prompt that dates or times such an event is answered only by a
 * phrase that speaks of that event too ("GP summary requested", "date referral received", "date of
 * report"). A report's own completion ("Date report completed") is the form's, and keeps its words.
 * Likewise "Date the investigation was completed", "Date training completed" and "Course completion
 * date" date the completion of something other than the form; "Date completed", "Date form completed"
 * and "Date assessment completed" are the form's own.
 *
 * A report and a request are guarded the same way: what dates the event in a prompt, and what names it
 * in a phrase. A completion is read differently (`datesAnotherCompletion`, below): every form dates its
 * own completion, so what decides is the thing the prompt says was completed.
 */
interface DatedEvent {
  /** A word the prompt must hold before the expression is tried (most labels hold none). */
  cue: RegExp;
  dates: RegExp;
  names: RegExp;
}

const REPORT: DatedEvent = {
  cue: /report/i,
  dates: /\b(?:date|time|when)\b[^.?]*\b(?:(?:incident|accident|assault|injury|event)\s+report|reported)\b|\breported\s+(?:date|time|on)\b/i,
  names: /\breport/i,
};

const REQUEST: DatedEvent = {
  cue: /request|received/i,
  dates: /\b(?:date|time|when)\b[^.?]*\b(?:request(?:s|ed)?|received)\b/i,
  names: /\b(?:request|receiv|referr)/i,
};

function dates(event: DatedEvent, prompt: string): boolean {
  return event.cue.test(prompt) && event.dates.test(prompt);
}

/** Whether a prompt asks when a report was made ("Date incident reported"). */
export function datesAReport(prompt: string): boolean {
  return dates(REPORT, prompt);
}

/** Whether a phrase speaks of a report, and so may answer such a prompt. */
export function namesAReport(phrase: string): boolean {
  return REPORT.names.test(phrase);
}

/** Whether a prompt asks when a request was made or received ("Date IHA request received"). */
export function datesARequest(prompt: string): boolean {
  return dates(REQUEST, prompt);
}

/** Whether a phrase speaks of a request, a receipt or a referral, and so may answer such a prompt. */
export function namesARequest(phrase: string): boolean {
  return REQUEST.names.test(phrase);
}

/** What a form calls itself, or the record it is, when it dates its own completion ("Date initial health assessment completed"). */
const THE_FORM = new Set(["form", "forms", "minutes", "summary", "letter", "notification", "log", "sheet", "chart", "pathway", "profile", "meeting", "visit", "consultation", "contact", "case", "assessment", "questionnaire", "record", "entry", "document", "template", "checklist", "report", "review", "referral", "plan", "survey", "screening", "tool", "section", "page", "application", "note", "notes", "proforma", "booking", "initial", "health", "care", "time"]);
/** Words between the date and "completed" that name no thing ("Date the form was completed", "Date and time completed"). */
const NO_THING = new Set(["this", "the", "a", "was", "were", "been", "has", "have", "and", "by", "of"]);
/** "Date X (was) completed", "Date of completion of X", "X completion date": X is what was completed. */
const COMPLETED_THING = [
  /\b(?:date|when)\s+((?:[a-z'-]+\s+){1,4}?)(?:was\s+|were\s+|has\s+been\s+)?completed\b/,
  /\bdate\s+of\s+completion\s+of\s+([a-z' -]+)/,
  /\b((?:[a-z'-]+\s+){1,2})completion\s+date\b/,
];

/**
 * Whether a prompt dates the completion of something that is not the form ("Date the investigation
 * was completed", "Date training completed"): the thing completed names a word a form does not call
 * itself.
 */
export function datesAnotherCompletion(prompt: string): boolean {
  const text = prompt.toLowerCase();
  if (!text.includes("complet")) return false;
  for (const re of COMPLETED_THING) {
    const thing = re.exec(text)?.[1];
    if (thing && thing.split(/\s+/).some((w) => w && !THE_FORM.has(w) && !NO_THING.has(w))) return true;
  }
  return false;
}

/**
 * Whether a phrase may answer such a prompt: any phrase but one dating the form's own completion or
 * signing ("date completed", "date form completed"); "date action completed" dates another's too.
 */
export function mayDateAnotherCompletion(phrase: string): boolean {
  return !/\b(?:complet|sign)/i.test(phrase) || datesAnotherCompletion(phrase);
}
