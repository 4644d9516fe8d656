/**
 * Builds the .vsix for the tests and reads its contents (a zip) with Node's zlib, so the tests
 * check what users would install rather than what sits in the repository.
 */
import { ensureBuilt } from "../build";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";

export const ROOT = path.resolve(__dirname, "..", "..");

/**
 * Packages the extension as it stands (the bundles already in dist/, built by `npm install` /
 * `node esbuild.mjs`) into a temporary file. It does not rebuild dist/: other suites run the
 * bundled CLI at the same time. `npm run package` is what rebuilds minified.
 */
export function packageVsix(): string {
  ensureBuilt();
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "formguard-vsix-")), "formguard.vsix");
  const vsce = path.join(ROOT, "node_modules", "@vscode", "vsce", "vsce");
  execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--no-rewrite-relative-links", "--out", out], {
    cwd: ROOT,
    stdio: "pipe",
  });
  return out;
}

/** name → contents of every entry of a zip file. */
export function readZip(file: string): Map<string, Buffer> {
  const zip = fs.readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error("corrupt central directory");
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressed);
    entries.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
