/**
 * readTextFile reads one file after another into a buffer it keeps (project/read-file.ts): every
 * file must still come back as exactly its own text, whatever was read before it, and what is not
 * text or not a regular file is refused with its reason.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTextFile } from "../../project/read-file";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fg-read-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;
const form = (n: number) => `form f${n} "Form ${n}" {\n  service emergency-department\n}\n`;

/** Read in this order, so each file follows a longer or shorter one, and one past the kept buffer. */
const FILES: Array<[string, string | Buffer, string]> = [
  ["a small form", form(1), form(1)],
  ["an empty file after it", "", ""],
  ["a form longer than the buffer kept between reads (1 MB)", form(2) + `// ${"x".repeat(MB)}\n`, form(2) + `// ${"x".repeat(MB)}\n`],
  ["a shorter form after the long one", form(3), form(3)],
  ["non-ASCII text (UTF-8)", "form café \"Café — ü\" {\n}\n", "form café \"Café — ü\" {\n}\n"],
  ["a byte-order mark, dropped", "\uFEFF" + form(4), form(4)],
  ["a 4-byte character at the end", form(5) + "// 🙂", form(5) + "// 🙂"],
  ["a short ASCII form after non-ASCII ones", "form z {}\n", "form z {}\n"],
];

describe("readTextFile", () => {
  it("reads each of a run of files as its own text", () => {
    const names = FILES.map(([, content], i) => {
      const file = path.join(dir, `f${i}.form`);
      fs.writeFileSync(file, content);
      return file;
    });
    const read = names.map((file) => readTextFile(file));
    expect(read.map((r, i) => [FILES[i][0], r])).toEqual(FILES.map(([name, , text]) => [name, { ok: true, text }]));
  });

  it.each([
    ["invalid UTF-8", Buffer.from([0x66, 0x6f, 0x72, 0x6d, 0x20, 0xff, 0xfe]), "not valid UTF-8 (first bad byte at offset 5); save the file as UTF-8"],
    ["a NUL byte", Buffer.from("form x {\0}\n"), "binary data (a NUL byte at offset 8), not a form spec"],
  ])("refuses %s", (_name, bytes, reason) => {
    const file = path.join(dir, "bad.form");
    fs.writeFileSync(file, bytes);
    expect(readTextFile(file)).toEqual({ ok: false, reason });
    // The refusal left nothing behind: the next file reads as itself.
    fs.writeFileSync(file, form(6));
    expect(readTextFile(file)).toEqual({ ok: true, text: form(6) });
  });

  it("refuses a folder, a missing file and a symbolic link loop by name", () => {
    const loop = path.join(dir, "loop.form");
    fs.symlinkSync(loop, loop);
    expect([readTextFile(dir), readTextFile(path.join(dir, "missing.form")), readTextFile(loop)]).toEqual([
      { ok: false, reason: "not a regular file" },
      { ok: false, reason: "no such file" },
      { ok: false, reason: "ELOOP" },
    ]);
  });

  it("reads a file whose size the system does not know (Linux /proc) to its end", () => {
    const r = readTextFile("/proc/self/status");
    expect(r.ok && r.text).toMatch(/^Name:.*\n[\s\S]*\nPid:\s+\d+\n/);
  });
});
