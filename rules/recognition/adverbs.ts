/**
 * An adverb is the adjective it is made from: "Do you exercise regularly?" asks about regular
 * exercise, "Are you currently employed?" about current employment. The packs write the
 * adjective; a question needs the adverb. Only adverbs built on an adjective's own ending (-al,
 * -ar, -ent, -ant, -ous, -ive, -ful) with at least three letters before it, so that a noun ending
 * in -ly ("family", "bully", "rally", "supply") is never cut.
 */
const ADVERB = /^([a-z]{3,}(?:al|ar|ent|ant|ous|ive|ful))ly$/;

export function adjectiveOf(word: string): string {
  const m = ADVERB.exec(word);
  return m ? m[1] : word;
}
