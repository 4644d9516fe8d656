/**
 * Reading the project from disk, with the CLI's own rules: files are found as `formguard lint`
 * finds them in a directory (formguard.config.json `files`/`ignores`) and read as it reads them.
 * Nothing here throws: a folder that cannot be searched gives no files.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Config } from "../project/config";
import { discoverFiles } from "../project/discover";
import { readTextFile } from "../project/read-file";
import { shippedPacksDir } from "../rules/shipped-packs";
import { pathToUri } from "./uris";

export const readFileText = readTextFile;

/** Forms and packs under a folder. */
export function discoverFolder(folder: string, config: Config | undefined): string[] {
  try {
    return discoverFiles([folder], { cwd: folder, files: config?.files, ignores: config?.ignores, skipUnreadableFolders: true });
  } catch {
    return [];
  }
}

const docPages = new Map<string, string | undefined>();

/**
 * The page explaining a shipped rule (`docs/rules/<rule>.md` beside the shipped packs), as a
 * file URI, if the package has it. Rules of other packs have none: they link to their declaration.
 */
export function shippedRuleDoc(ruleId: string, shippedPackNames: ReadonlySet<string>): string | undefined {
  const [pack, name] = ruleId.split("/");
  if (!name || !shippedPackNames.has(pack)) return undefined;
  if (!docPages.has(ruleId)) {
    let page: string | undefined;
    try {
      const file = path.resolve(shippedPacksDir(), "..", "..", "docs", "rules", `${name}.md`);
      page = fs.existsSync(file) ? pathToUri(file) : undefined;
    } catch {
      page = undefined;
    }
    docPages.set(ruleId, page);
  }
  return docPages.get(ruleId);
}
