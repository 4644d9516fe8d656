/**
 * zod for the files every lint may read (configuration, baseline, cache): its functional API
 * (`zod/mini`), with its messages in English. zod's chained API attaches dozens of methods to
 * every schema it makes and sets up its whole surface when it loads; building the configuration's
 * schema with it took 3.7 ms of a fresh process, against 1.3–2.0 ms. The functional API leaves
 * the messages' language to its user: without English every message read "Invalid input".
 * The FHIR and report schemas still use the chained API; FHIR's module is loaded by every lint
 * (a lint reads Questionnaires too), so the chained API still loads with it, at about 1 ms.
 */
import * as z from "zod/mini";

z.config(z.locales.en());

export { z };
