/**
 * What every part of the server shares: the connection, the documents, what the client can do,
 * the client's settings, and a promise that resolves once the workspace is loaded.
 */
import { nodeCrypto } from "../language/node-crypto";
import type { Connection } from "vscode-languageserver/node";
import { DocumentStore } from "./document-store";
import { DEFAULT_SETTINGS, type ClientSettings } from "./settings";

export interface ClientCaps {
  /** The client pulls diagnostics (`textDocument/diagnostic`). */
  pull: boolean;
  /** …and can be asked to pull again (`workspace/diagnostic/refresh`). */
  refresh: boolean;
  snippets: boolean;
  /** The client answers `workspace/configuration`. */
  configuration: boolean;
  watchers: boolean;
  configChange: boolean;
  /** The client tells the server when workspace folders are added or removed. */
  folderChanges: boolean;
}

export interface ServerContext {
  connection: Connection;
  store: DocumentStore;
  caps: ClientCaps;
  settings: ClientSettings;
  /** Absolute paths of the workspace folders. */
  folders: string[];
  /** Resolves once the packs, configuration and workspace files are loaded. */
  ready: Promise<void>;
  markReady(): void;
  /** A digest of what was last pushed per client URI (`pushedDigest`), so unchanged diagnostics are not sent again. */
  pushed: Map<string, string>;
  log(message: string): void;
  /** Logged and shown to the user. */
  warn(message: string): void;
  /** Logged only with `formguard.trace.server: verbose`. */
  verbose(message: string): void;
}

export function createContext(connection: Connection): ServerContext {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const ctx: ServerContext = {
    connection,
    store: new DocumentStore(),
    caps: { pull: false, refresh: false, snippets: false, configuration: false, watchers: false, configChange: false, folderChanges: false },
    settings: DEFAULT_SETTINGS,
    folders: [],
    ready,
    markReady,
    pushed: new Map(),
    log: (message) => connection.console.log(message),
    warn: (message) => {
      connection.console.warn(message);
      void connection.window.showWarningMessage(`formguard: ${message}`);
    },
    verbose: (message) => {
      if (ctx.settings.trace === "verbose") connection.console.log(message);
    },
  };
  return ctx;
}

/**
 * What `pushed` keeps of a diagnostics list: a digest, not the list's JSON, which for a large
 * workspace was ≈ 20 MB held only to be compared.
 */
export function pushedDigest(diagnostics: unknown): string {
  return nodeCrypto().createHash("sha1").update(JSON.stringify(diagnostics)).digest("base64");
}
