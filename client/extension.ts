/**
 * The formguard VS Code extension: wires the language client, the commands and the status bar.
 * Each concern lives in its own file; this one only connects them.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { createLanguageClient } from "./language-client";
import { WorkspaceLinter } from "./lint-workspace";
import { openPreviewToSide } from "./preview-panel";
import { openComplianceReport } from "./report-webview";
import { createStatusBar } from "./status-bar";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("formguard");
  const cliPath = context.asAbsolutePath("dist/cli.js");
  client = createLanguageClient(context, output);
  const linter = new WorkspaceLinter(cliPath, output, (uri) => client?.diagnostics?.has(uri) ?? false);
  context.subscriptions.push(
    output,
    linter,
    createStatusBar(),
    vscode.commands.registerCommand("formguard.lintWorkspace", () => linter.lintWorkspace()),
    vscode.commands.registerCommand("formguard.openReport", () => openComplianceReport(cliPath, output)),
    vscode.commands.registerCommand("formguard.openPreviewToSide", (uri?: vscode.Uri) => openPreviewToSide(() => client, output, uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand("formguard.restartServer", () => restart(output)),
    vscode.commands.registerCommand("formguard.showOutput", () => output.show(true)),
  );
  try {
    await client.start();
  } catch (e) {
    output.appendLine(`The formguard language server did not start: ${(e as Error).message}`);
    void vscode.window.showErrorMessage("formguard: the language server did not start. See the formguard output.", "Show output").then((c) => c && output.show(true));
  }
}

async function restart(output: vscode.OutputChannel): Promise<void> {
  if (!client) return;
  output.appendLine(`[${new Date().toISOString()}] Restarting the formguard language server.`);
  try {
    // restart() stops a running server first; a stopped one (after repeated crashes) is started.
    if (client.isRunning()) await client.restart();
    else await client.start();
    void vscode.window.setStatusBarMessage("formguard: language server restarted", 3000);
  } catch (e) {
    output.appendLine(`Restart failed: ${(e as Error).message}`);
    void vscode.window.showErrorMessage("formguard: the language server could not be restarted. See the formguard output.", "Show output").then((c) => c && output.show(true));
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
