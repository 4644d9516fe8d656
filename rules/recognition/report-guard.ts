/**
 * The date of a report is not the date of what it reports: "Date of incident report", "Date
 * incident reported" and "Time of incident report" ask when the report was made, not when the
 * injury or incident happened. A prompt that dates or times the reporting of an event is answered
 * only by a phrase that speaks of a report too. A report's own completion ("Date report completed")
 * is the form's, and keeps its words.
 */
const DATES_A_REPORT = /\b(?:date|time|when)\b[^.?]*\b(?:(?:incident|accident|assault|injury|event)\s+report|reported)\b|\breported\s+(?:date|time|on)\b/i;
const NAMES_A_REPORT = /\breport/i;

/** Whether a prompt asks when a report was made ("Date incident reported"). */
export function datesAReport(prompt: string): boolean {
  return prompt.includes("report") || prompt.includes("Report") || prompt.includes("REPORT") ? DATES_A_REPORT.test(prompt) : false;
}

/** Whether a phrase speaks of a report, and so may answer such a prompt. */
export function namesAReport(phrase: string): boolean {
  return NAMES_A_REPORT.test(phrase);
}
