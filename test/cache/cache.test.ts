/**
 * `formguard lint --cache` as a CI job uses it: a warm run reports exactly what a cold run does,
 * only changed content is re-checked (never mtime), anything else that changes results (packs,
 * config, --today, flags, a form id repeated in another file) re-checks everything, and a broken
 * cache file is ignored with a note rather than failing the run.
 *
 * The truth every warm run is held to is the same command without --cache. The hit/miss counts
 * come from FORMGUARD_DEBUG_CACHE=1, which the CLI prints on stderr only when asked.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, ROOT, run, tempDir } from "../cli/cli-harness";
import { ED_MISSING_ADULT } from "../cli/fixtures";

beforeAll(buildOnce);

const TODAY = ["--today", "2026-11-27"];
const example = (name: string) => fs.readFileSync(path.join(ROOT, "examples/forms", name), "utf8");

// Missing the accompanying adult's name: errors.
const ED_FORM = ED_MISSING_ADULT;
// Signed, dated and versioned: only warnings.
const SIMPLE_FORM = 'form f "F" { version "1" owner "T" section s { field a text field by person required { label "By" covers practitioner.name } field sig signature required { label "Signed" covers practitioner.signature } field on date required { label "On" covers completed.date } } }\n';
const PACK = (severity: string) => `pack trust { }\nconcept local.flag "Local flag" { suggest yesno }\nrule local-flag { title "Ask the local question" severity ${severity} applies service emergency-department require local.flag cites paragraph 1.20 }\n`;

/** Three forms: errors, a waiver that expires on 2027-03-31, warnings only. */
function smallWorkspace(extra: Record<string, string> = {}) {
  return tempDir({ "a.form": ED_FORM, "b.form": example("emergency-department-paediatric.noncompliant.form"), "c.form": SIMPLE_FORM, ...extra });
}

function lint(dir: string, args: string[], opts: { cache?: boolean } = { cache: true }) {
  const r = run(["lint", ".", "--format", "json", ...args, ...(opts.cache ? ["--cache"] : [])], { cwd: dir, env: { FORMGUARD_DEBUG_CACHE: "1" } });
  const m = /^cache: (\d+) hit, (\d+) miss, (\d+) parsed$/m.exec(r.stderr);
  return { ...r, hit: m ? Number(m[1]) : undefined, miss: m ? Number(m[2]) : undefined, parsed: m ? Number(m[3]) : undefined };
}

/** The same command without --cache: what a cached run must match byte for byte. */
function uncached(dir: string, args: string[]) {
  return lint(dir, args, { cache: false });
}

function messagesOf(stdout: string, file: string): Array<{ ruleId: string; message: string }> {
  return JSON.parse(stdout).find((f: { filePath: string }) => f.filePath === file).messages;
}

describe("a warm run", () => {
  it("gives byte-identical --format json output to a cold run, over every example form", () => {
    const dir = tempDir({});
    for (const f of fs.readdirSync(path.join(ROOT, "examples/forms"))) fs.copyFileSync(path.join(ROOT, "examples/forms", f), path.join(dir, f));
    const count = fs.readdirSync(dir).length;
    const cold = lint(dir, TODAY);
    const warm = lint(dir, TODAY);
    expect([cold.hit, cold.miss, cold.parsed]).toEqual([0, count, count]);
    // Unchanged files are not even parsed: the cache knows what they declare.
    expect([warm.hit, warm.miss, warm.parsed]).toEqual([count, 0, 0]);
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.status).toBe(cold.status);
    expect(cold.stdout).toBe(uncached(dir, TODAY).stdout);
    expect(fs.existsSync(path.join(dir, ".formguardcache"))).toBe(true);
  });

  it("prints no cache line unless FORMGUARD_DEBUG_CACHE=1", () => {
    const dir = smallWorkspace();
    const r = run(["lint", ".", "--cache", ...TODAY], { cwd: dir });
    expect(r.stderr).not.toMatch(/cache:/);
  });
});

describe("what is re-checked", () => {
  it("a file whose content changed is re-checked, and only that file", () => {
    const dir = smallWorkspace();
    const before = lint(dir, TODAY);
    fs.writeFileSync(path.join(dir, "c.form"), SIMPLE_FORM.replace('field on date required { label "On" covers completed.date }', "field on date required { covers completed.date }"));
    const after = lint(dir, TODAY);
    expect([after.hit, after.miss, after.parsed]).toEqual([2, 1, 1]);
    const unlabelled = (stdout: string) => messagesOf(stdout, "c.form").filter((m) => m.ruleId === "missing-label").length;
    expect([unlabelled(before.stdout), unlabelled(after.stdout)]).toEqual([1, 2]);
    expect(after.stdout).toBe(uncached(dir, TODAY).stdout);
  });

  it("touching a file's modification time without changing its content re-checks nothing", () => {
    const dir = smallWorkspace();
    const cold = lint(dir, TODAY);
    const later = new Date(Date.now() + 3_600_000);
    for (const f of ["a.form", "b.form", "c.form"]) fs.utimesSync(path.join(dir, f), later, later);
    const warm = lint(dir, TODAY);
    expect([warm.hit, warm.miss]).toEqual([3, 0]);
    expect(warm.stdout).toBe(cold.stdout);
  });

  const write = (file: string, text: string) => () => fs.writeFileSync(file, text);
  const everything: Array<[string, (dir: string) => { before: string[]; after: string[]; change?: () => void }]> = [
    [
      "a changed extra pack (--rules)",
      () => {
        const pack = path.join(tempDir({ "trust.formrules": PACK("warning") }), "trust.formrules");
        return { before: [...TODAY, "--rules", pack], after: [...TODAY, "--rules", pack], change: write(pack, PACK("error")) };
      },
    ],
    ["a new config file", (dir) => ({ before: TODAY, after: TODAY, change: write(path.join(dir, "formguard.config.json"), JSON.stringify({ rules: { "missing-service": "error" } })) })],
    [
      "a changed severity in the config",
      (dir) => {
        fs.writeFileSync(path.join(dir, "formguard.config.json"), JSON.stringify({ rules: { "missing-service": "info" } }));
        return { before: TODAY, after: TODAY, change: write(path.join(dir, "formguard.config.json"), JSON.stringify({ rules: { "missing-service": "error" } })) };
      },
    ],
    ["a later --today (the waiver expires)", () => ({ before: ["--today", "2026-11-27"], after: ["--today", "2027-06-01"] })],
    ["--infer", () => ({ before: TODAY, after: [...TODAY, "--infer"] })],
    ["--service", () => ({ before: TODAY, after: [...TODAY, "--service", "emergency-department"] })],
  ];
  for (const [name, setUp] of everything) {
    it(`${name} re-checks every file`, () => {
      const dir = smallWorkspace();
      const c = setUp(dir);
      lint(dir, c.before);
      expect(lint(dir, c.before).miss).toBe(0);
      c.change?.();
      const after = lint(dir, c.after);
      expect([after.hit, after.miss]).toEqual([0, 3]);
      expect(after.stdout).toBe(uncached(dir, c.after).stdout);
    });
  }

  it("the results change with them (so re-checking matters)", () => {
    const dir = smallWorkspace();
    const early = lint(dir, ["--today", "2026-11-27"]);
    const late = lint(dir, ["--today", "2027-06-01"]);
    expect(messagesOf(late.stdout, "b.form").map((m) => m.ruleId)).toContain("expired-waiver");
    expect(messagesOf(early.stdout, "b.form").map((m) => m.ruleId)).not.toContain("expired-waiver");
  });
});

describe("form ids across files", () => {
  it("a new file repeating a cached file's form id is reported on the cached file, and clears when removed", () => {
    const dir = smallWorkspace();
    const cold = lint(dir, TODAY);
    expect(messagesOf(cold.stdout, "a.form").map((m) => m.ruleId)).not.toContain("duplicate-id");
    // "0-…" sorts first, so a.form (unchanged, cached) is now the second `ed`.
    fs.writeFileSync(path.join(dir, "0-copy.form"), ED_FORM);
    const dup = lint(dir, TODAY);
    expect(messagesOf(dup.stdout, "a.form").find((m) => m.ruleId === "duplicate-id")?.message).toMatch(/Another form is already called `ed` \(.*0-copy\.form:1\)/);
    expect(dup.stdout).toBe(uncached(dir, TODAY).stdout);
    fs.rmSync(path.join(dir, "0-copy.form"));
    const gone = lint(dir, TODAY);
    expect(gone.stdout).toBe(cold.stdout);
  });

  it("a new file with a new form id leaves the other files cached", () => {
    const dir = smallWorkspace();
    lint(dir, TODAY);
    fs.writeFileSync(path.join(dir, "d.form"), SIMPLE_FORM.replace("form f ", "form g "));
    const r = lint(dir, TODAY);
    expect([r.hit, r.miss]).toEqual([3, 1]);
    expect(r.stdout).toBe(uncached(dir, TODAY).stdout);
  });
});

describe("a broken cache file", () => {
  const broken: Array<[string, (valid: string) => string]> = [
    ["truncated", (valid) => valid.slice(0, Math.floor(valid.length / 2))],
    ["the right format with a mangled entry", (valid) => valid.replace(/"diagnostics":\[/, '"diagnostics":7,"x":[')],
    ["empty", () => ""],
  ];
  for (const [name, mangle] of broken) {
    it(`${name}: ignored with a one-line note, the run is correct, and the cache is rewritten`, () => {
      const dir = smallWorkspace();
      const cold = lint(dir, TODAY);
      const cacheFile = path.join(dir, ".formguardcache");
      fs.writeFileSync(cacheFile, mangle(fs.readFileSync(cacheFile, "utf8")));
      const r = lint(dir, TODAY);
      expect(r.status).toBe(cold.status);
      expect(r.stdout).toBe(cold.stdout);
      const notes = r.stderr.split("\n").filter((l) => l.startsWith("formguard:"));
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/^formguard: ignoring the cache .*\.formguardcache: .*every file is checked/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect([r.hit, r.miss]).toEqual([0, 3]);
      expect(lint(dir, TODAY).hit).toBe(3);
    });
  }
});

describe("a file at the cache location that is not a formguard cache", () => {
  // Overwriting it would destroy someone's file (issue 13): the run stops before checking anything.
  it.each([
    ["not JSON at all", "\u0000\u0001 garbage"],
    ["another tool's JSON", JSON.stringify({ "/x/a.form": { size: 1, mtime: 2 } })],
  ])("%s: exit 2 saying why, and the file is left as it is", (_name, text) => {
    const dir = smallWorkspace();
    const cacheFile = path.join(dir, ".formguardcache");
    fs.writeFileSync(cacheFile, text);
    const r = lint(dir, TODAY);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^formguard: refusing to use .*\.formguardcache as the cache: it exists and is not a formguard cache/m);
    expect(fs.readFileSync(cacheFile, "utf8")).toBe(text);
  });
});

describe("--fix --cache", () => {
  it("reports the fixed file as it now is, not its cached findings", () => {
    const dir = tempDir({ "miu.form": example("minor-injury-unit.noncompliant.form"), "c.form": SIMPLE_FORM });
    const before = lint(dir, TODAY);
    const fixed = lint(dir, [...TODAY, "--fix"]);
    expect(fs.readFileSync(path.join(dir, "miu.form"), "utf8")).not.toBe(example("minor-injury-unit.noncompliant.form"));
    expect(fixed.stdout).not.toBe(before.stdout);
    expect(fixed.stdout).toBe(uncached(dir, TODAY).stdout);
    const warm = lint(dir, TODAY);
    expect([warm.hit, warm.miss]).toEqual([2, 0]);
    expect(warm.stdout).toBe(fixed.stdout);
  });
});

describe("--cache-location", () => {
  it("puts the cache where it is told: a file, or .formguardcache in a directory", () => {
    const dir = smallWorkspace();
    fs.mkdirSync(path.join(dir, "caches"));
    lint(dir, [...TODAY, "--cache-location", "tmp/lint.cache"]);
    expect(lint(dir, [...TODAY, "--cache-location", "tmp/lint.cache"]).hit).toBe(3);
    lint(dir, [...TODAY, "--cache-location", "caches"]);
    expect(fs.existsSync(path.join(dir, "tmp/lint.cache"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "caches/.formguardcache"))).toBe(true);
    expect(fs.existsSync(path.join(dir, ".formguardcache"))).toBe(false);
  });

  it("without --cache is a usage error (exit 2)", () => {
    const dir = smallWorkspace();
    const r = run(["lint", ".", "--cache-location", "x.cache"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^formguard lint: --cache-location goes with --cache\.$/m);
  });
});

describe("unchanged files are not parsed", () => {
  it("an edited file that shares a form id with an unchanged one is checked beside it, as a run without the cache does", () => {
    // a.form and z.form both declare `ed`; only z.form changes. Checking z.form needs a.form's
    // declaration (it is the first `ed`), so a.form is parsed too, though it stays a cache hit.
    const dir = smallWorkspace({ "z.form": ED_FORM });
    const cold = lint(dir, TODAY);
    expect(messagesOf(cold.stdout, "z.form").map((m) => m.ruleId)).toContain("duplicate-id");
    fs.writeFileSync(path.join(dir, "z.form"), ED_FORM.replace('label "Next of kin"', 'label "Next of kin (name)"'));
    const after = lint(dir, TODAY);
    expect([after.hit, after.miss, after.parsed]).toEqual([3, 1, 2]);
    expect(messagesOf(after.stdout, "z.form").find((m) => m.ruleId === "duplicate-id")?.message).toMatch(/Another form is already called `ed` \(.*a\.form:1\)/);
    expect(after.stdout).toBe(uncached(dir, TODAY).stdout);
  });

  it("a file declaring concepts is always parsed (everything is checked against it)", () => {
    const dir = smallWorkspace({ "local.form": 'concept local.flag "Local flag" { suggest yesno }\n' });
    lint(dir, TODAY);
    const warm = lint(dir, TODAY);
    expect([warm.hit, warm.miss, warm.parsed]).toEqual([4, 0, 1]);
    expect(warm.stdout).toBe(uncached(dir, TODAY).stdout);
  });

  it("a cache written by an older formguard (format 1) is ignored with a note, and the run is correct", () => {
    const dir = smallWorkspace();
    fs.writeFileSync(path.join(dir, ".formguardcache"), JSON.stringify({ format: "formguard-lint-cache/1", entries: {} }));
    const r = lint(dir, TODAY);
    expect(r.stderr).toMatch(/^formguard: ignoring the cache .*formguardcache: it is not a formguard-lint-cache\/2 cache \(another version of formguard wrote it/m);
    expect([r.hit, r.miss]).toEqual([0, 3]);
    expect(r.stdout).toBe(uncached(dir, TODAY).stdout);
  });
});

describe("writing the cache", () => {
  it("a run that found everything in the cache leaves the file alone; a removed file is dropped from it", () => {
    const dir = smallWorkspace();
    lint(dir, TODAY);
    const file = path.join(dir, ".formguardcache");
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(file, old, old);
    const before = fs.statSync(file).mtimeMs;
    const warm = lint(dir, TODAY);
    expect([warm.hit, warm.miss]).toEqual([3, 0]);
    expect(fs.statSync(file).mtimeMs).toBe(before);
    fs.rmSync(path.join(dir, "c.form"));
    lint(dir, TODAY);
    expect(Object.keys(JSON.parse(fs.readFileSync(file, "utf8")).entries).map((k) => path.basename(k)).sort()).toEqual(["a.form", "b.form"]);
  });
});
