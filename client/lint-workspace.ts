/**
 * *formguard: Lint workspace*: runs the bundled CLI over every workspace folder and shows what
 * it finds in the Problems panel, with the same summary CI would print. The language server is
 * the authority for every file it has reported on (it checks the workspace, open or not), so
 * this collection only fills in files the server has said nothing about, and steps aside for
 * documents as they are opened or changed (their results here would be stale).
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { parseCliJson, ruleArgs, toPlainDiagnostics, type PlainDiagnostic } from "./cli-results";
import { FORMGUARD_SOURCE } from "./problem-count";
import { runCli } from "./run-cli";
import { packArgs, readSettings } from "./settings";

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };

export class WorkspaceLinter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection("formguard-workspace");
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly cliPath: string,
    private readonly output: vscode.OutputChannel,
    /** Whether the language server has published diagnostics for this file. */
    private readonly serverReported: (uri: vscode.Uri) => boolean,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.collection.delete(doc.uri)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.collection.delete(doc.uri)),
    );
    const watcher = vscode.workspace.createFileSystemWatcher("**/*.{form,formrules}");
    watcher.onDidChange((uri) => this.collection.delete(uri));
    watcher.onDidDelete((uri) => this.collection.delete(uri));
    this.disposables.push(watcher);
  }

  async lintWorkspace(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage("formguard: open a folder to lint its forms and rule packs.");
      return;
    }
    // The progress notification ends when the run does; the summary is a message of its own.
    const summary = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: "formguard: linting the workspace…" },
      async () => {
        this.collection.clear();
        let errors = 0;
        let warnings = 0;
        let files = 0;
        for (const folder of folders) {
          const found = await this.lintFolder(folder);
          if (!found) return undefined;
          files += found.files;
          errors += found.errors;
          warnings += found.warnings;
        }
        return `formguard: ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}.`;
      },
    );
    if (!summary) return;
    this.output.appendLine(summary);
    const choice = await vscode.window.showInformationMessage(summary, "Open Problems");
    if (choice) await vscode.commands.executeCommand("workbench.actions.view.problems");
  }

  private async lintFolder(folder: vscode.WorkspaceFolder): Promise<{ files: number; errors: number; warnings: number } | undefined> {
    const settings = readSettings(folder);
    const args = ["lint", folder.uri.fsPath, "--format", "json", ...packArgs(settings), ...ruleArgs(settings.rules)];
    this.output.appendLine(`> formguard ${args.join(" ")}`);
    const run = await runCli(this.cliPath, args, folder.uri.fsPath);
    if (run.code !== 0 && run.code !== 1) {
      const why = run.stderr.trim() || `formguard exited with status ${run.code}`;
      this.output.appendLine(why);
      void vscode.window.showErrorMessage(`formguard could not lint ${folder.name}: ${why}`, "Show output").then((c) => c && this.output.show(true));
      return undefined;
    }
    const byFile = toPlainDiagnostics(parseCliJson(run.stdout));
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    let errors = 0;
    let warnings = 0;
    for (const [filePath, list] of byFile) {
      const uri = vscode.Uri.file(path.resolve(folder.uri.fsPath, filePath));
      errors += list.filter((d) => d.level === "error").length;
      warnings += list.filter((d) => d.level === "warning").length;
      if (!open.has(uri.toString()) && !this.serverReported(uri)) this.collection.set(uri, list.map(toVscode));
    }
    return { files: byFile.size, errors, warnings };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function toVscode(d: PlainDiagnostic): vscode.Diagnostic {
  const range = new vscode.Range(d.start.line, d.start.character, d.end.line, d.end.character);
  const diagnostic = new vscode.Diagnostic(range, d.message, SEVERITY[d.level]);
  diagnostic.source = FORMGUARD_SOURCE;
  diagnostic.code = d.ruleId;
  return diagnostic;
}
