/**
 * `formguard/preview`: the preview model of a checked document — its forms, with each finding
 * beside its field and each missing prompt where the quick fix would insert it. Pure: the
 * server passes the document, the index and the findings it already has.
 */
import type { WorkspaceIndex } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import { buildPreview, type PreviewModel } from "../preview/model";
import type { FileResult } from "../rules/checker";
import type { FixProvider } from "./code-actions";

export function previewModel(doc: ParsedDocument, index: WorkspaceIndex, result: FileResult, fixes: FixProvider): PreviewModel {
  return buildPreview({ doc, index, diagnostics: result.diagnostics, waived: result.waived, fixes });
}
