/**
 * The language server's custom request for the editor's preview: the model of the document as
 * the server has parsed and checked it (so the editor never parses a form itself).
 */
import type { PreviewModel } from "./model";

export const PREVIEW_REQUEST = "formguard/preview";

export interface PreviewParams {
  textDocument: { uri: string };
}

/** Null for a document the server does not know. */
export type PreviewResult = PreviewModel | null;
