/**
 * The unit of work of a parallel lint, run alike by worker threads and the main thread: read
 * some form files, parse them beside the packs, check each, and say what the run must know to
 * stay identical to a serial one (which form ids each file declares, and whether it declares
 * anything besides forms, whose effect would reach files checked elsewhere).
 */
import type { Diagnostic } from "../../language/diagnostic";
import { Workspace } from "../../language/model/workspace";
import type { ParsedDocument } from "../../language/parse";
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

export function checkFiles(packs: readonly ParsedDocument[], files: readonly string[], options: CheckOptions): FileOutcome[] {
  // A fresh workspace per batch: its index holds the packs and this batch only, so building it
  // stays cheap however many batches a run has.
  const ws = new Workspace();
  for (const p of packs) ws.put(p);
  const texts = new Map<string, string>();
  const outcomes = new Map<string, FileOutcome>();
  for (const file of files) {
    const r = readTextFile(file);
    if (!r.ok) outcomes.set(file, { uri: file, ok: false, reason: r.reason });
    else {
      texts.set(file, r.text);
      ws.set(file, r.text);
    }
  }
  for (const [file, text] of texts) {
    const doc = ws.get(file)!;
    const result = checkDocument(ws, file, options);
    outcomes.set(file, {
      uri: file,
      ok: true,
      text,
      diagnostics: result.diagnostics,
      waived: result.waived,
      formIds: doc.ast.items.flatMap((i) => (i.kind === "form" && i.name.text ? [i.name.text] : [])),
      declaresMoreThanForms: doc.ast.items.some((i) => i.kind !== "form"),
    });
  }
  return files.map((f) => outcomes.get(f)!);
}
