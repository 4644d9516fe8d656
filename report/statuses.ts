/**
 * The words a report's matrix cells and its verdict may hold. Apart from report/schema.ts so that
 * the renderers (and so every `formguard` run) can use them without loading zod's chained API,
 * which only the schema's own users (its export and the tests) need: importing the schema module
 * put that API into the CLI's bundle (0.12 MB of its 1.6 MB, all of it run as the bundle loaded).
 */
export const CELL_STATUSES = ["met", "partly-met", "missing", "waived", "not-applicable", "not-checkable", "no-forms"] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

/** The kind column of forms that name no service. */
export const NO_SERVICE = "(none)";

export const VERDICTS = ["compliant", "non-compliant", "incomplete"] as const;
export type VerdictStatus = (typeof VERDICTS)[number];
