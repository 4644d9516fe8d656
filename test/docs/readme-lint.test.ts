/**
 * The README's `formguard lint` example is real output: the command it shows, run on the built
 * CLI, prints every shown line, in the shown order, with nothing left out except where a `…`
 * line says so. The prose after it names the exit status.
 */
import { describe, expect, it } from "vitest";
import { buildAndRunCli } from "../pack/built-cli";
import { fencedBlocks, readDoc } from "./markdown";

const readme = readDoc("README.md");
const example = fencedBlocks(readme).find((b) => b.lang === "" && b.body.startsWith("$ npx formguard lint "));
const ELLIPSIS = /^\s*…$/;

/** The shown lines as runs of consecutive output lines, split where a `…` line leaves some out. */
function runsOf(shown: string[]): string[][] {
  const runs: string[][] = [[]];
  for (const line of shown) {
    if (ELLIPSIS.test(line)) runs.push([]);
    else runs.at(-1)!.push(line);
  }
  return runs;
}

describe("README: the lint example", () => {
  it("is in the README", () => {
    expect(example).toBeDefined();
  });

  const [command, ...shown] = (example?.body ?? "$ npx formguard lint\n").trimEnd().split("\n");
  const run = buildAndRunCli(command.replace(/^\$ npx formguard /, "").split(" "));
  const output = run.stdout.trimEnd().split("\n");

  it("exits 1, as the README says", () => {
    expect(run.status).toBe(1);
    expect(readme).toMatch(/the CLI prints one line per problem, as ESLint\s+does, and exits 1/);
  });

  it("shows real lines, in order, and leaves lines out only where a … line says so", () => {
    const runs = runsOf(shown);
    let at = 0;
    runs.forEach((lines, i) => {
      const found = output.findIndex((_, j) => j >= at && lines.every((l, k) => output[j + k] === l));
      expect(found, `shown lines ${JSON.stringify(lines)} appear in the output after line ${at}`).toBeGreaterThanOrEqual(0);
      // The first run starts the output, the last ends it; a … stands for at least one line.
      if (i === 0) expect(found).toBe(0);
      else expect(found, "a … line stands for lines really left out").toBeGreaterThan(at);
      at = found + lines.length;
    });
    expect(at).toBe(output.length);
  });
});
