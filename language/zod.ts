/**
 * zod for the files a lint reads (the configuration, a baseline, the lint cache, FHIR
 * Questionnaires): its functional API (`zod/mini`), with its messages in English. zod's chained
 * API attaches dozens of methods to every schema it makes and sets up its whole surface when it
 * loads; building the configuration's schema with it took 3.7 ms of a fresh process, against
 * 1.3–2.0 ms. The functional API leaves the messages' language to its user: without English every
 * message read "Invalid input". (The report's schema, loaded only by `formguard report`, uses the
 * chained API.) Here, the lowest layer, so that fhir/ may use it too.
 */
import { config } from "zod/mini";
// The English messages alone: `z.locales.en()` would take every language zod ships into the
// bundle with it (the namespace holds them all), about 0.3 MB the CLI loads and never runs.
import en from "zod/v4/locales/en.js";
import * as z from "./zod-api";

config(en());

export { z };

/**
 * What to say of a value outside a list (zod's `invalid_value`), as every file formguard reads
 * says it: the list, what was written, and the allowed value it most likely meant, if any.
 */
export function notOneOf(allowed: readonly unknown[], written: unknown, guess?: string): string {
  const shown = JSON.stringify(written)?.slice(0, 60) ?? String(written);
  return `expected one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, not ${shown}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ""}.`;
}
