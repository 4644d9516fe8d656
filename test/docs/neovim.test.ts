/**
 * docs/editors.md's Neovim 0.7 walk-through, run as written: the documented init.lua and
 * run.lua, in a new project that has formguard as a dev dependency, with the documented
 * command line, in headless Neovim (Debian's `neovim` package, 0.7.2 on Debian 12). What it
 * prints must be what the page says it prints, line for line.
 *
 * Where nvim is missing the test skips and says so, except in CI (CI=true, or
 * FORMGUARD_REQUIRE_REPORT_TEXT as .ci/run sets), where it fails: .ci/run installs neovim.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../build";
import { blockStartingWith, fencedBlocks, readDoc, ROOT, section } from "./markdown";

const NVIM = "/usr/bin/nvim";
const required = process.env.CI === "true" || !!process.env.FORMGUARD_REQUIRE_REPORT_TEXT;
const missing = `${NVIM} is missing: install Debian's neovim (apt-get install -y neovim), as CI's .ci/run does`;

const page = section(readDoc("docs/editors.md"), "### Neovim 0.7");
const blocks = fencedBlocks(page);
const initLua = blockStartingWith(blocks, "lua", "-- init.lua for Neovim 0.7");
const runLua = blockStartingWith(blocks, "lua", "-- run.lua");
const steps = blockStartingWith(blocks, "sh", "mkdir demo");
const documentedOutput = blockStartingWith(blocks, "text", "filetype=");
const FORM = "emergency-department-paediatric.noncompliant.form";

if (!fs.existsSync(NVIM) && !required) console.warn(`Neovim walk-through SKIPPED: ${missing}`);
if (!fs.existsSync(NVIM) && required) {
  it("finds Neovim (CI installs it)", () => {
    throw new Error(missing);
  });
}

describe.skipIf(!fs.existsSync(NVIM))("docs/editors.md: Neovim 0.7, headless", () => {
  let demo: string;
  let home: string;

  beforeAll(() => {
    ensureBuilt();
    home = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-nvim-home-"));
    demo = path.join(home, "demo");
    fs.mkdirSync(path.join(demo, "node_modules", ".bin"), { recursive: true });
    // The steps' `npm init -y` and `npm install --save-dev /path/to/formguard` (a built checkout:
    // npm links it), without npm: a package.json, the link, and the command npm puts in .bin.
    fs.writeFileSync(path.join(demo, "package.json"), JSON.stringify({ name: "demo", version: "1.0.0", devDependencies: { formguard: `file:${ROOT}` } }, null, 2));
    fs.symlinkSync(ROOT, path.join(demo, "node_modules", "formguard"), "dir");
    fs.symlinkSync(path.join("..", "formguard", "bin", "formguard.js"), path.join(demo, "node_modules", ".bin", "formguard"));
    expect(steps).toContain(`cp node_modules/formguard/examples/forms/${FORM} .`);
    fs.copyFileSync(path.join(demo, "node_modules", "formguard", "examples", "forms", FORM), path.join(demo, FORM));
    fs.writeFileSync(path.join(demo, "init.lua"), initLua);
    fs.writeFileSync(path.join(demo, "run.lua"), runLua);
  });

  afterAll(() => {
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it(`is ${spawnSync(NVIM, ["--version"], { encoding: "utf8" }).stdout?.split("\n")[0] ?? "nvim"} (Debian's)`, () => {
    expect(spawnSync(NVIM, ["--version"], { encoding: "utf8" }).status).toBe(0);
  });

  it("prints what the page says: diagnostics arrive, with the documented count, hover and symbols", () => {
    const command = steps.split("\n").find((l) => l.startsWith("nvim --headless"));
    expect(command).toBeDefined();
    const run = spawnSync("sh", ["-c", command!], {
      cwd: demo,
      encoding: "utf8",
      timeout: 60_000,
      // Node (for npx) first on PATH; Neovim's own state kept out of the user's home.
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home, NO_COLOR: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^diagnostics arrived: true, count [1-9]\d*$/m);
    expect(run.stdout).toBe(documentedOutput);
  }, 90_000);
});
