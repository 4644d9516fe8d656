/**
 * zod for the files a lint reads (the configuration, a baseline, the lint cache, FHIR
 * Questionnaires): its functional API (`zod/mini`), with its messages in English. zod's chained
 * API attaches dozens of methods to every schema it makes and sets up its whole surface when it
 * loads; building the configuration's schema with it took 3.7 ms of a fresh process, against
 * 1.3–2.0 ms. The functional API leaves the messages' language to its user: without English every
 * message read "Invalid input". (The report's schema, loaded only by `formguard report`, uses the
 * chained API.) Here, the lowest layer, so that fhir/ may use it too.
 */
import * as z from "zod/mini";

z.config(z.locales.en());

export { z };
