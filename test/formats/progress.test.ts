import { describe, expect, it } from "vitest";
import { progressBar } from "../../cli/progress";

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 80, writes, write: (s: string) => writes.push(s) };
}

/** Ticks through `total` files, the clock advancing `msPerFile` per file. */
function simulate(opts: { isTTY: boolean; env?: Record<string, string>; total: number; msPerFile: number }) {
  const stream = fakeStream(opts.isTTY);
  let t = 1000;
  const p = progressBar({ stream, env: opts.env ?? {}, now: () => t });
  for (let i = 1; i <= opts.total; i++) {
    t += opts.msPerFile;
    p.tick(i, opts.total);
  }
  p.done();
  return stream.writes;
}

describe("progress bar", () => {
  it("draws on a terminal once the run has taken more than 300 ms, and clears itself at the end", () => {
    const writes = simulate({ isTTY: true, total: 100, msPerFile: 10 });
    expect(writes.length).toBeGreaterThan(2);
    expect(writes[0]).toMatch(/^\r\u001b\[2Kchecking \[#+-*\] \d+\/100 files$/);
    expect(Number(/(\d+)\/100/.exec(writes[0])![1])).toBeGreaterThanOrEqual(30); // nothing before 300 ms
    expect(writes.at(-2)).toMatch(/\[#+\] 100\/100 files$/);
    expect(writes.at(-1)).toBe("\r\u001b[2K");
  });

  it.each([
    ["a quick run", { isTTY: true, total: 20, msPerFile: 5 }],
    ["stderr is not a terminal", { isTTY: false, total: 100, msPerFile: 10 }],
    ["CI is set", { isTTY: true, env: { CI: "true" }, total: 100, msPerFile: 10 }],
  ])("shows nothing when %s", (_, opts) => {
    expect(simulate(opts)).toEqual([]);
  });

  it("does not look at the stream at all during a quick run (reading process.stderr creates it: about 2 ms of a fresh process)", () => {
    let looked = 0;
    const stream = {
      get isTTY() {
        looked++;
        return true;
      },
      write: () => true,
    };
    let t = 0;
    const p = progressBar({ stream, env: {}, now: () => t });
    for (let i = 1; i <= 20; i++) {
      t += 5;
      p.tick(i, 20);
    }
    p.done();
    expect(looked).toBe(0);
    // Past the delay it looks once, and draws.
    t += 400;
    p.tick(20, 20);
    expect(looked).toBe(1);
  });
});
