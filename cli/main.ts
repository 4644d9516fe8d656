/**
 * `formguard` entry point: dispatch to a subcommand; turn every failure into a one-line
 * message and exit status 2. A stack trace is shown only with FORMGUARD_DEBUG=1.
 */
import { terminalText } from "../language/safe-text";
import { COMMANDS } from "./commands/index";
import { stopWhenOutputCloses } from "./closed-output";
import { EXIT, ProjectError } from "./errors";

export { writeBuildTables } from "./build-tables";
/** For lint worker threads (cli/parallel/ordered-checks.ts), which run this bundle. */
export { runLintWorker } from "./parallel/worker";

declare const FORMGUARD_VERSION: string;
export const VERSION = typeof FORMGUARD_VERSION === "string" ? FORMGUARD_VERSION : "0.0.0-dev";

function usage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return [
    "Usage: formguard <command> [options]",
    "",
    "Commands:",
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n].summary}`),
    "",
    "Run formguard <command> --help for a command's options.",
  ].join("\n");
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    process.stderr.write(`formguard: no command given.\n\n${usage()}\n`);
    return EXIT.failure;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage() + "\n");
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(VERSION + "\n");
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`formguard: unknown command "${name}".\n\n${usage()}\n`);
    return EXIT.failure;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    if (e instanceof ProjectError) {
      // One prefix: a message that already names the command (`formguard lint: …`) keeps only that.
      const message = terminalText(e.message.replace(/\n/g, " "));
      process.stderr.write(`${/^formguard[ :]/.test(message) ? "" : "formguard: "}${message}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    process.stderr.write(`formguard: internal error: ${err?.message ?? String(e)}. Please report it with the input that caused it.\n`);
    if (process.env.FORMGUARD_DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
    return EXIT.failure;
  }
}

/** `main` as a command line runs it: a closed stdout stops the run with a message (cli/closed-output.ts). */
export function runCommandLine(argv: string[]): Promise<number> {
  stopWhenOutputCloses();
  return main(argv);
}

if (require.main === module) {
  runCommandLine(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT.failure;
    },
  );
}
