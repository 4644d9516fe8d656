/**
 * The two features other modules compute: formatting (`language/format`) and quick fixes
 * (`fixes/`), plugged into the service's interfaces in one place.
 */
import { fixesFor as computeFixes } from "../fixes/index";
import { formatDocument, formatRange } from "../language/format/index";
import type { FixProvider } from "../service/code-actions";
import type { Formatter } from "../service/formatting";

export const formatter: Formatter = { formatDocument, formatRange };
export const fixesFor: FixProvider = (doc, diagnostic, index) => computeFixes(doc, diagnostic, index);
