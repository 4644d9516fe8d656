/**
 * "During pregnancy", "since you became pregnant", "while pregnant" date a question on a maternity
 * form as "in the last 12 months" dates one elsewhere: "Since you became pregnant, have you been
 * hit…?" asks the domestic abuse enquiry, "Do you drink alcohol during pregnancy?" about alcohol use.
 * Read so, the frame's words no longer weigh against what is asked.
 *
 * Except for the woman's own mood and mental health, where the time is the concept: depression
 * during pregnancy is antenatal depression, the perinatal screen's, not the general mood questions'.
 * There the frame is read as "antenatal".
 *
 * Not "in pregnancy": the packs' phrases say it where the time is what they ask ("maternal health in
 * pregnancy", a parent's health history; "asked again later in pregnancy", the repeat enquiry), and
 * readings apply to phrases as to prompts.
 */
const FRAME = /\b(?:during\s+(?:this\s+|your\s+|her\s+|the\s+)?pregnancy|since\s+(?:you've\s+been|(?:you|she)\s+(?:became|have\s+been|has\s+been|got|were|was))\s+pregnant|while\s+(?:(?:you\s+(?:are|were)|she\s+(?:is|was))\s+)?pregnant|before\s+(?:you|she)\s+knew\s+(?:you|she)\s+(?:were|was)\s+pregnant)\b/g;
const OWN_MOOD = /\b(?:depress\w*|anxi\w*|mood|mental|psychosis|wellbeing|well-being)\b/;

/** `text` (lower case) with a pregnancy time frame read off, or read as "antenatal" beside the woman's mood. */
export function readPregnancyFrame(text: string): string {
  if (!text.includes("pregnan")) return text;
  return text.replace(FRAME, OWN_MOOD.test(text) ? " antenatal " : " ");
}
