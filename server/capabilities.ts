/** What the server tells the client it can do, given what the client can do. */
import { TextDocumentSyncKind, type ServerCapabilities } from "vscode-languageserver/node";
import { SEMANTIC_LEGEND } from "../service/semantic-tokens";
import type { ClientCaps } from "./context";

export function serverCapabilities(caps: ClientCaps): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    completionProvider: { triggerCharacters: [".", "/", "=", ","], resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentHighlightProvider: true,
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
    codeActionProvider: { codeActionKinds: ["quickfix"] },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    ...(caps.folderChanges ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    ...(caps.pull ? { diagnosticProvider: { identifier: "formguard", interFileDependencies: true, workspaceDiagnostics: false } } : {}),
  };
}
