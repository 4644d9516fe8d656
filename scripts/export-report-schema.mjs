// Writes docs/report.schema.json from the zod schema in report/schema.ts.
// Run: npm run schemas. A test (test/report/model.test.ts) fails when the committed file is out of date.
import * as esbuild from "esbuild";
import { writeFileSync } from "node:fs";

const result = await esbuild.build({
  entryPoints: ["report/schema.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  write: false,
  logLevel: "warning",
});
const mod = { exports: {} };
new Function("module", "exports", "require", result.outputFiles[0].text)(mod, mod.exports, (await import("node:module")).createRequire(import.meta.url));
writeFileSync("docs/report.schema.json", mod.exports.reportJsonSchemaText());
console.log("wrote docs/report.schema.json");
