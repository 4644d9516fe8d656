/** The extension's settings, read in one place. */
import * as path from "node:path";
import * as vscode from "vscode";
import type { SeveritySetting } from "./cli-results";

export interface FormguardSettings {
  /** Absolute paths of the extra packs. */
  packs: string[];
  rules: Record<string, SeveritySetting>;
}

export function readSettings(folder: vscode.WorkspaceFolder): FormguardSettings {
  const config = vscode.workspace.getConfiguration("formguard", folder.uri);
  const packs = config.get<string[]>("packs", []).map((p) => path.resolve(folder.uri.fsPath, p));
  return { packs, rules: config.get<Record<string, SeveritySetting>>("rules", {}) };
}

/** `--rules FILE…` for the CLI; empty when no extra packs are set. */
export function packArgs(settings: FormguardSettings): string[] {
  return settings.packs.length ? ["--rules", ...settings.packs] : [];
}
