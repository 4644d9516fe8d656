/**
 * What every fuzz input must satisfy whatever the target: it returns in bounded time, and every
 * span and range it reports lies inside the document.
 *
 * Time: each input is timed inside the property and fails it when it took longer than
 * MAX_MS_PER_INPUT, so fast-check shrinks it and prints the seed to replay. An input that never
 * returns cannot be timed from the same thread, and vitest's test timeout cannot interrupt
 * synchronous code either; so a watchdog thread sees the input's start time through shared
 * memory and, past HANG_MS, writes the input to stderr and kills the test process: the run fails
 * with the input in its log instead of hanging CI.
 */
import * as fc from "fast-check";
import { Worker } from "node:worker_threads";
import { expect, it } from "vitest";
import type { Diagnostic, Range, Span } from "../../language/diagnostic";

/** A slow input fails its property (inputs are small: real ones take well under 100 ms). */
export const MAX_MS_PER_INPUT = 2_000;
/** An input still running after this long is a hang: the watchdog ends the process (FUZZ_HANG_MS overrides). */
export const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 20_000);

const INPUT_BYTES = 16_384;
// [0] running (1) or idle (0); [1] ms since `base` when the current input started; [2] bytes of input.
const shared = new SharedArrayBuffer(12 + INPUT_BYTES);
const state = new Int32Array(shared, 0, 3);
const inputBytes = new Uint8Array(shared, 12);
const base = Date.now();
const encoder = new TextEncoder();
let watchdog: Worker | undefined;
let currentLabel = "";

const WATCHDOG = `
const { workerData, parentPort } = require("node:worker_threads");
const fs = require("node:fs");
let label = "";
parentPort.on("message", (l) => { label = l; });
const state = new Int32Array(workerData.shared, 0, 3);
const bytes = new Uint8Array(workerData.shared, 12);
setInterval(() => {
  if (Atomics.load(state, 0) !== 1) return;
  const ms = Date.now() - workerData.base - Atomics.load(state, 1);
  if (ms < workerData.hangMs) return;
  const input = new TextDecoder().decode(bytes.slice(0, Atomics.load(state, 2)));
  fs.writeSync(2, "\\n[fuzz watchdog] " + label + ": an input has run for " + ms + " ms (limit " + workerData.hangMs + "): the process is stopped. Input (JSON, first 16 KB):\\n" + JSON.stringify(input) + "\\n");
  process.kill(process.pid, "SIGKILL");
}, 250);
`;

function startWatchdog() {
  if (watchdog) return;
  watchdog = new Worker(WATCHDOG, { eval: true, workerData: { shared, base, hangMs: HANG_MS } });
  watchdog.unref();
}

function setLabel(label: string) {
  currentLabel = label;
  startWatchdog();
  watchdog!.postMessage(label);
}

/** Runs one input under the clock; `input` is what the watchdog prints if it never returns. */
export function timed<T>(input: string, run: () => T): T {
  startWatchdog();
  const n = encoder.encodeInto(input.slice(0, INPUT_BYTES), inputBytes).written;
  Atomics.store(state, 2, n);
  Atomics.store(state, 1, Date.now() - base);
  Atomics.store(state, 0, 1);
  const started = performance.now();
  try {
    return run();
  } finally {
    Atomics.store(state, 0, 0);
    const ms = performance.now() - started;
    if (ms > MAX_MS_PER_INPUT) {
      throw new Error(`${currentLabel}: one input took ${Math.round(ms)} ms (limit ${MAX_MS_PER_INPUT} ms): ${JSON.stringify(input.slice(0, 2000))}`);
    }
  }
}

/**
 * One fuzz batch as a vitest test: `numRuns` inputs from `arb`, each checked by `check` under
 * the clock. Afterwards the batch asserts it really ran `numRuns` inputs (the budget is honest).
 * `show` turns an input into the text the watchdog prints.
 */
export function fuzzBatch<T>(name: string, arb: fc.Arbitrary<T>, numRuns: number, check: (input: T) => void, show: (input: T) => string = (x) => (typeof x === "string" ? x : JSON.stringify(x) ?? "")) {
  it(`${name} (${numRuns.toLocaleString("en")} inputs)`, () => {
    setLabel(name);
    let ran = 0;
    fc.assert(
      fc.property(arb, (input) => {
        ran++;
        timed(show(input), () => check(input));
      }),
      { numRuns },
    );
    expect(ran).toBe(numRuns);
  });
}

/** Line starts of a text, counting `\r\n`, `\r` and `\n` as one break each (as LSP does). */
export class Lines {
  readonly starts: number[] = [0];
  readonly lengths: number[] = [];
  constructor(readonly text: string) {
    const re = /\r\n|\r|\n/g;
    let m: RegExpExecArray | null;
    let prev = 0;
    while ((m = re.exec(text))) {
      this.lengths.push(m.index - prev);
      prev = m.index + m[0].length;
      this.starts.push(prev);
    }
    this.lengths.push(text.length - prev);
  }
  position(offset: number) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

function fail(what: string, detail: unknown): never {
  throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

/** A span inside [0, text.length], start ≤ end. */
export function checkSpan(text: string, span: Span, what: string) {
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length)) {
    fail(`${what}: span outside the document (length ${text.length})`, span);
  }
}

/** A range whose lines exist, whose characters lie on those lines, start before end. */
export function checkRange(lines: Lines, range: Range, what: string) {
  for (const p of [range.start, range.end]) {
    if (!(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0 && p.line < lines.lengths.length && p.character <= lines.lengths[p.line])) {
      fail(`${what}: range outside the document's ${lines.lengths.length} lines`, range);
    }
  }
  if (range.start.line > range.end.line || (range.start.line === range.end.line && range.start.character > range.end.character)) fail(`${what}: range ends before it starts`, range);
}

/**
 * Every diagnostic inside the document: its span in [0, length], its range on existing lines
 * and characters, and the range the very position of the span; a message to read.
 */
export function checkDiagnostics(text: string, diagnostics: Diagnostic[], what = "diagnostic") {
  if (diagnostics.length === 0) return;
  const lines = new Lines(text);
  for (const d of diagnostics) {
    const label = `${what} ${d.ruleId} "${d.message.slice(0, 80)}"`;
    checkSpan(text, d.span, label);
    checkRange(lines, d.range, label);
    const start = lines.position(d.span.start);
    const end = lines.position(d.span.end);
    if (start.line !== d.range.start.line || start.character !== d.range.start.character || end.line !== d.range.end.line || end.character !== d.range.end.character) {
      fail(`${label}: range is not the span's position`, { span: d.span, range: d.range, expected: { start, end } });
    }
    if (typeof d.message !== "string" || d.message.trim().length === 0) fail(`${label}: empty message`, d);
  }
}

/** Every `{ start, end }` in a tree (an AST) inside the document. */
export function checkAllSpans(text: string, tree: unknown, what: string) {
  const seen = new Set<object>();
  const walk = (v: unknown, path: string) => {
    if (!v || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && Object.keys(o).length === 2) {
      checkSpan(text, o as unknown as Span, `${what} ${path}`);
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
  };
  walk(tree, "");
}
