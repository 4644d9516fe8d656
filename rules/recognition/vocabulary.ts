/**
 * The recogniser's vocabulary: every concept declared in the workspace's packs, with its
 * label and synonyms. Built once per workspace snapshot.
 */
import type { WorkspaceIndex } from "../../language/model/workspace";
import { Recogniser, type ConceptVocabulary } from "./recogniser";

export function conceptVocabulary(index: WorkspaceIndex): ConceptVocabulary[] {
  const out: ConceptVocabulary[] = [];
  for (const [id, defs] of index.concepts) {
    const decl = defs[0].node;
    out.push({ id, title: decl.title?.value, synonyms: decl.synonyms.map((s) => s.value) });
  }
  return out;
}

const cache = new WeakMap<WorkspaceIndex, Recogniser>();

export function recogniserFor(index: WorkspaceIndex): Recogniser {
  let r = cache.get(index);
  if (!r) {
    r = new Recogniser(conceptVocabulary(index));
    cache.set(index, r);
  }
  return r;
}
