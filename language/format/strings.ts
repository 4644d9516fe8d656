/** String literals in their one canonical spelling (language/strings.ts knows the escapes). */

import { quoteString, unquoteString } from "../strings";

export { quoteString, unquoteString };

/** A literal re-spelt canonically (what `formguard fmt` prints for every string). */
export function canonicalString(literal: string): string {
  return quoteString(unquoteString(literal));
}
