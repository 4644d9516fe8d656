/**
 * Diagnostics for the whole workspace: which documents an edit affects, checking them one by
 * one (debounced and cancellable, see scheduler.ts), and pushing what changed. Results are kept
 * so hover and code actions read the findings the user sees.
 */
import type { Diagnostic as LspDiagnostic } from "vscode-languageserver/node";
import type { WorkspaceIndex } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import { checkDocument, localToday, type FileResult } from "../rules/checker";
import { documentDiagnostics } from "../service/diagnostics";
import { pushedDigest, type ServerContext } from "./context";
import { shippedRuleDoc } from "./project-files";
import type { ProjectConfig } from "./project-config";
import { Scheduler, yieldToEventLoop, type CancelToken } from "./scheduler";
import { isConfigUri, isJsonUri, isPackUri } from "./uris";
import { checkQuestionnaire } from "../project/questionnaires";

/** A JSON file that looked like a Questionnaire but cannot be read as one: said on its first character. */
function notLintable(uri: string, message: string): FileResult {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  return { uri, diagnostics: [{ ruleId: "syntax", level: "error", message: `This file cannot be linted as a FHIR Questionnaire: ${message}`, span: { start: 0, end: 1 }, range, citations: [] }], waived: [] };
}

/** A key meaning "everything" (configuration or settings changed). */
export const ALL = "*";

export interface CheckEntry {
  doc: ParsedDocument;
  index: WorkspaceIndex;
  result: FileResult;
  /** The findings as LSP diagnostics: kept for open documents, made on demand for the others. */
  readonly lsp: LspDiagnostic[];
}

/**
 * The quiet period after an edit: a quarter of the time the last check took, between 15 and
 * 100 ms. A small form is checked almost as soon as typing pauses; a huge one waits a little
 * longer, so that a burst of keystrokes costs one check rather than one per keystroke.
 */
export function quietPeriod(lastCheckMs: number): number {
  return Math.round(Math.min(100, Math.max(15, lastCheckMs / 4)));
}

const formIdsOf = (doc: ParsedDocument | undefined): string[] =>
  doc ? doc.ast.items.flatMap((i) => (i.kind === "form" && i.name.text ? [i.name.text] : [])) : [];

export class DiagnosticsRunner {
  private readonly results = new Map<string, CheckEntry>();
  private lastCheckMs = 0;
  readonly scheduler: Scheduler;

  constructor(
    private readonly ctx: ServerContext,
    private readonly project: ProjectConfig,
    debounceMs?: number,
  ) {
    this.scheduler = new Scheduler(
      (keys, token) => this.run(keys, token),
      () => (debounceMs !== undefined ? Math.min(100, debounceMs) : quietPeriod(this.lastCheckMs)),
    );
  }

  /** Checks one document now and keeps the result. */
  check(key: string): CheckEntry | undefined {
    const { store } = this.ctx;
    const doc = store.sync(key);
    if (!doc) return undefined;
    // A pack that does not parse is shown its own errors; forms use its last good version.
    const ws = store.usesLastGood(key) ? store.live : store.checked;
    const started = performance.now();
    const options = { today: localToday(), ...this.project.checkOptionsFor(key) };
    // A Questionnaire is checked as the form imported from it, its findings carried onto the
    // JSON — by the same function `formguard lint` uses (project/questionnaires.ts).
    const q = isJsonUri(key) ? store.questionnaire(key) : undefined;
    const result = !q ? checkDocument(ws, key, options) : q.ok ? checkQuestionnaire(ws, key, q.loaded, options) : notLintable(key, q.message);
    const index = ws.index;
    const usesLastGood = store.usesLastGood(key);
    const toLsp = () => {
      const lsp = documentDiagnostics(result, index, (id) => shippedRuleDoc(id, this.project.shippedPackNames));
      if (usesLastGood && doc.syntaxErrors.length) {
        lsp.push({
          range: doc.syntaxErrors[0].range,
          severity: 3,
          source: "formguard",
          code: "syntax",
          message: "Until this pack parses again, forms are checked against its last version that did.",
        });
      }
      return lsp;
    };
    // The editor's form of the findings is kept for open documents (pulled, hovered, fixed);
    // for the rest of a large workspace it is made again when asked, not held in memory.
    const open = store.isOpen(key);
    const kept = open ? toLsp() : undefined;
    const entry: CheckEntry = {
      doc,
      index,
      result,
      get lsp() {
        return kept ?? toLsp();
      },
    };
    this.results.set(key, entry);
    this.ctx.verbose(`checked ${key} in ${Math.round(performance.now() - started)} ms: ${result.diagnostics.length + result.waived.length} diagnostic(s)`);
    return entry;
  }

  /** The findings for the document's current text: kept ones if still current, else checked now. */
  fresh(key: string): CheckEntry | undefined {
    const entry = this.results.get(key);
    if (entry && entry.doc === this.ctx.store.live.get(key)) return entry;
    return this.check(key);
  }

  /** The kept findings if they are for the current text (hover uses them; it never waits for a check). */
  current(key: string): CheckEntry | undefined {
    const entry = this.results.get(key);
    return entry && entry.doc === this.ctx.store.live.get(key) ? entry : undefined;
  }

  forget(key: string, clientUri: string) {
    this.results.delete(key);
    this.clear(clientUri);
    if (clientUri !== key) this.clear(key);
  }

  private publish(key: string, diagnostics: LspDiagnostic[]) {
    const { store, caps, pushed, connection } = this.ctx;
    // With pull diagnostics the client asks for open documents itself; pushing too would show each finding twice.
    if (caps.pull && store.isOpen(key)) return;
    // A shipped pack is part of formguard, not of the user's work: its findings (its quotes cannot
    // be checked where the report's text is not installed) would sit in the Problems panel for a
    // file nobody opened. Opened, it is shown like any other.
    if (this.project.isShippedPack(key) && !store.isOpen(key)) return;
    const uri = store.clientUri(key);
    const digest = pushedDigest(diagnostics);
    const version = store.version(key);
    // An open document always hears back for its version; a closed one only when something changed.
    if (version === undefined && pushed.get(uri) === digest) return;
    pushed.set(uri, digest);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  clear(uri: string) {
    if (!this.ctx.pushed.has(uri)) return;
    this.ctx.pushed.delete(uri);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** The documents an edit of `changed` can affect, open ones first. */
  private affected(changed: string[], everything: boolean, formIds: Set<string>): string[] {
    const { store } = this.ctx;
    const others = store.keys().filter((k) => !changed.includes(k));
    // A pack affects every form; a form affects other forms only through duplicate form ids.
    const hit = everything ? others : others.filter((k) => formIdsOf(store.live.get(k)).some((id) => formIds.has(id)));
    return [...hit.filter((k) => store.isOpen(k)), ...hit.filter((k) => !store.isOpen(k))];
  }

  private async run(keys: string[], token: CancelToken): Promise<string[]> {
    const { store, caps, connection } = this.ctx;
    await this.ctx.ready;
    let everything = keys.includes(ALL);
    let reconfigured = everything;
    const changed: string[] = [];
    const formIds = new Set<string>();
    for (const key of keys) {
      if (key === ALL) continue;
      if (isConfigUri(key)) {
        for (const dropped of [...this.project.reloadConfigs(), ...this.project.rediscover()]) this.forget(dropped, dropped);
        everything = reconfigured = true;
        continue;
      }
      const before = store.live.get(key);
      const after = store.sync(key);
      if (!store.has(key)) continue;
      changed.push(key);
      if (before !== after && isPackUri(key)) everything = true;
      for (const id of [...formIdsOf(before), ...formIdsOf(after)]) formIds.add(id);
    }
    if (everything) store.reimportQuestionnaires();
    store.syncAll();
    if (reconfigured) this.project.publishConfigDiagnostics();
    const queue = [...changed, ...this.affected(changed, everything, formIds)];
    for (let i = 0; i < queue.length; i++) {
      // A newer edit arrived: stop here; the scheduler carries the rest over to the next run.
      if (token.cancelled) return queue.slice(i);
      const key = queue[i];
      try {
        const started = performance.now();
        const entry = this.check(key);
        if (i === 0) this.lastCheckMs = performance.now() - started;
        if (entry) this.publish(key, entry.lsp);
      } catch (e) {
        connection.console.error(`formguard: checking ${key} failed: ${(e as Error).stack ?? e}`);
      }
      await yieldToEventLoop();
    }
    if (caps.pull && caps.refresh && everything) void connection.languages.diagnostics.refresh();
    return [];
  }
}
