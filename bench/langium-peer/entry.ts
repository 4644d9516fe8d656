/**
 * What bench/langium-peer.mjs bundles (esbuild, CommonJS) and runs: in process, the peer's
 * services and a checker that names the first syntax error; as a whole process,
 * `node dist/bench-langium-peer.cjs DIR` reads every .form and .formrules file in DIR and parses
 * each, as a Langium-based linter would before any check (exit 1 at the first file with errors).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { ParseResult } from "langium";
import { createFormguardPeerServices } from "./module";

export { createFormguardPeerServices };

/** The first lexer or parser error of a parse, as `line:col message` (1-based), or undefined. */
export function firstSyntaxError(result: ParseResult): string | undefined {
  // Lexer errors carry 1-based lines and columns; parser errors point at a token (its line and
  // column are 1-based too, and NaN at the end of the text).
  const lexed = result.lexerErrors[0];
  if (lexed) return `${lexed.line ?? "?"}:${lexed.column ?? "?"} ${oneLine(lexed.message)}`;
  const parsed = result.parserErrors[0];
  if (parsed) {
    const t = parsed.token;
    const at = t.startLine === undefined || Number.isNaN(t.startLine) ? "end of text" : `${t.startLine}:${t.startColumn}`;
    return `${at} ${oneLine(parsed.message)}`;
  }
  return undefined;
}

/**
 * Chevrotain lists every token sequence it expected, one a line: an id position alone lists some 60
 * (an id or any keyword). The first and last lines say what was expected and what was found.
 */
function oneLine(message: string): string {
  const lines = message.split("\n");
  return lines.length <= 2 ? lines.join(" ") : `${lines[0]} (${lines.length - 2} listed) ${lines[lines.length - 1]}`;
}

/** Parses every form and rule pack in `dir`; returns the file count, or the first error. */
export function parseDirectory(dir: string): { files: number; error?: string } {
  const services = createFormguardPeerServices();
  const parser = services.parser.LangiumParser;
  const names = fs.readdirSync(dir).filter((f) => f.endsWith(".form") || f.endsWith(".formrules")).sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const error = firstSyntaxError(parser.parse(fs.readFileSync(file, "utf8")));
    if (error) return { files: names.length, error: `${file}:${error}` };
  }
  return { files: names.length };
}

// Run as a program (the whole-process measurement), not when required for the in-process one.
if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node bench-langium-peer.cjs DIR\n");
    process.exit(2);
  }
  const { error } = parseDirectory(dir);
  if (error) {
    process.stderr.write(`${error}\n`);
    process.exitCode = 1;
  }
}
