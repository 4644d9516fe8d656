/**
 * Every relative link in README.md and docs/ leads somewhere: the file exists, and a `#anchor`
 * names a heading of the page it points to (GitHub's anchors: lower case, punctuation dropped,
 * spaces to hyphens). Links in code are not links; web addresses are not followed (no network).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./markdown";

const pages = ["README.md", "examples/README.md", ...(fs.readdirSync(path.join(ROOT, "docs"), { recursive: true }) as string[]).filter((f) => f.endsWith(".md")).map((f) => path.join("docs", f))];

/** The text a reader sees as prose: fenced blocks and inline code removed. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```$/gm, "").replace(/`[^`\n]*`/g, "");

/** GitHub's anchor for a heading. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s/g, "-");

const anchorsOf = (markdown: string) =>
  new Set(
    markdown
      .replace(/^```[\s\S]*?^```$/gm, "")
      .split("\n")
      .filter((l) => /^#+ /.test(l))
      .map((l) => slug(l.replace(/^#+ /, ""))),
  );

const links = pages.flatMap((page) =>
  [...prose(fs.readFileSync(path.join(ROOT, page), "utf8")).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/.test(target))
    .map((target) => ({ page, target })),
);

describe("links in README.md and docs/", () => {
  it("finds the links (a sanity check of the search)", () => {
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((l) => l.target.includes("#")).length).toBeGreaterThan(5);
  });

  /** Why a link leads nowhere, or undefined when it leads somewhere. */
  const broken = ({ page, target }: { page: string; target: string }): string | undefined => {
    const [file, anchor] = target.split("#");
    const resolved = file ? path.resolve(ROOT, path.dirname(page), decodeURI(file)) : path.join(ROOT, page);
    if (!fs.existsSync(resolved)) return `${target}: no such file`;
    if (anchor && !anchorsOf(fs.readFileSync(resolved, "utf8")).has(anchor)) return `${target}: no heading with that anchor`;
    return undefined;
  };

  it.each(pages)("%s", (page) => {
    expect(links.filter((l) => l.page === page).map(broken).filter(Boolean)).toEqual([]);
  });
});
