/**
 * The same characters in a string that refers to no other string. V8 may represent a substring
 * (a token's image, a label) as a view into its parent, the whole document's text; a substring
 * kept in a long-lived table then keeps that whole text alive. A JSON round trip always builds a
 * new string, and is exact for every string (a lone surrogate is written as an escape and read
 * back as itself).
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
