/** The status-bar item: formguard's errors and warnings across the workspace; click → Problems. */
import * as vscode from "vscode";
import { countProblems, statusText } from "./problem-count";

export function createStatusBar(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem("formguard.problems", vscode.StatusBarAlignment.Left, 10);
  item.name = "formguard problems";
  item.command = "workbench.actions.view.problems";
  const update = () => {
    const { text, tooltip } = statusText(countProblems(vscode.languages.getDiagnostics()));
    item.text = text;
    item.tooltip = tooltip;
  };
  update();
  item.show();
  const listener = vscode.languages.onDidChangeDiagnostics(update);
  return vscode.Disposable.from(item, listener);
}
