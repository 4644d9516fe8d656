/** Lint output formats by name. Each is a pure function of the run. */
import type { Palette } from "./colours";
import { formatGithub } from "./github";
import { formatJson } from "./json";
import { formatJunit } from "./junit";
import { formatSarif } from "./sarif";
import { stylish } from "./stylish";
import type { Formatter } from "./types";

export const LINT_FORMATS: Record<string, (palette: Palette) => Formatter> = {
  stylish: (p) => stylish(p),
  json: () => formatJson,
  sarif: () => formatSarif,
  junit: () => formatJunit,
  github: () => formatGithub,
};
