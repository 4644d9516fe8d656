/**
 * Damerau–Levenshtein distance (optimal string alignment: a swapped pair of letters counts as one
 * edit), giving up once it must exceed `limit` (then it returns limit + 1). The one distance the
 * project uses: "did you mean …?" for unknown ids (suggest.ts) and the recogniser's reading of
 * misspelt words (`Recogniser` `mapTokens`), which runs for every unknown word against every pack
 * word of a similar length.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const cols = b.length + 1;
  // Three rows (the one before last is needed for transpositions), reused across calls.
  if (rowBuffer.length < cols * 3) rowBuffer = new Int32Array(cols * 3 * 2);
  let prev2 = 0;
  let prev = cols;
  let cur = 2 * cols;
  for (let j = 0; j < cols; j++) rowBuffer[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowBuffer[cur] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rowBuffer[prev + j] + 1, rowBuffer[cur + j - 1] + 1, rowBuffer[prev + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rowBuffer[prev2 + j - 2] + 1);
      rowBuffer[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return rowBuffer[prev + b.length];
}
let rowBuffer = new Int32Array(96);
