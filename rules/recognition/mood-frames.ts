/**
 * Mood and anxiety screens ask how the person *felt*, not about "mood": "During the last 30 days,
 * about how often did you feel hopeless?" (K10), "In the past 7 days: I felt fearful" (PROMIS),
 * "Do you often feel stressed, anxious or sad?". Each asks what the packs' phrases call low mood
 * or anxiety; read so, the words they use are there.
 *
 * Only a feeling word (feel, felt, feeling) followed closely by a word that names a low or anxious
 * mood: "feel tired" (a sleep item, about no concept), "feel safe" (a domestic-abuse or home
 * question), "feel close to" (social contact), "feel able to", "feel listened to" and "feel
 * comfortable speaking" keep their words. "Scared", "afraid" and "frightened" *of* someone, and a
 * feeling someone *made* you feel ("Has anyone made you feel afraid?"), are fear of a person, which
 * the domestic-abuse phrases read, so they are left as written.
 */
import { straightQuotes } from "./straight-quotes";

const MOOD = String.raw`(?:nervous|anxious|worried|sad|depressed|hopeless|worthless|fearful|panicky|miserable|uneasy|stressed|overwhelmed|unhappy|tearful|down|low(?!\s+(?:in|on)\s+energy)|without\s+hope|on\s+edge|(?:scared|afraid|frightened)(?!\s+of\b))`;
/** "feel", "felt", "feeling", with at most three words between it and the mood ("feel so sad", "felt that you were worthless"). */
const FEELING_MOOD = new RegExp(String.raw`(?<!\b(?:make|makes|made|making)\s+(?:you|her|him|them|me)\s+)\b(?:feel|feels|felt|feeling)\s+(?:(?:so|very|really|more|often|quite|that|you|were|was|i|am|too|a\s+bit|a\s+little)\s+){0,3}(${MOOD})\b`, "g");

/** `text` (lower case) with a feeling of low or anxious mood read as "low mood", the feeling kept ("felt hopeless" is "low mood hopeless"). */
export function readMoodFeeling(text: string): string {
  if (!text.includes("feel") && !text.includes("felt")) return text;
  return text.replace(FEELING_MOOD, "low or anxious mood $1");
}

/**
 * How a young person has been feeling, asked of them, is their emotional wellbeing: "How have you
 * been feeling lately?", "How are you feeling in yourself at the moment?", "My feelings and
 * worries: how I'm feeling and who helps me". Only on a form about a child or young person
 * (young-persons-questions.ts asks): on an adult's form "How are you feeling today?" is as often a symptom.
 */
const HOW_THEY_FEEL = /^(?:how\s+(?:are|have)\s+you\s+(?:been\s+)?feeling\b|how\s+do\s+you\s+feel\s+(?:in|about)\s+yourself\b|(?:my\s+)?feelings(?:\s+and\s+worries)?\s*:\s*how\s+i(?:'m|\s+am)\s+feeling\b)/i;

/** Whether a label asks someone how they have been feeling. */
export function asksHowTheyFeel(label: string): boolean {
  return HOW_THEY_FEEL.test(straightQuotes(label).trim());
}

/** How the packs word a young person's emotional wellbeing, read to find its concept. */
export const EMOTIONAL_WELLBEING = "emotional wellbeing";
