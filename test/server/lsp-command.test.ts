/** `formguard lsp` on the command line: help, and bad usage refused with exit 2 and one line. */
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, ROOT } from "./lsp-client";

const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", input: "" });

beforeAll(() => ensureBuilt());

describe("formguard lsp", () => {
  it("is listed in the usage", () => {
    expect(run(["--help"]).stdout).toMatch(/^\s+lsp\s+run the language server/m);
  });

  it("explains itself with --help and exits 0", () => {
    const r = run(["lsp", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Usage: formguard lsp [--stdio | --node-ipc | --socket=PORT]");
    expect(r.stdout).toContain("docs/editors.md");
  });

  it.each([
    [["lsp", "--stdoi"], /unknown option --stdoi/],
    [["lsp", "forms/"], /unexpected argument "forms\/"/],
  ])("refuses %j with exit 2 and one line", (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("ends with status 1 when the client goes away without shutdown", () => {
    // stdin is empty and closes at once: no shutdown was asked for.
    expect(run(["lsp", "--stdio"]).status).toBe(1);
  });
});
