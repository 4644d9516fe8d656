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

/**
 * Help that only says when to keep the answer up to date ("Update whenever conference minutes or a
 * CIN review outcome are received", under "Current status") is about the record, not what is asked,
 * and is not read with the label (round 18, set W): "Update whenever …", "Review this when …",
 * "Amend if …".
 */
export function onlySaysWhenToUpdate(help: string): boolean {
  return WHEN_TO_UPDATE.test(help);
}
const WHEN_TO_UPDATE = /^\s*(?:please\s+)?(?:update|review|revise|amend|change|re-?check)\s+(?:this\s+|it\s+|the\s+status\s+)?(?:whenever|when|if|after|each\s+time|every\s+time|as\s+soon\s+as)\b/i;
