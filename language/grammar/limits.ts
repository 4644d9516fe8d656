/**
 * How deep text may nest. Real forms nest a handful of levels; deeper text is refused with one
 * syntax error instead of being parsed, so no stage (parser, checks, formatter) recurses
 * without a bound: around a thousand levels used to overflow the stack.
 */

/** Blocks (`{`) open at once, and `(` / `not` open at once in one condition or selector. */
export const MAX_NESTING = 100;
