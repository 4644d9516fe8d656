/**
 * Diagnostics for formguard.config.json, checked with the CLI's own schema: the editor says
 * exactly what `formguard lint` would refuse, on the offending key or value.
 */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import { checkConfigText, type Config } from "../cli/config";
import { LineIndex } from "../language/line-index";
import { nearest } from "../language/suggest";
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
  const diagnostics: LspDiagnostic[] = [];
  for (const key of Object.keys(r.config.rules ?? {})) {
    if (knownRules.has(key)) continue;
    const s = nearest(key, knownRules);
    diagnostics.push({
      range: lines.range(locateJsonPath(text, ["rules"], key)),
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: "invalid-config",
      message: `No rule \`${key}\`${s ? `: did you mean \`${s}\`?` : " (run `formguard rules` to list them)."}`,
    });
  }
  if (r.config.rules?.syntax === "off") {
    diagnostics.push({
      range: lines.range(locateJsonPath(text, ["rules", "syntax"])),
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: "invalid-config",
      message: "Syntax errors cannot be turned off.",
    });
  }
  return { config: r.config, diagnostics };
}
