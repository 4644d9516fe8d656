/**
 * Starts the language server on the transport named on the command line: `--stdio` (the
 * default), `--node-ipc`, `--socket=PORT` or `--pipe=NAME`. Errors are logged, never fatal:
 * the process ends only on `exit` (0 after `shutdown`, 1 without) or when the client goes away.
 */
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from "vscode-languageserver/node";
import { startServer, type RunningServer, type ServerOptions } from "./server";
import { TolerantMessageReader } from "./tolerant-reader";

export function startLanguageServer(argv: string[], options: ServerOptions = {}): Connection {
  const otherTransport = argv.some((a) => a === "--node-ipc" || a.startsWith("--socket") || a.startsWith("--pipe"));
  let connection: Connection;
  let server: RunningServer | undefined;
  if (otherTransport) {
    connection = createConnection(ProposedFeatures.all);
  } else {
    const writer = new StreamMessageWriter(process.stdout);
    const reader = new TolerantMessageReader(process.stdin, (p) => {
      connection?.console.warn(`formguard: ${p.message}`);
      if (p.reply) void writer.write(p.reply);
    });
    connection = createConnection(ProposedFeatures.all, reader, writer);
    // With explicit streams the library does not watch stdin: end when the client goes away
    // (status 0 only if it had asked the server to shut down, as the library does itself).
    process.stdin.on("end", () => process.exit(server?.shutdownReceived() ? 0 : 1));
    // Anything printed to stdout would corrupt the protocol stream: send it to the client's log.
    console.log = (...a: unknown[]) => connection.console.log(a.map(String).join(" "));
    console.info = console.log;
    console.warn = (...a: unknown[]) => connection.console.warn(a.map(String).join(" "));
    console.error = (...a: unknown[]) => connection.console.error(a.map(String).join(" "));
  }
  process.on("uncaughtException", (e) => connection.console.error(`formguard: internal error (the server keeps running): ${e?.stack ?? e}`));
  process.on("unhandledRejection", (e) => connection.console.error(`formguard: internal error (the server keeps running): ${(e as Error)?.stack ?? e}`));
  server = startServer(connection, options);
  return connection;
}
