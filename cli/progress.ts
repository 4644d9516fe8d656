/**
 * A progress bar on stderr for long runs. Shown only when stderr is a terminal, `CI` is unset,
 * and the run has already taken longer than a moment (so quick runs never flicker); cleared
 * when done so that it never mixes with the report. Drawn from the work loop itself (no timer):
 * checking is synchronous, so a timer could not fire until it ended.
 */
export interface ProgressOptions {
  stream?: { isTTY?: boolean; columns?: number; write(s: string): unknown };
  env?: Record<string, string | undefined>;
  now?: () => number;
  /** Show nothing before this many milliseconds. */
  delayMs?: number;
  label?: string;
}

export interface Progress {
  tick(done: number, total: number): void;
  done(): void;
}

export function progressBar(opts: ProgressOptions = {}): Progress {
  const env = opts.env ?? process.env;
  const now = opts.now ?? Date.now;
  const delay = opts.delayMs ?? 300;
  const label = opts.label ?? "checking";
  const start = now();
  // The stream is looked at only once the run has lasted past the delay: reading process.stderr
  // makes Node create the stream (about 2 ms of a fresh process: an empty script against one
  // reading it, 41 interleaved runs), which a quick run, nearly every run, never needs.
  let stream: NonNullable<ProgressOptions["stream"]> | undefined;
  let enabled: boolean | undefined;
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    tick(done, total) {
      if (enabled === false || total <= 0) return;
      const t = now();
      if (t - start < delay) return;
      if (enabled === undefined) {
        stream = opts.stream ?? process.stderr;
        enabled = !!stream.isTTY && !env.CI;
        if (!enabled) return;
      }
      const out = stream!; // set with `enabled`
      if (t - lastDraw < 50 && done < total) return; // redraw at most 20 times a second
      lastDraw = t;
      const width = Math.max(10, Math.min(40, (out.columns ?? 80) - 40));
      const filled = Math.round((done / total) * width);
      out.write(`\r\u001b[2K${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} files`);
      drawn = true;
    },
    done() {
      if (drawn) stream?.write("\r\u001b[2K");
      drawn = false;
    },
  };
}
