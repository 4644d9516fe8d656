/**
 * The date of one event is not the date of another it names. "Date of incident report", "Date
 * incident reported" and "Time of incident report" ask when the report was made, not when the
 * injury or incident happened; "Date IHA request received from CSC", "Date the IHA request was
 * received by the health team" and "Date assessment requested" ask when the request came, not when
 * the assessment took place. A prompt that dates or times such an event is answered only by a
 * phrase that speaks of that event too ("GP summary requested", "date referral received", "date of
 * report"). A report's own completion ("Date report completed") is the form's, and keeps its words.
 *
 * One guard per event, made the same way: what dates the event in a prompt, and what names it in a phrase.
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
