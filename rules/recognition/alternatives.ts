/**
 * One question asking several in a list: "Has anyone ever hit you, hurt you or made you feel
 * afraid?" asks "has anyone ever hit you", "… hurt you" and "… made you feel afraid". Read whole,
 * each alternative is only a part of it, and none scores as it would alone. Each alternative after
 * the first is given the first one's opening ("Has anyone ever"), so it can be read as the
 * question it is.
 *
 * Only a question with an opening of its own words ("has anyone", "have you ever been", "does your
 * partner") and alternatives of at most six words each ("live with any child under 18"), two to five of them.
 */
const OPENING_WORDS = new Set(["has", "have", "had", "did", "does", "do", "is", "are", "was", "were", "anyone", "anybody", "someone", "somebody", "you", "your", "partner", "ever", "been", "the", "client", "patient", "child", "in", "past", "last", "year", "12", "months", "a"]);

/** The alternatives of a question that lists them, each with the question's opening, or none. */
export function alternativesOf(question: string): string[] {
  if (!question.includes(",") || !/\bor\b/i.test(question)) return [];
  const parts = question.replace(/\?\s*$/, "").split(/\s*,\s*(?:or\s+)?|\s+or\s+/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return [];
  const first = parts[0].split(/\s+/);
  let n = 0;
  while (n < first.length - 1 && OPENING_WORDS.has(first[n].toLowerCase())) n++;
  if (n < 2) return [];
  const opening = first.slice(0, n).join(" ");
  if (parts.slice(1).some((p) => p.split(/\s+/).length > 6)) return [];
  return [parts[0], ...parts.slice(1).map((p) => `${opening} ${p}`)];
}

/**
 * A label joining two headings with a spaced slash, "Reason for referral / presenting difficulties":
 * each side is a label of its own, read alone. Only sides of two words or more, so "Parent / carer
 * name" and "Date / time" stay one label.
 */
export function slashedHeadings(label: string): string[] {
  if (!label.includes(" / ")) return [];
  const parts = label.split(/\s+\/\s+/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.split(/\s+/).length < 2)) return [];
  return parts;
}
