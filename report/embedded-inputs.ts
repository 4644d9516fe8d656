/** The id of the HTML report's inert JSON block holding what `formguard report --verify` compares. */
export const EMBEDDED_INPUTS_ID = "formguard-inputs";
