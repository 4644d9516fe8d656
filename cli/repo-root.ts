/**
 * Paths as a repository sees them. SARIF, GitHub annotations and baselines name files relative
 * to the repository root (the nearest directory above the working directory holding `.git`;
 * the working directory itself when there is none), with `/` separators on every platform.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export function repositoryRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (fs.existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}

/** `forms/ed.form`, or undefined when the file lies outside the root. */
export function repoRelative(absPath: string, root: string): string | undefined {
  const rel = path.relative(root, absPath);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}

/** The path a baseline, SARIF or GitHub annotation uses: repository-relative, else as displayed. */
export function repoPathOf(absPath: string, root: string, fallback: string): string {
  return repoRelative(absPath, root) ?? fallback;
}
