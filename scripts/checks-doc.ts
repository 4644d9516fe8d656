/**
 * docs/checks.md: the built-in checks, rendered from their metadata (rules/builtin/metadata.ts)
 * so the page never drifts from what `formguard rules`, SARIF and the editor say.
 * test/rules/metadata.test.ts compares it with the committed page (`-u` rewrites it).
 */
import { BUILTIN_CHECKS, OTHER_BUILTIN_IDS } from "../rules/builtin/registry";
import { builtinRule } from "../rules/builtin/metadata";

const FIXABLE = { fix: "`formguard lint --fix` applies a fix; the editor offers it as preferred.", suggestion: "The editor offers a fix; `--fix` leaves it to the author." } as const;

export function renderChecksDoc(): string {
  const out = [
    "<!-- Generated from rules/builtin/metadata.ts by test/rules/metadata.test.ts. Do not edit by hand. -->",
    "# Built-in checks",
    "",
    "Always on, whatever packs are loaded. Each id can be set to `off`, `info`, `warning` or `error` in",
    "`formguard.config.json` `rules`, with `formguard lint --rule ID=LEVEL`, or in the editor's",
    "`formguard.rules` setting. Pack rules are described in [rules/](rules/README.md).",
    "",
  ];
  const groups: Array<[string, string[]]> = [["Parsing and waivers", OTHER_BUILTIN_IDS], ...BUILTIN_CHECKS.map((c): [string, string[]] => [c.description, c.ids])];
  for (const [title, ids] of groups) {
    out.push(`## ${title}`, "");
    for (const id of ids) {
      const meta = builtinRule(id);
      if (!meta) continue;
      out.push(`<a id="${id}"></a>`, `### \`${id}\` (${meta.level})`, "", meta.description);
      if (meta.fixable) out.push("", FIXABLE[meta.fixable]);
      out.push("");
    }
  }
  return out.join("\n");
}
