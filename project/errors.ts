/**
 * Failures that end a run with exit status 2 (bad usage, bad configuration, unreadable
 * input): the message is shown on one line, never a stack trace. The project layer throws
 * them; every host turns them into its own way of saying so (the CLI: a line and exit 2).
 */
export class ProjectError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
