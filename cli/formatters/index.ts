/** Lint output formats by name. Each is a pure function of the run. */
import type { Palette } from "./colours";
import { streamGithub } from "./github";
import { streamJson } from "./json";
import { formatJunit } from "./junit";
import { formatSarif } from "./sarif";
import { streamStylish } from "./stylish";
import { wholeRun, type Formatter, type StreamingFormatter } from "./types";

/**
 * The formats a streamed run writes file by file (cli/lint-stream.ts). JUnit puts its totals in
 * the opening tag and SARIF's results sit inside one JSON document, so those two are written
 * from the whole run.
 */
export const STREAMING_FORMATS: Record<string, (palette: Palette) => StreamingFormatter> = {
  stylish: (p) => streamStylish(p),
  json: () => streamJson,
  github: () => streamGithub,
};

export const LINT_FORMATS: Record<string, (palette: Palette) => Formatter> = {
  stylish: (p) => wholeRun(streamStylish(p)),
  json: () => wholeRun(streamJson),
  sarif: () => formatSarif,
  junit: () => formatJunit,
  github: () => wholeRun(streamGithub),
};
