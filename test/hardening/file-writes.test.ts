/**
 * Every file formguard writes goes through one helper (project/write-file.ts), and no user file
 * is lost, replaced by the wrong thing or written where it should not be (issue 13, items 1–7).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { FileChangedError, writeFileAtomic } from "../../project/write-file";
import { buildOnce, CLI, run, tempDir } from "../cli/cli-harness";
import { TODAY } from "../helpers";
import { STACK_FRAME } from "./hang-guard";
import { openTempDir, runUnprivileged } from "./unprivileged";

beforeAll(() => buildOnce(), 120_000);

/** A form `--fix` changes (a label and the signature fields are added); its fixed text stays under 1 kB. */
const FIXABLE = (id = "a") => `form ${id} {\n  version "1"\n  owner "Team"\n  field next_of_kin text { }\n}\n`;
const UNFORMATTED = 'form a "A" {\nservice emergency-department\n  section s { field b text {\n      label   "B" // why\n } }\n}';
const QUESTIONNAIRE = JSON.stringify({ resourceType: "Questionnaire", status: "draft", item: [{ linkId: "a", text: "A", type: "string" }] }, null, 2);

function scratch(files: Record<string, string | Buffer>): string {
  const dir = tempDir(files);
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), "utf8");

describe("1. a cache or baseline never overwrites a file that is not one", () => {
  const victims: Array<[string, string]> = [
    ["b.form", FIXABLE("b")],
    ["README.md", "# Our forms\n"],
    ["q.json", QUESTIONNAIRE],
    ["rules.formrules", 'service x "X"\n'],
  ];
  it.each(victims)("--cache-location %s: exit 2 saying why, the file unchanged", (name, text) => {
    const dir = scratch({ "a.form": FIXABLE(), [name]: text });
    const r = run(["lint", "--cache", "--cache-location", name, "a.form"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^formguard: refusing to use .*${name.replace(".", "\\.")} as the cache: .*(not a formguard cache|form spec's or rule pack's name)`, "m"));
    expect(read(dir, name)).toBe(text);
  });

  it.each(victims)("--update-baseline --baseline %s: exit 2 saying why, the file unchanged", (name, text) => {
    const dir = scratch({ "a.form": FIXABLE(), [name]: text });
    const r = run(["lint", "--update-baseline", "--baseline", name, "a.form"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^formguard: refusing to (write the baseline to|overwrite) ${name.replace(".", "\\.")}`, "m"));
    expect(read(dir, name)).toBe(text);
  });

  it("a cache and a baseline still replace their own earlier versions", () => {
    const dir = scratch({ "a.form": FIXABLE() });
    for (let i = 0; i < 2; i++) {
      expect(run(["lint", "--cache", "--cache-location", "c.cache", "a.form"], { cwd: dir }).stderr).toBe("");
      expect(run(["lint", "--update-baseline", "--baseline", "b.json", "a.form"], { cwd: dir }).status).toBe(0);
    }
    expect(JSON.parse(read(dir, "c.cache")).format).toMatch(/^formguard-lint-cache\//);
    expect(JSON.parse(read(dir, "b.json")).formguardBaseline).toBe(1);
  });
});

describe("2. a file edited while --fix runs keeps the edit", () => {
  it("600 forms: a line added to the last one after the first was rewritten is kept; the run says so (exit 2)", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`f${String(i).padStart(3, "0")}.form`] = FIXABLE(`f${i}`);
    const dir = scratch(files);
    const first = path.join(dir, "f000.form");
    const last = path.join(dir, "f599.form");
    const child = spawn(process.execPath, [CLI, "lint", "--fix", "--today", TODAY, "."], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.resume();
    // Files are rewritten in order, each after its own fixing: once the first is rewritten the
    // last has long been read and is hundreds of fixes away from being written.
    const edited = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (fs.readFileSync(first, "utf8") !== files["f000.form"]) {
          clearInterval(poll);
          fs.appendFileSync(last, "// added by a colleague\n");
          resolve();
        }
      }, 2);
    });
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    await edited;
    expect(fs.readFileSync(last, "utf8")).toBe(files["f599.form"] + "// added by a colleague\n");
    expect(stderr).toContain("formguard: f599.form changed while formguard was running; it was not rewritten (run formguard again).");
    expect(status).toBe(2);
    expect(fs.readFileSync(first, "utf8")).toContain("label");
  }, 120_000);

  it("the helper itself: a file whose text is no longer what was read is left alone", () => {
    const dir = scratch({ "a.form": "new text\n" });
    const file = path.join(dir, "a.form");
    expect(() => writeFileAtomic(file, "fixed", { unchangedSince: "old text\n" })).toThrow(FileChangedError);
    expect(read(dir, "a.form")).toBe("new text\n");
    expect(fs.readdirSync(dir)).toEqual(["a.form"]);
  });
});

describe("3. a symbolic link is written through and kept", () => {
  it.each([
    ["lint --fix", ["lint", "--fix", "--today", TODAY, "link.form"], FIXABLE(), (t: string) => t.includes('label "Next of kin"')],
    ["fmt", ["fmt", "link.form"], UNFORMATTED, (t: string) => t.startsWith('form a "A" {\n  service emergency-department\n')],
  ])("%s: the link stays a link and its target is rewritten", (_name, args, text, rewritten) => {
    const dir = scratch({ "real/target.form": text });
    fs.symlinkSync("real/target.form", path.join(dir, "link.form"));
    run(args, { cwd: dir });
    expect(fs.lstatSync(path.join(dir, "link.form")).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(path.join(dir, "link.form"))).toBe("real/target.form");
    expect(rewritten(read(dir, "real/target.form"))).toBe(true);
    expect(fs.readdirSync(path.join(dir, "real"))).toEqual(["target.form"]);
  });
});

describe("4. a read-only file is left alone (run as an unprivileged user: root may write anything)", () => {
  it.each([
    ["lint --fix", ["lint", "--fix", "--today", TODAY, "ro.form"], FIXABLE()],
    ["fmt", ["fmt", "ro.form"], UNFORMATTED],
  ])("%s: exit 2 naming the file; its text and mode unchanged", (_name, args, text) => {
    const dir = openTempDir({ "ro.form": text });
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.chmodSync(path.join(dir, "ro.form"), 0o444);
    const r = runUnprivileged(args, dir);
    expect(r.stderr).toMatch(/^formguard: cannot write .*ro\.form: the file is read-only; it was left as it is\.$/m);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.status).toBe(2);
    expect(read(dir, "ro.form")).toBe(text);
    expect(fs.statSync(path.join(dir, "ro.form")).mode & 0o777).toBe(0o444);
  });
});

describe("5. line endings and the byte-order mark are kept exactly", () => {
  it.each([
    ["CR only", "\r"],
    ["CRLF", "\r\n"],
  ])("lint --fix on a %s file adds no other line break", (_name, eol) => {
    const dir = scratch({ "a.form": FIXABLE().replace(/\n/g, eol) });
    run(["lint", "--fix", "--today", TODAY, "a.form"], { cwd: dir });
    const fixed = read(dir, "a.form");
    expect(fixed).toContain('label "Next of kin"');
    expect(fixed.replaceAll(eol, "")).not.toMatch(/[\r\n]/);
  });

  it("fmt on a CR-only file keeps CR line breaks", () => {
    const dir = scratch({ "a.form": UNFORMATTED.replace(/\n/g, "\r") });
    expect(run(["fmt", "a.form"], { cwd: dir }).status).toBe(0);
    const out = read(dir, "a.form");
    expect(out).toContain('form a "A" {\r  service emergency-department\r');
    expect(out).not.toContain("\n");
  });

  it("lint --fix --stdin keeps the byte-order mark", () => {
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXABLE())]);
    const r = run(["lint", "--fix", "--stdin", "--stdin-filename", "a.form", "--today", TODAY], { input });
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(r.stdout).toContain('label "Next of kin"');
  });
});

describe("6. a write that fails part-way says which files were already rewritten", () => {
  it("the second of two files cannot be written (EFBIG under `ulimit -f 1`, as ENOSPC would on a full disk)", async () => {
    const big = FIXABLE("z").replace("}\n", `${"  // a long comment line to push the fixed file over one kilobyte\n".repeat(20)}}\n`);
    const dir = scratch({ "a.form": FIXABLE("a"), "z.form": big });
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync("bash", ["-c", `trap '' XFSZ; ulimit -f 1; exec "$0" "$@"`, process.execPath, CLI, "lint", "--fix", "--today", TODAY, "a.form", "z.form"], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([`formguard: cannot write ${path.join(dir, "z.form")}: EFBIG. Already rewritten before this failure: a.form.`]);
    expect(read(dir, "a.form")).toContain('label "Next of kin"');
    expect(read(dir, "z.form")).toBe(big);
  });
});

describe("7. temporary files are created exclusively, never through a planted link", () => {
  it("a link planted at every temporary name the write could use: nothing is written through any of them", () => {
    const dir = scratch({ "a.form": "old\n", "victim.txt": "precious\n" });
    const file = path.join(dir, "a.form");
    const names = Array.from({ length: 5 }, (_, i) => path.join(dir, `.a.form.${i}.tmp`));
    for (const n of names) fs.symlinkSync(path.join(dir, "victim.txt"), n);
    expect(() => writeFileAtomic(file, "new\n", { temporaryNames: () => names })).toThrow(/no temporary file could be created/);
    expect(read(dir, "victim.txt")).toBe("precious\n");
    expect(read(dir, "a.form")).toBe("old\n");
    // One free name after the planted ones: the write goes there, the links stay untouched.
    const free = path.join(dir, ".a.form.free.tmp");
    writeFileAtomic(file, "new\n", { temporaryNames: () => [...names, free] });
    expect(read(dir, "a.form")).toBe("new\n");
    expect(read(dir, "victim.txt")).toBe("precious\n");
    expect(fs.existsSync(free)).toBe(false);
  });

  it("the real temporary names are random, in the target's folder, and keep the target's mode", () => {
    const dir = scratch({ "a.form": UNFORMATTED });
    fs.chmodSync(path.join(dir, "a.form"), 0o640);
    // The old predictable name (.<name>.<pid>.tmp) for every pid this machine could give the process.
    for (let pid = process.pid; pid < process.pid + 200; pid++) fs.symlinkSync(path.join(dir, "victim.txt"), path.join(dir, `.a.form.${pid}.tmp`));
    fs.writeFileSync(path.join(dir, "victim.txt"), "precious\n");
    expect(run(["fmt", "a.form"], { cwd: dir }).status).toBe(0);
    expect(read(dir, "victim.txt")).toBe("precious\n");
    expect(fs.statSync(path.join(dir, "a.form")).mode & 0o777).toBe(0o640);
  });

  // What each may replace (cli/output-target.ts): a report replaces any earlier output; an export only a Questionnaire.
  const EARLIER_EXPORT = '{ "resourceType": "Questionnaire", "status": "draft" }\n';
  it.each([
    ["lint --output", ["lint", "a.form", "--output", "out.txt"], "keep\n"],
    ["report --output", ["report", "a.form", "--format", "markdown", "--output", "out.txt"], "keep\n"],
    ["export --output", ["export", "a.form", "--to", "fhir", "--output", "out.txt"], EARLIER_EXPORT],
  ])("%s writes through the same helper: a read-only output is refused as a user would expect", (_n, args, existing) => {
    const dir = openTempDir({ "a.form": FIXABLE(), "out.txt": existing });
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.chmodSync(path.join(dir, "out.txt"), 0o444);
    const r = runUnprivileged(args, dir);
    expect(r.stderr).toMatch(/cannot write out\.txt: the file is read-only/);
    expect(r.status).toBe(2);
    expect(read(dir, "out.txt")).toBe(existing);
  });
});
