/**
 * Starts the bundled language server (`dist/server.js`, a Node module talking over IPC) for
 * form specs and rule packs, and restarts it when it dies — up to a limit, then says so.
 */
import * as vscode from "vscode";
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { CrashPolicy, gaveUpMessage } from "./crash-policy";

export const LANGUAGE_IDS = ["formguard-form", "formguard-rules"] as const;

/** Restart at most 4 times in 3 minutes; the 5th crash in that window stops and tells the user. */
export const RESTART_LIMIT = { maxRestarts: 4, windowMs: 3 * 60_000 };

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const policy = new CrashPolicy(RESTART_LIMIT);
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_IDS.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    outputChannel: output,
    synchronize: {
      configurationSection: "formguard",
      fileEvents: [
        vscode.workspace.createFileSystemWatcher("**/*.{form,formrules}"),
        // formguard.config.json, and FHIR Questionnaires (the server reads only those).
        vscode.workspace.createFileSystemWatcher("**/*.json"),
      ],
    },
    errorHandler: crashHandler(policy, output),
    // Everything goes to the output; the user is interrupted only by the messages this file
    // chooses (the crash handler's), not by one notification per log line.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationFailedHandler: (error) => {
      output.appendLine(`The formguard language server failed to initialise: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
  };
  // The id "formguard" makes the client read `formguard.trace.server`.
  return new LanguageClient("formguard", "formguard language server", serverOptions, clientOptions);
}

function crashHandler(policy: CrashPolicy, output: vscode.OutputChannel): ErrorHandler {
  return {
    // A failed read or write is logged (the client writes it to the output); it usually means
    // the server has died, which `closed` reports. Only errors that keep coming stop the server.
    error: (_error, _message, count) =>
      count !== undefined && count <= 3
        ? { action: ErrorAction.Continue, handled: true }
        : { action: ErrorAction.Shutdown, message: "formguard: the connection to the language server keeps failing, so it was stopped. See the formguard output, then run “formguard: Restart server”." },
    closed: () => {
      const decision = policy.onCrash();
      if (decision.restart) {
        output.appendLine(`[${new Date().toISOString()}] The formguard language server stopped; restarting it.`);
        return { action: CloseAction.Restart, handled: true };
      }
      const message = gaveUpMessage(decision);
      output.appendLine(`[${new Date().toISOString()}] ${message}`);
      void vscode.window.showErrorMessage(message, "Restart server", "Show output").then((choice) => {
        if (choice === "Restart server") {
          policy.reset();
          void vscode.commands.executeCommand("formguard.restartServer");
        } else if (choice === "Show output") {
          output.show(true);
        }
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}
