/**
 * Diagnostics for formguard.config.json, checked with the CLI's own schema: the editor says
 * exactly what `formguard lint` would refuse, on the offending key or value.
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import { checkConfigText, type Config } from "../project/config";
import { LineIndex } from "../language/line-index";
import { resolveSeverity } from "../rules/severity";
import { firstJsonError, locateJsonPath } from "./json-locate";
import { SOURCE } from "./diagnostics";

export interface ConfigCheck {
  /** The configuration when valid; undefined when the text must be refused. */
  config?: Config;
  diagnostics: LspDiagnostic[];
}

/** `knownRules`: every rule id a `rules` key may name (built-in and loaded packs). */
export function checkConfigDocument(text: string, knownRules: ReadonlySet<string>): ConfigCheck {
  const lines = new LineIndex(text);
  const r = checkConfigText(text);
  if (!r.ok) {
    const p = r.problem;
    const at = p.kind === "json" ? (p.offset ?? firstJsonError(text) ?? Math.max(0, text.length - 1)) : 0;
    const span = p.kind === "json" ? { start: at, end: Math.min(text.length, at + 1) } : locateJsonPath(text, p.path, p.unknownKey);
    const where = p.kind === "schema" ? `${["$", ...p.path.map((x) => (typeof x === "number" ? `[${x}]` : `.${x}`))].join("")}: ` : "";
    return {
      diagnostics: [
        {
          range: lines.range(span),
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          code: "invalid-config",
          message: `Invalid configuration: ${where}${p.message} The last valid configuration stays in use until this is fixed.`,
        },
      ],
    };
  }
  // The keys are judged exactly as `formguard lint` judges them (rules/severity.ts).
  const diagnostics: LspDiagnostic[] = resolveSeverity([r.config.rules], knownRules).problems.map((p) => ({
    range: lines.range(p.key === "syntax" ? locateJsonPath(text, ["rules", "syntax"]) : locateJsonPath(text, ["rules"], p.key)),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: "invalid-config",
    message: `\`${p.key}\`: ${p.message}.`,
  }));
  return { config: r.config, diagnostics };
}
