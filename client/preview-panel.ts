/**
 * *formguard: Open Preview to the Side*: the form as it is filled in, beside its text. The
 * language server supplies the model (`formguard/preview`), so the preview shows exactly what
 * the server parsed and checked; this file only renders it, sends each new rendering to the
 * page (which keeps the answers typed into it), follows the editor's scrolling, and reveals a
 * question's line when it is clicked.
 */
import { randomBytes } from "node:crypto";
import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { renderPreviewBody, renderPreviewPage } from "../preview/html";
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from "../preview/protocol";
import { makeNonce, secureReportHtml } from "./report-html";

/** After a keystroke, wait this long for the next before asking for a new model. */
const UPDATE_DELAY_MS = 150;
/** While the language server is not answering yet, ask again this often. */
const RETRY_MS = 1000;

const panels = new Map<string, PreviewPanel>();

export async function openPreviewToSide(client: () => LanguageClient | undefined, output: vscode.OutputChannel, uri?: vscode.Uri): Promise<void> {
  const editor = uri ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()) : vscode.window.activeTextEditor;
  const document = editor?.document ?? (uri ? await vscode.workspace.openTextDocument(uri) : undefined);
  if (!document || document.languageId !== "formguard-form") {
    void vscode.window.showInformationMessage("formguard: open a form spec (.form) to preview it.");
    return;
  }
  const key = document.uri.toString();
  const existing = panels.get(key);
  if (existing) {
    existing.panel.reveal(vscode.ViewColumn.Beside, true);
    return;
  }
  const preview = new PreviewPanel(document, client, output);
  panels.set(key, preview);
  preview.panel.onDidDispose(() => panels.delete(key));
  await preview.refresh();
}

class PreviewPanel {
  readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private pending = Promise.resolve();
  private shown = false;
  private disposed = false;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly client: () => LanguageClient | undefined,
    private readonly output: vscode.OutputChannel,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      "formguard.preview",
      `Preview ${path.basename(document.uri.fsPath)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // Kept alive when hidden: the answers typed into it are part of what the user sees.
      { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: true },
    );
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document === this.document && e.visibleRanges[0]) void this.panel.webview.postMessage({ type: "scroll", line: e.visibleRanges[0].start.line });
      }),
      this.panel.webview.onDidReceiveMessage((m: { type?: string; line?: number }) => {
        if (m.type === "reveal" && typeof m.line === "number") void this.reveal(m.line);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.panel.dispose();
      }),
    );
    this.panel.onDidDispose(() => {
      this.disposed = true;
      clearTimeout(this.timer);
      for (const s of this.subscriptions) s.dispose();
    });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), UPDATE_DELAY_MS);
  }

  /** Asks the server for the model; the first answer sets the page, later ones update it in place. */
  refresh(): Promise<void> {
    // One request at a time, in order: an older answer never overwrites a newer one.
    this.pending = this.pending.then(async () => {
      const model = await this.model();
      if (model === undefined) {
        // The server is not up yet (or restarting): try again shortly, until the page is shown.
        if (!this.shown && !this.disposed) this.timer = setTimeout(() => void this.refresh(), RETRY_MS);
        return;
      }
      if (!this.shown) {
        this.panel.webview.html = secureReportHtml(renderPreviewPage(model ?? { version: 1, uri: this.document.uri.toString(), forms: [], findings: [] }), makeNonce(randomBytes));
        this.shown = true;
      } else if (model) await this.panel.webview.postMessage({ type: "update", html: renderPreviewBody(model) });
    });
    return this.pending;
  }

  private async model(): Promise<PreviewResult | undefined> {
    const client = this.client();
    if (!client) return undefined;
    try {
      const params: PreviewParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(this.document.uri) } };
      return await client.sendRequest<PreviewResult>(PREVIEW_REQUEST, params);
    } catch (e) {
      this.output.appendLine(`formguard: the preview could not be updated: ${(e as Error).message}`);
      return undefined;
    }
  }

  /** Shows the clicked question's line in the form's editor. */
  private async reveal(line: number): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const at = new vscode.Position(Math.min(line, this.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
