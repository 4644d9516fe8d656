/**
 * Help text under a box of a word or two says what the box asks: "Children" with "Does the patient
 * have, live with or look after any children under 18?", "Significance" with "Do the number, timing
 * or reasons for earlier attendances give any cause for concern?". The recogniser reads these texts
 * as it reads a label (recogniser.ts `byHelpQuestion`).
 */
import { askingSentences, asksOnItsOwn, sentences } from "./normalise";

/** The questions a help text asks, each ending in a question mark. */
export function helpQuestions(help: string): string[] {
  const parts = sentences(help);
  return (parts.length > 0 ? parts : [help]).filter((q) => /\?\s*$/.test(q));
}

/**
 * What a help text under a short label may be read as: its questions and instructions, or the help
 * itself when it instructs, and after the label as a colon would join them; help that only lists
 * what to write ("Name and grade" under "Clinician") is read so alone: "Clinician: name and grade".
 */
export function helpReadings(label: string, help: string): string[] {
  const asking = askingSentences(help);
  const joined = `${label.replace(/[:?]\s*$/, "")}: ${help}`;
  return asking.length > 0 ? asking : asksOnItsOwn(help) ? [help, joined] : [joined];
}
