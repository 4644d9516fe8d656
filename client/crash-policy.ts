/**
 * When the language server dies, restart it — but not forever. A server that crashes again and
 * again within a short window is broken, and restarting it silently would hide that: after
 * `maxRestarts` crashes within `windowMs` the policy says "give up", and the extension tells the
 * user (with a button to try again). Pure, so it can be tested without VS Code.
 */
export interface CrashPolicyOptions {
  /** Restarts allowed within the window; the next crash gives up. */
  maxRestarts: number;
  windowMs: number;
  now?: () => number;
}

export type CrashDecision = { restart: true } | { restart: false; crashes: number; minutes: number };

export class CrashPolicy {
  private crashes: number[] = [];
  private readonly now: () => number;

  constructor(private readonly options: CrashPolicyOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Record a crash and decide whether to restart the server. */
  onCrash(): CrashDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.options.windowMs);
    this.crashes.push(t);
    if (this.crashes.length <= this.options.maxRestarts) return { restart: true };
    return { restart: false, crashes: this.crashes.length, minutes: Math.round(this.options.windowMs / 60_000) };
  }

  /** The user asked for a restart: start counting afresh. */
  reset(): void {
    this.crashes = [];
  }
}

/** The message shown when the policy gives up: what happened, and what the user can do. */
export function gaveUpMessage(d: { crashes: number; minutes: number }): string {
  return `The formguard language server stopped ${d.crashes} times in the last ${d.minutes} minutes and will not be restarted automatically. See the formguard output for the cause, then restart it.`;
}
