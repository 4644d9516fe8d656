/**
 * Debounced, cancellable diagnostics runs. Edits only mark documents dirty; a run starts once
 * the edits pause for `delayMs`. A run works one document at a time and yields between them,
 * so a new edit cancels it at the next document: typing never queues up work, and the
 * documents it did not reach are carried over to the next run.
 */
export interface CancelToken {
  readonly cancelled: boolean;
}

/** Does the work for some keys; returns the keys it did not reach because it was cancelled. */
export type Runner = (keys: string[], token: CancelToken) => Promise<string[]>;

export class Scheduler {
  private pending = new Set<string>();
  /** Cancels the quiet-period timer, while one is set. */
  private cancelTimer?: () => void;
  private current?: { cancelled: boolean };
  private running?: Promise<void>;

  constructor(
    private readonly runner: Runner,
    /** The quiet period to wait, asked afresh each time (the server adapts it to the cost of a check). */
    private readonly delayMs: () => number,
  ) {}

  /** Queue keys (in priority order) and restart the quiet-period timer; cancels a run in progress. */
  schedule(keys: Iterable<string>) {
    for (const k of keys) this.pending.add(k);
    if (this.current) this.current.cancelled = true;
    this.cancelTimer?.();
    this.cancelTimer = this.afterQuietPeriod();
  }

  /** Flushes once the quiet period is over. None means the next turn of the event loop, not `setTimeout(…, 0)`: Node makes that wait at least 1 ms. */
  private afterQuietPeriod(): () => void {
    const ms = this.delayMs();
    if (ms > 0) {
      const timer = setTimeout(() => void this.flush(), ms);
      return () => clearTimeout(timer);
    }
    const immediate = setImmediate(() => void this.flush());
    return () => clearImmediate(immediate);
  }

  /** Run now what is pending (used by pull requests and tests). Resolves when the run ends. */
  async flush(): Promise<void> {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    // One run at a time: a run that was cancelled stops at its next document.
    if (this.running) await this.running;
    if (this.pending.size === 0) return;
    const keys = [...this.pending];
    this.pending.clear();
    const token = { cancelled: false };
    this.current = token;
    this.running = (async () => {
      const left = await this.runner(keys, token);
      if (left.length) {
        const later = [...this.pending];
        this.pending = new Set([...later, ...left]);
        this.cancelTimer ??= this.afterQuietPeriod();
      }
    })().finally(() => {
      this.running = undefined;
      if (this.current === token) this.current = undefined;
    });
    await this.running;
  }

  dispose() {
    this.cancelTimer?.();
    if (this.current) this.current.cancelled = true;
  }
}

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
