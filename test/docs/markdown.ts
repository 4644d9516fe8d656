/**
 * Reading README.md and docs/ as a user reads them: fenced blocks (what a user copies) and the
 * part of a page under one heading. Doc tests run exactly what the page shows.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");

export const readDoc = (rel: string): string => fs.readFileSync(path.join(ROOT, rel), "utf8");

export interface FencedBlock {
  lang: string;
  body: string;
}

/** Every ``` block, in order, with its language tag ("" when it has none). */
export function fencedBlocks(markdown: string): FencedBlock[] {
  return [...markdown.matchAll(/^```([\w-]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], body: m[2] }));
}

/** The text under a heading (`## Neovim`, `### Neovim 0.7`…), up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)![0].length;
  const lines = markdown.split("\n");
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  // A `# comment` inside a fenced block is not a heading.
  let fenced = false;
  const end = lines.findIndex((l, i) => {
    if (i <= start) return false;
    if (l.startsWith("```")) fenced = !fenced;
    return !fenced && new RegExp(`^#{1,${level}} `).test(l);
  });
  return lines.slice(start + 1, end < 0 ? undefined : end).join("\n");
}

/** The one block of `lang` whose text starts with `start` (a test names the block the page shows). */
export function blockStartingWith(blocks: FencedBlock[], lang: string, start: string): string {
  const found = blocks.filter((b) => b.lang === lang && b.body.startsWith(start));
  if (found.length !== 1) throw new Error(`expected one \`\`\`${lang} block starting with ${JSON.stringify(start)}, found ${found.length}`);
  return found[0].body;
}
