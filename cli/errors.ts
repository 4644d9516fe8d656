/** Exit statuses, and the CLI's own usage errors (a project error raised by the CLI itself). */
import { ProjectError } from "../project/errors";

export { ProjectError };

export class CliError extends ProjectError {}

export const EXIT = { ok: 0, lintErrors: 1, failure: 2 } as const;
