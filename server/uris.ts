/**
 * Document keys. Editors spell the same file's URI in different ways (`%3A` or `:`, upper- or
 * lower-case drive letters); the server keys every document by one normal form and remembers
 * how the client spelled it, to answer in the client's own spelling.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import { isFormSpecName, isJsonName, isPackName } from "../language/file-kinds";

export function normalizeUri(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

export const isFormUri = (uri: string) => isFormSpecName(uri);
export const isPackUri = (uri: string) => isPackName(uri);
export const isConfigUri = (uri: string) => uri.endsWith("/formguard.config.json");
export const isFormguardUri = (uri: string) => isFormUri(uri) || isPackUri(uri);
/** A JSON file that may be a FHIR Questionnaire (whether it is one is decided by its content). */
export const isJsonUri = (uri: string) => isJsonName(uri) && !isConfigUri(uri);
