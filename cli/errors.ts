/**
 * Failures that end a run with exit status 2 (bad usage, bad configuration, unreadable
 * input): the message is shown on one line, never a stack trace.
 */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export const EXIT = { ok: 0, lintErrors: 1, failure: 2 } as const;
