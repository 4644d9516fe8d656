/**
 * `formguard lint DIR | head`: the reader closes the pipe long before the report is written.
 * The run must stop with one line on stderr and the failure status (a report not delivered
 * whole is not a pass), never a stack trace, whether started as `node dist/cli.js` or through
 * the installed command (bin/formguard.js).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

import { buildOnce, CLI, ROOT, tempDir } from "./cli-harness";

/** 200 forms each missing most prompts: megabytes of findings, far more than a pipe holds. */
function manyForms(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 200; i++) {
    files[`form-${i}.form`] = `form f${i} "Form ${i}" {\n  service emergency-department\n  audience child\n  section s "S" {\n    field name text {\n      label "Name"\n    }\n  }\n}\n`;
  }
  return tempDir(files);
}

interface Ended {
  status: number | null;
  stderr: string;
  bytesRead: number;
}

/** Starts the command, reads its first chunk of stdout, then closes the pipe as `head` does. */
function readFirstChunkThenClose(entry: string, args: string[]): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let bytesRead = 0;
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.stdout.once("data", (chunk: Buffer) => {
      bytesRead = chunk.length;
      child.stdout.destroy();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stderr, bytesRead });
    });
  });
}

describe("the program reading the output closes it early", () => {
  let dir: string;
  beforeAll(() => {
    buildOnce();
    dir = manyForms();
    return () => fs.rmSync(dir, { recursive: true, force: true });
  });

  const entries = [
    ["node dist/cli.js", CLI],
    ["the installed command (bin/formguard.js)", path.join(ROOT, "bin", "formguard.js")],
  ];
  const formats = [["stylish"], ["json"]];

  describe.each(entries)("%s", (_name, entry) => {
    it.each(formats)("--format %s: one line on stderr, exit status 2, no stack trace", async (format) => {
      const ended = await readFirstChunkThenClose(entry, ["lint", dir, "--format", format]);
      expect(ended.bytesRead).toBeGreaterThan(0);
      expect(ended.status).toBe(2);
      expect(ended.stderr).toBe("formguard: the program reading formguard's output closed it before the output was complete; stopped.\n");
    });
  });
});
