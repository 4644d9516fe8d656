/**
 * Telling someone is not hearing from them, nor their attending. "Health visitor informed" and
 * "Copy to health visitor" say that the health visitor was told, not that one attended a meeting;
 * "Information shared with GP" and "Letter sent to GP" say what went to the GP, not what came from
 * the GP ("Information from GP", "Summary requested from GP"). The little words that carry the
 * direction ("to", "with", "from") are stop words, so the direction is read here: a prompt that
 * tells someone matches only a phrase that names telling (informed, notified, told, shared, sent,
 * copy), and never one that names receiving (from, requested, received).
 *
 * "Informed consent" is consent, not a notice.
 */
const TELLS = /\b(?:shared\s+with|sent\s+to|copied\s+to|copy\s+(?:to|sent)|informed(?!\s+consent)|notified|told)\b/i;
const NAMES_TELLING = /\b(?:informed|inform|informing|notif\w*|told|tell|shar\w*|sen[dt]\w*|cop(?:y|ied)|cc)\b/i;
const NAMES_RECEIVING = /\b(?:from|requested|received|obtained)\b/i;

/** Whether a prompt records that someone was told or sent something. */
export function tellsSomeone(text: string): boolean {
  return TELLS.test(text);
}

/** Whether a phrase may answer such a prompt: it names telling, and not receiving. */
export function namesTelling(phrase: string): boolean {
  return NAMES_TELLING.test(phrase) && !NAMES_RECEIVING.test(phrase);
}
