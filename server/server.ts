/**
 * The language server's lifecycle and document bookkeeping: initialize, settings, watched
 * files, open/change/close. Diagnostics live in diagnostics-runner.ts, the project (packs,
 * configuration) in project-config.ts, the editor features in features.ts.
 */
import * as path from "node:path";
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { checkConfigDocument } from "../service/config-diagnostics";
import { serverCapabilities } from "./capabilities";
import { createContext, pushedDigest } from "./context";
import { ALL, DiagnosticsRunner } from "./diagnostics-runner";
import { registerFeatures } from "./features";
import { readFileText } from "./project-files";
import { ProjectConfig } from "./project-config";
import { readSettings } from "./settings";
import { isConfigUri, isFormguardUri, isJsonUri, normalizeUri, pathToUri, uriToPath } from "./uris";
import { EDITOR_RESOURCE_TYPE_LIMIT, isQuestionnaireResource } from "../fhir/resource-type";

declare const FORMGUARD_VERSION: string;

export interface ServerOptions {
  /** A fixed quiet period after an edit before diagnostics run; by default it adapts (15–100 ms). */
  debounceMs?: number;
}

export interface RunningServer {
  /** True once the client has sent `shutdown`: the exit status is then 0. */
  shutdownReceived(): boolean;
}

export function startServer(connection: Connection, options: ServerOptions = {}): RunningServer {
  const ctx = createContext(connection);
  const { store, caps } = ctx;
  const project = new ProjectConfig(ctx);
  const runner = new DiagnosticsRunner(ctx, project, options.debounceMs);
  const documents = new TextDocuments(TextDocument);
  let shutdown = false;

  // ------------------------------------------------------------------ lifecycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    caps.pull = !!c.textDocument?.diagnostic;
    caps.refresh = !!c.workspace?.diagnostics?.refreshSupport;
    caps.snippets = !!c.textDocument?.completion?.completionItem?.snippetSupport;
    caps.configuration = !!c.workspace?.configuration;
    caps.watchers = !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    caps.configChange = !!c.workspace?.didChangeConfiguration?.dynamicRegistration;
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [pathToUri(params.rootPath)] : []);
    ctx.folders = roots.map((u) => uriToPath(u)).filter((p): p is string => !!p).map((p) => path.resolve(p));
    // Editors without workspace/configuration pass settings here: `{ formguard: {…} }` or `{ settings: { formguard: {…} } }`.
    const init = params.initializationOptions as { formguard?: unknown; settings?: { formguard?: unknown } } | undefined;
    ctx.settings = readSettings(init?.formguard ?? init?.settings?.formguard, ctx.warn);
    caps.folderChanges = !!c.workspace?.workspaceFolders;
    return {
      capabilities: serverCapabilities(caps),
      serverInfo: { name: "formguard", version: typeof FORMGUARD_VERSION === "string" ? FORMGUARD_VERSION : "dev" },
    };
  });

  connection.onInitialized(async () => {
    if (caps.configChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: "formguard" });
    if (caps.watchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.form" }, { globPattern: "**/*.formrules" }, { globPattern: "**/*.json" }],
      });
    }
    if (caps.folderChanges) connection.workspace.onDidChangeWorkspaceFolders((e) => void foldersChanged(e.added.map((f) => f.uri), e.removed.map((f) => f.uri)));
    await project.pullSettings();
    try {
      project.load();
    } catch (e) {
      ctx.warn(`could not load the workspace: ${(e as Error).message}`);
    }
    ctx.markReady();
    runner.scheduler.schedule([ALL]);
  });

  /** Folders added or removed: forget the files of removed ones (unless open), load the new ones. */
  async function foldersChanged(added: string[], removed: string[]) {
    await ctx.ready;
    const gone = removed.map((u) => uriToPath(u)).filter((p): p is string => !!p).map((p) => path.resolve(p));
    ctx.folders = [...ctx.folders.filter((f) => !gone.includes(f)), ...added.map((u) => uriToPath(u)).filter((p): p is string => !!p).map((p) => path.resolve(p))];
    for (const key of store.keys()) {
      const file = uriToPath(key);
      if (!file || !gone.some((f) => file.startsWith(f + path.sep))) continue;
      const clientUri = store.clientUri(key);
      if (store.removeDisk(key)) runner.forget(key, clientUri);
    }
    project.load();
    runner.scheduler.schedule([ALL]);
  }

  connection.onShutdown(() => {
    shutdown = true;
    runner.scheduler.dispose();
  });

  connection.onDidChangeConfiguration(async (params) => {
    const inline = (params.settings as { formguard?: unknown } | undefined)?.formguard;
    if (caps.configuration) await project.pullSettings();
    else if (inline !== undefined) ctx.settings = readSettings(inline, ctx.warn);
    await ctx.ready;
    for (const dropped of project.loadExtraPacks()) runner.forget(dropped, dropped);
    runner.scheduler.schedule([ALL]);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await ctx.ready;
    const keys: string[] = [];
    const inProject = project.projectFileTest();
    for (const change of params.changes) {
      const key = normalizeUri(change.uri);
      const file = uriToPath(key);
      if (!file) continue;
      if (isConfigUri(key)) {
        keys.push(key);
        continue;
      }
      if (!(isFormguardUri(key) || isJsonUri(key))) continue;
      if (change.type === FileChangeType.Deleted) {
        const clientUri = store.clientUri(key);
        if (store.removeDisk(key)) {
          runner.forget(key, clientUri);
          keys.push(ALL);
        }
        continue;
      }
      // Found by the CLI's own discovery (the configuration's ignores; never node_modules/), or not loaded at all.
      if (!inProject(key)) continue;
      const r = readFileText(file);
      // Of the JSON files, only Questionnaires (or files already known as one) are linted.
      if (r.ok && isJsonUri(key) && !store.has(key) && !isQuestionnaireResource(r.text)) continue;
      if (r.ok) {
        store.setDisk(key, r.text);
        keys.push(key);
      }
    }
    if (keys.length) runner.scheduler.schedule(keys);
  });

  // ------------------------------------------------------------------ open documents

  /** A form or pack by its file name, or an unsaved one by its language (`formguard-form`, `formguard-rules`, `formguard`). */
  const accepts = (key: string, languageId: string, text: () => string) => isFormguardUri(key) || languageId.startsWith("formguard") || (isJsonUri(key) && (store.has(key) || isQuestionnaireResource(text(), EDITOR_RESOURCE_TYPE_LIMIT)));

  documents.onDidChangeContent(async (e) => {
    const key = normalizeUri(e.document.uri);
    if (isConfigUri(key)) {
      // Checked as typed; it takes effect when saved (watched files), as the CLI reads it.
      await ctx.ready;
      const checked = checkConfigDocument(e.document.getText(), project.knownRuleIds());
      ctx.pushed.set(e.document.uri, pushedDigest(checked.diagnostics));
      void connection.sendDiagnostics({ uri: e.document.uri, version: e.document.version, diagnostics: checked.diagnostics });
      return;
    }
    if (!accepts(key, e.document.languageId, () => e.document.getText())) return;
    if (!store.isOpen(key)) {
      store.open(key, e.document.uri, e.document.getText(), e.document.version);
      // The client pulls diagnostics for open documents: drop what was pushed for the file.
      if (caps.pull) runner.clear(e.document.uri);
    } else store.change(key, e.document.getText(), e.document.version);
    runner.scheduler.schedule([key]);
  });

  documents.onDidClose((e) => {
    const key = normalizeUri(e.document.uri);
    if (!accepts(key, e.document.languageId, () => e.document.getText())) return;
    if (store.close(key)) {
      runner.forget(key, e.document.uri);
      runner.scheduler.schedule([ALL]);
    } else runner.scheduler.schedule([key]);
  });

  registerFeatures(ctx, runner, project);
  documents.listen(connection);
  connection.listen();
  return { shutdownReceived: () => shutdown };
}
