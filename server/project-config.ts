/**
 * The project around the documents: shipped packs, the forms and packs under each workspace
 * folder, each folder's formguard.config.json (the last valid one kept while the file is
 * invalid), extra packs from the configuration and the settings, and the client's settings.
 */
import { notARulePack } from "../project/load-workspace";
import * as path from "node:path";
import type { Diagnostic as LspDiagnostic } from "vscode-languageserver/node";
import { findConfig, type Config } from "../project/config";
import { WorkspaceIndex } from "../language/model/workspace";
import type { CheckOptions } from "../rules/checker";
import { knownRuleIds, makeCheckOptions } from "../project/check-options";
import { questionnaireDefaults, questionnairesInDirectories, type QuestionnaireDefaults } from "../project/questionnaires";
import { prepareQuestionnaire } from "../fhir/lint-questionnaire";
import { checkConfigDocument } from "../service/config-diagnostics";
import { pushedDigest, type ServerContext } from "./context";
import { shippedPackFiles } from "../rules/shipped-packs";
import { isPackageName, resolvePackEntry } from "../project/pack-entries";
import { discoverFolder, readFileText } from "./project-files";
import { readSettings } from "./settings";
import { pathToUri, uriToPath } from "./uris";

interface FolderConfig {
  folder: string;
  file?: string;
  /** The last valid configuration (kept while the file is invalid). */
  config: Config;
  /** Its Questionnaire mapping, resolved once per configuration. */
  questionnaireDefaults?: QuestionnaireDefaults;
}

export class ProjectConfig {
  private readonly configs: FolderConfig[] = [];
  private extraPacks = new Set<string>();
  /** URIs of the shipped packs: always loaded, even from a workspace folder that ignores them. */
  private readonly shippedPacks = new Set<string>();
  /** Names of the packs shipped with formguard (their rules have docs pages). */
  readonly shippedPackNames = new Set<string>();
  /** Diagnostics of each configuration file, by URI (for pull requests). */
  readonly configDiagnostics = new Map<string, LspDiagnostic[]>();

  constructor(private readonly ctx: ServerContext) {
    // Questionnaire JSON is imported as `formguard lint` imports it: the folder's configured
    // service and audiences, checked against the services and audiences the packs declare.
    ctx.store.prepareQuestionnaire = (key, text) => {
      const file = uriToPath(key) ?? key;
      const folder = this.folderConfigFor(key);
      if (folder) folder.questionnaireDefaults ??= questionnaireDefaults(folder.config, folder.file ? path.dirname(folder.file) : folder.folder);
      const defaults = folder?.questionnaireDefaults?.(file) ?? {};
      const index = ctx.store.checked.index;
      return prepareQuestionnaire(text, { ...defaults, knownServices: new Set(index.services.keys()), knownAudiences: new Set(index.audiences.keys()) });
    };
  }

  /**
   * How to check a document, as `formguard lint` would in its folder: the configuration's rule
   * levels (with the client's settings over them) and whether recognised labels count (`infer`).
   */
  checkOptionsFor(key: string): CheckOptions {
    const config = this.folderConfigFor(key)?.config ?? {};
    return makeCheckOptions({ config, knownRuleIds: this.knownRuleIds(), settingsRules: this.ctx.settings.rules }).options;
  }

  private folderConfigFor(key: string): FolderConfig | undefined {
    const p = uriToPath(key);
    if (!p) return this.configs[0];
    const inside = this.configs.filter((c) => p.startsWith(c.folder + path.sep)).sort((a, b) => b.folder.length - a.folder.length);
    return inside[0] ?? this.configs[0];
  }

  /** Whether `key` is a pack shipped with formguard (part of the tool, not of the user's workspace). */
  isShippedPack(key: string): boolean {
    return this.shippedPacks.has(key);
  }

  knownRuleIds(): ReadonlySet<string> {
    return knownRuleIds(this.ctx.store.checked.index);
  }

  /** Shipped packs, configuration, extra packs and every form and pack in the folders. */
  load() {
    const { store, warn } = this.ctx;
    for (const file of shippedPackFiles()) {
      const r = readFileText(file);
      const key = pathToUri(file);
      this.shippedPacks.add(key);
      if (r.ok) {
        store.setDisk(key, r.text);
        const doc = store.sync(key);
        if (doc) this.shippedPackNames.add(WorkspaceIndex.packNameOf(doc));
      } else warn(`cannot load the shipped pack ${file} (${r.reason}).`);
    }
    this.configs.length = 0;
    for (const folder of this.ctx.folders) this.configs.push({ folder, config: {} });
    this.reloadConfigs();
    this.loadFolderFiles();
  }

  /** Every form and pack `formguard lint` finds in the folders (those already loaded are kept as they are when `onlyNew`). */
  private loadFolderFiles(onlyNew = false) {
    const { store, log } = this.ctx;
    for (const c of this.configs) {
      for (const file of this.folderFiles(c)) {
        const key = pathToUri(file);
        if (onlyNew && store.has(key)) continue;
        const r = readFileText(file);
        if (r.ok) store.setDisk(key, r.text);
        else log(`formguard: skipped ${file}: ${r.reason}`);
      }
    }
  }

  /**
   * A test of whether a file the editor reports as created or changed belongs to the project:
   * `formguard lint` would find it in its workspace folder (the configuration's `files` and
   * `ignores`; never node_modules/), or the configuration or settings name it as a pack. Each
   * folder is searched at most once per test, so one test serves a whole batch of changes.
   */
  projectFileTest(): (key: string) => boolean {
    const found = new Map<string, Set<string>>();
    return (key) => {
      if (this.extraPacks.has(key) || this.shippedPacks.has(key)) return true;
      const file = uriToPath(key);
      const c = file === undefined ? undefined : this.folderConfigFor(key);
      if (!file || !c || !file.startsWith(c.folder + path.sep)) return false;
      if (!found.has(c.folder)) found.set(c.folder, new Set(this.folderFiles(c)));
      return found.get(c.folder)!.has(path.normalize(file));
    };
  }

  /** Forms, packs and Questionnaires under a folder, found as `formguard lint DIR` finds them. */
  private folderFiles(c: FolderConfig): string[] {
    const files = discoverFolder(c.folder, c.config);
    return [...files, ...questionnairesInDirectories([c.folder], c.folder, files, c.config.ignores)];
  }

  /**
   * After a configuration change, the folders' files as `formguard lint` would now find them:
   * newly found ones are loaded, and files no longer found (now ignored) are dropped unless
   * open or named as packs. Returns the URIs dropped.
   */
  rediscover(): string[] {
    const { store } = this.ctx;
    const inProject = this.projectFileTest();
    const dropped = store.keys().filter((key) => this.inFolders(key) && !inProject(key) && store.removeDisk(key));
    this.loadFolderFiles(true);
    return dropped;
  }

  /** Re-reads each folder's configuration file; returns the pack URIs no longer loaded. */
  reloadConfigs(): string[] {
    this.ctx.store.reimportQuestionnaires();
    for (const c of this.configs) {
      c.questionnaireDefaults = undefined;
      // The folder's own file, else the nearest one above it, as `formguard lint` finds it.
      const file = findConfig(c.folder);
      c.file = file;
      if (!file) {
        c.config = {};
        continue;
      }
      const r = readFileText(file);
      if (!r.ok) {
        this.ctx.warn(`cannot read ${file} (${r.reason}); the last valid configuration stays in use.`);
        continue;
      }
      const checked = checkConfigDocument(r.text, this.knownRuleIds());
      this.configDiagnostics.set(pathToUri(file), checked.diagnostics);
      if (checked.config) c.config = checked.config;
      else this.ctx.warn(`${file} is not valid (${checked.diagnostics[0]?.message ?? "see Problems"}); the last valid configuration stays in use.`);
    }
    return this.loadExtraPacks();
  }

  /** Loads the packs the configuration and settings name; returns the URIs of packs dropped. */
  loadExtraPacks(): string[] {
    const { store, settings, folders } = this.ctx;
    const wanted = new Set<string>();
    for (const c of this.configs) {
      const base = c.file ? path.dirname(c.file) : c.folder;
      for (const p of c.config.packs ?? []) for (const f of this.packFiles(p, base)) wanted.add(f);
    }
    // Settings name paths from the first folder, and packages from its configuration's folder.
    const settingsBase = folders[0] ?? process.cwd();
    const settingsConfig = this.configs.find((c) => c.file)?.file;
    for (const p of settings.packs) for (const f of this.packFiles(p, isPackageName(p, settingsBase) && settingsConfig ? path.dirname(settingsConfig) : settingsBase)) wanted.add(f);
    const keys = new Set<string>();
    for (const file of wanted) {
      const notPack = notARulePack(file);
      if (notPack) {
        this.ctx.warn(`cannot load rule pack ${file} (${notPack}).`);
        continue;
      }
      const r = readFileText(file);
      if (!r.ok) {
        this.ctx.warn(`cannot load rule pack ${file} (${r.reason}).`);
        continue;
      }
      const key = pathToUri(file);
      keys.add(key);
      store.setDisk(key, r.text);
    }
    const dropped: string[] = [];
    for (const old of this.extraPacks) if (!keys.has(old) && !this.inFolders(old) && store.removeDisk(old)) dropped.push(old);
    this.extraPacks = keys;
    return dropped;
  }

  /** A `packs` entry's files (project/pack-entries.ts); a package that is not installed is a warning, not a crash. */
  private packFiles(entry: string, base: string): string[] {
    try {
      return resolvePackEntry(entry, base);
    } catch (e) {
      this.ctx.warn(`cannot load rule pack ${entry}: ${(e as Error).message}`);
      return [];
    }
  }

  private inFolders(key: string): boolean {
    const p = uriToPath(key);
    return !!p && this.ctx.folders.some((f) => p.startsWith(f + path.sep));
  }

  /** Checks each configuration file again (its rule ids can only be judged once packs are loaded) and pushes the result. */
  publishConfigDiagnostics() {
    const { connection, pushed } = this.ctx;
    for (const c of this.configs) {
      if (!c.file) continue;
      const r = readFileText(c.file);
      if (!r.ok) continue;
      const uri = pathToUri(c.file);
      const checked = checkConfigDocument(r.text, this.knownRuleIds());
      this.configDiagnostics.set(uri, checked.diagnostics);
      const digest = pushedDigest(checked.diagnostics);
      if (pushed.get(uri) !== digest) {
        pushed.set(uri, digest);
        void connection.sendDiagnostics({ uri, diagnostics: checked.diagnostics });
      }
    }
  }

  /** Asks the client for the `formguard` settings, when it can answer. */
  async pullSettings() {
    if (!this.ctx.caps.configuration) return;
    try {
      const raw = await this.ctx.connection.workspace.getConfiguration("formguard");
      this.ctx.settings = readSettings(raw, this.ctx.warn);
    } catch (e) {
      this.ctx.log(`formguard: could not read settings: ${(e as Error).message}`);
    }
  }
}
