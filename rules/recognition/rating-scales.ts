/**
 * A part of a label that only names a rating scale ("red, amber or green rating", "RAG", "Low /
 * Medium / High") rates whatever the part before it names: "Client's risk of overdose - red, amber
 * or green rating" rates the risk of overdose. Read alone it was every red/amber/green rating, the
 * adult form's rating of the risk to the children among them.
 */
const SCALE_WORDS = new Set(["red", "amber", "green", "rag", "rating", "rated", "rate", "or", "and", "low", "medium", "moderate", "high", "level", "score", "scale"]);
const SCALE_NAMES = new Set(["red", "amber", "green", "rag", "low", "medium", "high"]);

/** Whether `text` names only a rating scale, with at least one of its grades or its name. */
export function namesOnlyARatingScale(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SCALE_WORDS.has(w)) && words.some((w) => SCALE_NAMES.has(w));
}
