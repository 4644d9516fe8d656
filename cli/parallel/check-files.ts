/**
 * The unit of work of a parallel lint, run alike by worker threads and the main thread: read
 * some form files, parse them beside the packs, check each, and say what the run must know to
 * stay identical to a serial one (which form ids each file declares, and whether it declares
 * anything besides forms, whose effect would reach files checked elsewhere).
 */
import type { Diagnostic } from "../../language/diagnostic";
import { Workspace } from "../../language/model/workspace";
import { parseDocument, type ParsedDocument } from "../../language/parse";
import { checkDocument, type CheckOptions } from "../../rules/checker";
import type { WaivedDiagnostic } from "../../rules/waivers";
import { readTextFile } from "../../project/read-file";

export type FileOutcome =
  | { uri: string; ok: false; reason: string }
  | {
      uri: string;
      ok: true;
      text: string;
      diagnostics: Diagnostic[];
      waived: WaivedDiagnostic[];
      formIds: string[];
      /** Concepts, rules, services…: declarations other files would see in a serial run. */
      declaresMoreThanForms: boolean;
    };

/**
 * Checks `files` one at a time beside the packs already in `packsOnly` (a workspace holding
 * only the packs, kept for the whole run: its index, compiled rules and recogniser are built
 * once per thread, not once per batch).
 */
export function checkFiles(packsOnly: Workspace, files: readonly string[], options: CheckOptions): FileOutcome[] {
  return files.map((file): FileOutcome => {
    const r = readTextFile(file);
    if (!r.ok) return { uri: file, ok: false, reason: r.reason };
    const doc = parseDocument(file, r.text);
    const formIds = doc.ast.items.flatMap((i) => (i.kind === "form" && i.name.text ? [i.name.text] : []));
    // A file declaring more than forms is sent back whole: the run is redone on one thread.
    if (doc.ast.items.some((i) => i.kind !== "form")) return { uri: file, ok: true, text: r.text, diagnostics: [], waived: [], formIds, declaresMoreThanForms: true };
    const result = packsOnly.withForms([doc], () => checkDocument(packsOnly, file, options));
    return { uri: file, ok: true, text: r.text, diagnostics: result.diagnostics, waived: result.waived, formIds, declaresMoreThanForms: false };
  });
}

/** A workspace of the packs alone, for checkFiles. */
export function packsWorkspace(packs: readonly ParsedDocument[]): Workspace {
  const ws = new Workspace();
  for (const p of packs) ws.put(p);
  return ws;
}
