// Writes the JSON Schemas under docs/ from the zod schemas they describe, so they never drift:
//   docs/formguard.config.schema.json  ← project/config-schema.ts
//   docs/report.schema.json            ← report/schema.ts
// Run: npm run schemas. Tests fail when a committed file is out of date.
import * as esbuild from "esbuild";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const SCHEMAS = [
  { source: "project/config-schema.ts", exported: "configJsonSchemaText", output: "docs/formguard.config.schema.json" },
  { source: "report/schema.ts", exported: "reportJsonSchemaText", output: "docs/report.schema.json" },
];

const require = createRequire(import.meta.url);
for (const { source, exported, output } of SCHEMAS) {
  const result = await esbuild.build({ entryPoints: [source], bundle: true, platform: "node", format: "cjs", write: false, logLevel: "warning" });
  const mod = { exports: {} };
  new Function("module", "exports", "require", result.outputFiles[0].text)(mod, mod.exports, require);
  writeFileSync(output, mod.exports[exported]());
  console.log(`wrote ${output}`);
}
