/**
 * The server's documents: the text of every form and pack it knows (open in the editor, else
 * as on disk), parsed into two workspaces that differ only for a broken pack.
 *
 * - `live`: every document as it is now. Editor features (hover, completion, rename…) read it.
 * - `checked`: the same, except that a pack which no longer parses keeps its last good
 *   version, so forms are not flooded with "unknown concept" while someone edits a pack.
 *
 * Parsing is deferred: an edit only records the new text; `sync` parses it when diagnostics
 * run or a feature needs it, so a burst of keystrokes parses once.
 */
import { Workspace } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import type { PreparedQuestionnaire } from "../fhir/lint-questionnaire";
import type { LoadedQuestionnaire } from "../project/questionnaires";
import { isJsonUri, isPackUri } from "./uris";

/** A Questionnaire's JSON as imported (the form the checker sees), or why it cannot be linted. */
export type QuestionnaireState = { text: string } & ({ ok: true; loaded: LoadedQuestionnaire } | { ok: false; message: string });

interface Entry {
  text: string;
  /** Editor version when open; undefined for a document read from disk. */
  version?: number;
  /** The client's spelling of the URI, for answers. */
  clientUri: string;
  /** Text as on disk, to fall back to when the editor closes the document. */
  diskText?: string;
}

export class DocumentStore {
  readonly live = new Workspace();
  readonly checked = new Workspace();
  private readonly entries = new Map<string, Entry>();
  private readonly questionnaireStates = new Map<string, QuestionnaireState>();
  /**
   * Imports a Questionnaire's JSON (set by the project: it knows the configured service and
   * audiences and the loaded packs). A JSON document is checked as the form imported from it,
   * exactly as `formguard lint` checks it.
   */
  prepareQuestionnaire?: (key: string, text: string) => PreparedQuestionnaire;

  /** The imported Questionnaire behind a JSON document, as of its last sync. */
  questionnaire(key: string): QuestionnaireState | undefined {
    return this.questionnaireStates.get(key);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }

  isOpen(key: string): boolean {
    return this.entries.get(key)?.version !== undefined;
  }

  version(key: string): number | undefined {
    return this.entries.get(key)?.version;
  }

  clientUri(key: string): string {
    return this.entries.get(key)?.clientUri ?? key;
  }

  /** A file found on disk (workspace folder or pack). An open editor's text wins over it. */
  setDisk(key: string, text: string) {
    const e = this.entries.get(key);
    if (e) {
      e.diskText = text;
      if (e.version === undefined) e.text = text;
    } else this.entries.set(key, { text, clientUri: key, diskText: text });
  }

  /** The file is gone from disk; it stays while open in the editor. True if the document went away. */
  removeDisk(key: string): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    e.diskText = undefined;
    if (e.version !== undefined) return false;
    this.forgetDocument(key);
    return true;
  }

  private forgetDocument(key: string) {
    this.entries.delete(key);
    this.live.remove(key);
    this.checked.remove(key);
    this.questionnaireStates.delete(key);
  }

  open(key: string, clientUri: string, text: string, version: number) {
    const e = this.entries.get(key);
    if (e) Object.assign(e, { text, version, clientUri });
    else this.entries.set(key, { text, version, clientUri });
  }

  change(key: string, text: string, version: number) {
    const e = this.entries.get(key);
    if (e) Object.assign(e, { text, version });
  }

  /** Back to the disk text, or gone when the document exists only in the editor. True if gone. */
  close(key: string): boolean {
    const e = this.entries.get(key);
    if (!e) return false;
    if (e.diskText === undefined) {
      this.forgetDocument(key);
      return true;
    }
    e.text = e.diskText;
    e.version = undefined;
    e.clientUri = key;
    return false;
  }

  /** Parse the current text if it changed. Returns the live document. */
  sync(key: string): ParsedDocument | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    const doc = this.live.set(key, isJsonUri(key) ? this.importedText(key, e.text) : e.text);
    const current = this.checked.get(key);
    if (current === doc) return doc;
    const brokenPack = isPackUri(key) && doc.syntaxErrors.length > 0 && current !== undefined && current.syntaxErrors.length === 0;
    if (!brokenPack) this.checked.put(doc);
    return doc;
  }

  /** The form text a Questionnaire imports to (empty when it cannot be imported; its state says why). */
  private importedText(key: string, text: string): string {
    const known = this.questionnaireStates.get(key);
    if (known?.text === text) return known.ok ? known.loaded.formText : "";
    const prepared = this.prepareQuestionnaire?.(key, text) ?? { ok: false as const, message: "Questionnaires are not loaded yet" };
    const state: QuestionnaireState = prepared.ok ? { text, ok: true, loaded: { ...prepared, source: text } } : { text, ok: false, message: prepared.message };
    this.questionnaireStates.set(key, state);
    return state.ok ? state.loaded.formText : "";
  }

  /** Configuration or packs changed: every Questionnaire is imported again at its next sync (service, audiences, known ids). */
  reimportQuestionnaires() {
    this.questionnaireStates.clear();
  }

  syncAll() {
    for (const key of this.entries.keys()) this.sync(key);
  }

  /** True when the pack's rules in use are an older, good version than its current text. */
  usesLastGood(key: string): boolean {
    const live = this.live.get(key);
    return !!live && this.checked.get(key) !== live;
  }
}
