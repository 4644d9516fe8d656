/** A text with typographers' quotes and backticks as plain apostrophes ("child’s" is "child's"), as labels are compared. */
export function straightQuotes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}
