/**
 * `npm run package` rebuilds the bundle for production; the installed command (bin/formguard.js)
 * then runs that bundle, so the production build must write the bundle's code cache and
 * precompiled packs too, or every run after packaging starts about 50% slower. The build runs
 * into a temporary folder, so it does not race other tests over dist/.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadBundle } = require("../../bin/load-bundle.js") as { loadBundle: (file: string) => { usedCache: boolean; exports: Record<string, unknown> } };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-production-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("a production build (npm run package)", () => {
  it("is what the package script builds", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.package).toMatch(/^node esbuild\.mjs --production && /);
  });

  it("writes the bundle's code cache and precompiled packs, and the cache is used", () => {
    // The bundle finds the shipped packs beside it, as in an installed copy.
    fs.cpSync(path.join(ROOT, "rules", "packs"), path.join(tmp, "rules", "packs"), { recursive: true });
    const dist = path.join(tmp, "dist");
    execFileSync(process.execPath, ["esbuild.mjs", "--production", "--outdir", dist], { cwd: ROOT, stdio: "pipe" });
    const bundle = path.join(dist, "cli.js");
    expect(fs.readFileSync(bundle, "utf8")).not.toContain("sourceMappingURL"); // minified, for packaging
    expect(fs.existsSync(`${bundle}.v8cache`)).toBe(true);
    expect(fs.existsSync(path.join(dist, "precompiled", "cqc-dorset-2015.formrules.json"))).toBe(true);
    expect(loadBundle(bundle).usedCache).toBe(true);
  }, 120_000);
});
