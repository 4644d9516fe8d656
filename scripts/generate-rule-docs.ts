/**
 * `npm run docs:rules`: regenerates docs/rules/ (one page per rule and README.md, the index)
 * from the shipped rule packs. Run it after changing a pack; a test fails while the committed
 * pages differ from what this writes.
 *
 * Usage: node dist/generate-rule-docs.js [OUT_DIR]   (default: docs/rules)
 */
import * as path from "node:path";
import { writeRuleDocs } from "../report/rule-docs/pages";

const outDir = path.resolve(process.argv[2] ?? path.join("docs", "rules"));
try {
  const written = writeRuleDocs(outDir);
  process.stdout.write(`wrote ${written.length} pages to ${path.relative(process.cwd(), outDir) || "."}\n`);
} catch (e) {
  process.stderr.write(`docs:rules failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}
