/**
 * `formguard lsp [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]`: the language server's own
 * command line. `bin/formguard.js` dispatches `lsp` here (the server bundle), so the CLI never
 * imports the server; editors may also start `dist/server.js` directly with the same options.
 */
import { parseArgs } from "node:util";
import { startLanguageServer } from "./start";

export const LSP_HELP = `Usage: formguard lsp [--stdio | --node-ipc | --socket=PORT]

Runs the formguard language server, speaking the Language Server Protocol on standard input
and output (--stdio, the default), Node IPC (--node-ipc) or a socket. Editors start it; see
docs/editors.md for Neovim, Helix, Emacs and others.`;

/** Starts the server, or answers `--help` / refuses bad usage. Resolves with an exit status only when it does not start. */
export function lspMain(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    process.stderr.write(`formguard lsp: ${unknown ? `unknown option ${unknown[1]} (see formguard lsp --help)` : msg.replace(/\n/g, " ")}.\n`);
    return Promise.resolve(2);
  }
  if (parsed.values.help) {
    process.stdout.write(LSP_HELP + "\n");
    return Promise.resolve(0);
  }
  if (parsed.positionals.length) {
    process.stderr.write(`formguard lsp: unexpected argument "${parsed.positionals[0]}" (see formguard lsp --help).\n`);
    return Promise.resolve(2);
  }
  startLanguageServer(argv);
  // The server runs until the client sends `exit`; the process ends there.
  return new Promise<number>(() => {});
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      stdio: { type: "boolean" },
      "node-ipc": { type: "boolean" },
      socket: { type: "string" },
      pipe: { type: "string" },
      clientProcessId: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
