/** `formguard lsp --stdio`: run the language server (for editors; see docs/editors.md). */
import { parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";

export const LSP_HELP = `Usage: formguard lsp [--stdio | --node-ipc | --socket=PORT]

Runs the formguard language server, speaking the Language Server Protocol on standard input
and output (--stdio, the default), Node IPC (--node-ipc) or a socket. Editors start it; see
docs/editors.md for Neovim, Helix, Emacs and others.`;

export async function lspCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("lsp", argv, {
    stdio: { type: "boolean" },
    "node-ipc": { type: "boolean" },
    socket: { type: "string" },
    pipe: { type: "string" },
    clientProcessId: { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(LSP_HELP + "\n");
    return EXIT.ok;
  }
  if (positionals.length) throw new CliError(`formguard lsp: unexpected argument "${positionals[0]}" (see formguard lsp --help).`);
  const { startLanguageServer } = await import("../../server/start");
  startLanguageServer(argv);
  // The server runs until the client sends `exit`; the process ends there.
  return new Promise<number>(() => {});
}
