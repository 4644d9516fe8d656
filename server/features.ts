/**
 * The editor features: each LSP request mapped onto its language-service function, with URIs
 * translated between the client's spelling and the server's keys. Nothing is computed here.
 */
import { LSPErrorCodes, ResponseError, type Location, type WorkspaceEdit } from "vscode-languageserver/node";
import { codeActions } from "../service/code-actions";
import { completion } from "../service/completion";
import { definition } from "../service/definition";
import { documentHighlights } from "../service/document-highlight";
import { documentSymbols } from "../service/document-symbols";
import { foldingRanges } from "../service/folding-ranges";
import { formatDocumentEdits, formatRangeEdits, type FormattingOutcome } from "../service/formatting";
import { hover } from "../service/hover";
import { previewModel } from "../service/preview";
import { PREVIEW_REQUEST, type PreviewParams, type PreviewResult } from "../preview/protocol";
import { references } from "../service/references";
import { prepareRename, rename, RenameError } from "../service/rename";
import { semanticTokens } from "../service/semantic-tokens";
import { workspaceSymbols } from "../service/workspace-symbols";
import type { ServerContext } from "./context";
import type { DiagnosticsRunner } from "./diagnostics-runner";
import type { ProjectConfig } from "./project-config";
import { fixesFor, formatter } from "./providers";
import { isConfigUri, isJsonUri, normalizeUri } from "./uris";

export function registerFeatures(ctx: ServerContext, runner: DiagnosticsRunner, project: ProjectConfig) {
  const { connection, store } = ctx;
  const ws = () => store.live;

  /** The server's key for a request's document, with every document parsed up to date; undefined for one it does not know. */
  async function keyOf(uri: string): Promise<string | undefined> {
    await ctx.ready;
    const key = normalizeUri(uri);
    // A Questionnaire's JSON is checked as its imported form, but the editor features work on
    // form text: positions in the JSON mean nothing to them.
    if (!store.has(key) || isJsonUri(key)) return undefined;
    store.syncAll();
    return key;
  }

  // Locations inside a Questionnaire's imported form text have no place in its JSON: left out.
  const toClientLocations = (list: Location[]) => list.filter((l) => !isJsonUri(l.uri)).map((l) => ({ ...l, uri: store.clientUri(l.uri) }));
  const toClientEdit = (edit: WorkspaceEdit | null | undefined): WorkspaceEdit | undefined => {
    if (!edit?.changes) return edit ?? undefined;
    return { changes: Object.fromEntries(Object.entries(edit.changes).map(([k, v]) => [store.clientUri(k), v])) };
  };
  /** A rename the user must change is answered as a failed request carrying the reason. */
  const renameErrors = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof RenameError) throw new ResponseError(LSPErrorCodes.RequestFailed, e.message);
      throw e;
    }
  };
  const formatted = (r: FormattingOutcome) => {
    if (r.ok) return r.edits;
    ctx.log(`formguard: not formatted: ${r.reason}`);
    return [];
  };

  connection.onHover(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? hover(ws(), key, p.position, runner.current(key)?.result.diagnostics ?? []) : null;
  });

  connection.onCompletion(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? completion(ws(), key, p.position, { snippets: ctx.caps.snippets }) : [];
  });

  connection.onDefinition(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? toClientLocations(definition(ws(), key, p.position)) : [];
  });

  connection.onReferences(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? toClientLocations(references(ws(), key, p.position, p.context.includeDeclaration)) : [];
  });

  connection.onDocumentHighlight(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? documentHighlights(ws(), key, p.position) : [];
  });

  connection.onPrepareRename(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? renameErrors(() => prepareRename(ws(), key, p.position)) : null;
  });

  connection.onRenameRequest(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    const edit = key ? renameErrors(() => rename(ws(), key, p.position, p.newName)) : undefined;
    // A rename would also have to edit a Questionnaire's JSON, which it cannot: refuse rather than leave it stale.
    if (edit?.changes && Object.keys(edit.changes).some(isJsonUri)) throw new ResponseError(LSPErrorCodes.RequestFailed, "This id is also used in a FHIR Questionnaire (JSON), which rename cannot edit: change it there by hand.");
    return toClientEdit(edit) ?? null;
  });

  connection.onDocumentSymbol(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? documentSymbols(ws(), key) : [];
  });

  connection.onWorkspaceSymbol(async (p) => {
    await ctx.ready;
    store.syncAll();
    return workspaceSymbols(ws(), p.query).filter((s) => !isJsonUri(s.location.uri)).map((s) => ({ ...s, location: { ...s.location, uri: store.clientUri(s.location.uri) } }));
  });

  connection.onFoldingRanges(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? foldingRanges(ws(), key) : [];
  });

  connection.languages.semanticTokens.on(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? semanticTokens(ws(), key) : { data: [] };
  });

  connection.onCodeAction(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    const entry = key ? runner.fresh(key) : undefined;
    if (!entry) return [];
    return codeActions(entry.doc, entry.index, p.range, entry.result.diagnostics, fixesFor, p.context.only).map((a) => ({ ...a, edit: toClientEdit(a.edit) }));
  });

  // The editor's preview: the document's model with its current findings, checked now if stale.
  connection.onRequest(PREVIEW_REQUEST, async (p: PreviewParams): Promise<PreviewResult> => {
    const key = await keyOf(p.textDocument.uri);
    // (keyOf knows no Questionnaire: its preview is `formguard preview FILE.json`, docs/preview.md)
    const entry = key ? runner.fresh(key) : undefined;
    if (!entry) return null;
    return { ...previewModel(entry.doc, entry.index, entry.result, fixesFor), uri: p.textDocument.uri };
  });

  connection.onDocumentFormatting(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? formatted(formatDocumentEdits(ws(), key, formatter)) : [];
  });

  connection.onDocumentRangeFormatting(async (p) => {
    const key = await keyOf(p.textDocument.uri);
    return key ? formatted(formatRangeEdits(ws(), key, p.range, formatter)) : [];
  });

  connection.languages.diagnostics.on(async (p) => {
    await ctx.ready;
    const key = normalizeUri(p.textDocument.uri);
    if (isConfigUri(key)) return { kind: "full", items: project.configDiagnostics.get(key) ?? [] };
    if (!store.has(key)) return { kind: "full", items: [] };
    await runner.scheduler.flush();
    store.syncAll();
    return { kind: "full", items: runner.fresh(key)?.lsp ?? [] };
  });
}
