/**
 * *formguard: Open compliance report*: runs `formguard report --format html` over the first
 * workspace folder into a temporary file and shows it in a webview under a strict policy.
 */
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { makeNonce, secureReportHtml } from "./report-html";
import { runCli } from "./run-cli";
import { packArgs, readSettings } from "./settings";

export async function openComplianceReport(cliPath: string, output: vscode.OutputChannel): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage("formguard: open a folder to report on its forms.");
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-report-"));
  const file = path.join(dir, "report.html");
  try {
    const args = ["report", folder.uri.fsPath, "--format", "html", "--output", file, ...packArgs(readSettings(folder))];
    output.appendLine(`> formguard ${args.join(" ")}`);
    const run = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: "formguard: building the compliance report…" },
      () => runCli(cliPath, args, folder.uri.fsPath),
    );
    if (/unknown command "report"/.test(run.stderr)) {
      void vscode.window.showWarningMessage("formguard: this version of formguard cannot build the compliance report yet (its `report` command is missing). Use “formguard: Lint workspace” meanwhile.");
      return;
    }
    if (run.code === 2 || !fs.existsSync(file)) {
      const why = run.stderr.trim() || `formguard report exited with status ${run.code}`;
      output.appendLine(why);
      void vscode.window.showErrorMessage(`formguard could not build the compliance report: ${why}`, "Show output").then((c) => c && output.show(true));
      return;
    }
    const panel = vscode.window.createWebviewPanel("formguard.report", `Compliance report — ${folder.name}`, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [],
    });
    panel.webview.html = secureReportHtml(fs.readFileSync(file, "utf8"), makeNonce(randomBytes));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
