/**
 * formguard's version, for reports and SARIF. The bundle defines FORMGUARD_VERSION (esbuild.mjs);
 * tests run the sources, where package.json says it.
 */
import { version as packageVersion } from "../package.json";

declare const FORMGUARD_VERSION: string;

export const FORMGUARD_VERSION_STRING: string = typeof FORMGUARD_VERSION === "string" ? FORMGUARD_VERSION : packageVersion;
