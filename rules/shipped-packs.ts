/**
 * The packs shipped with formguard (`rules/packs/*.formrules`), loaded by default. Found
 * relative to this module whether it runs from source (rules/) or from the bundle (dist/).
 */
import * as fs from "node:fs";
import * as path from "node:path";

export function shippedPacksDir(): string {
  const candidates = [path.resolve(__dirname, "packs"), path.resolve(__dirname, "..", "rules", "packs")];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`the shipped rule packs are missing (looked in ${candidates.join(" and ")}); reinstall formguard`);
}

export function shippedPackFiles(): string[] {
  const dir = shippedPacksDir();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".formrules"))
    .sort()
    .map((f) => path.join(dir, f));
}
