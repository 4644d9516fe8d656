/**
 * Orders strings by their UTF-16 code units: the same order on every machine. `localeCompare`
 * depends on the machine's locale and loads ICU's collator on first use (7 ms of a one-form
 * run), and ids, paths and rule names have no linguistic order to respect.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
