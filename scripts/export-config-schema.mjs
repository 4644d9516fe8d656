// Writes docs/formguard.config.schema.json from the zod schema in cli/config.ts.
// Run: npm run schemas. A test fails when the committed file is out of date.
import * as esbuild from "esbuild";
import { writeFileSync } from "node:fs";

const result = await esbuild.build({
  entryPoints: ["cli/config-schema.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  write: false,
  logLevel: "warning",
});
const mod = { exports: {} };
new Function("module", "exports", "require", result.outputFiles[0].text)(mod, mod.exports, (await import("node:module")).createRequire(import.meta.url));
writeFileSync("docs/formguard.config.schema.json", mod.exports.configJsonSchemaText());
console.log("wrote docs/formguard.config.schema.json");
