/**
 * The recogniser's vocabulary: every concept declared in the workspace's packs, with its
 * label and synonyms. Built once per workspace snapshot.
 */
import * as fs from "node:fs";
import { Workspace, type WorkspaceIndex } from "../../language/model/workspace";
import { shippedPackFiles, type BuildFile } from "../shipped-packs";
import { unambiguousAlternatives } from "./phrase-alternatives";
import { phraseTableFile, storedAlternativesOf } from "./phrase-table";
import { DEFAULT_SETTINGS, Recogniser, type ConceptVocabulary } from "./recogniser";
import { vocabularyIndexFile } from "./vocabulary-index-table";

export function conceptVocabulary(index: WorkspaceIndex): ConceptVocabulary[] {
  const out: ConceptVocabulary[] = [];
  for (const [id, defs] of index.concepts) {
    const decl = defs[0].node;
    // Synonyms other packs add with `extend concept` count as the concept's own.
    const added = (index.conceptExtensions.get(id) ?? []).flatMap((e) => e.node.synonyms);
    out.push({ id, title: decl.title?.value, synonyms: [...decl.synonyms, ...added].map((s) => s.value), codes: decl.codes.map((c) => c.value), suggests: decl.suggest?.type.text });
  }
  return out;
}

const cache = new WeakMap<WorkspaceIndex, Recogniser>();
/**
 * The last recogniser built, with the concept declarations it was built from. Editing a form
 * makes a new workspace index but leaves the packs' declaration nodes as they were, so the
 * recogniser (and its memo of recognised prompts) survives every keystroke in a form.
 */
let last: { decls: unknown[]; recogniser: Recogniser } | undefined;

export function recogniserFor(index: WorkspaceIndex): Recogniser {
  let r = cache.get(index);
  if (!r) {
    const decls: unknown[] = [...index.concepts.values(), ...index.conceptExtensions.values()].flatMap((defs) => defs.map((d) => d.node));
    if (last && last.decls.length === decls.length && last.decls.every((d, i) => d === decls[i])) r = last.recogniser;
    else {
      r = new Recogniser(conceptVocabulary(index));
      last = { decls, recogniser: r };
    }
    cache.set(index, r);
  }
  return r;
}

/** Build step (bundle only): the shipped packs' phrases, normalised once (see phrase-table.ts). */
export function shippedPhraseTableFile(): BuildFile {
  const vocabulary = shippedVocabulary();
  // The variants a phrase's alternatives make (phrase-alternatives.ts) are phrases too: normalised once here as well.
  const texts = [...vocabulary.flatMap((c) => [c.title, ...c.synonyms]), ...[...unambiguousAlternatives(vocabulary).values()].flat()];
  return phraseTableFile(texts.filter((t): t is string => !!t && t.trim().length > 0), storedAlternativesOf(vocabulary));
}

/** Build step (bundle only): the index of the shipped vocabulary the default recogniser uses (see vocabulary-index-table.ts). */
export function shippedVocabularyIndexFile(): BuildFile {
  return vocabularyIndexFile(shippedVocabulary(), DEFAULT_SETTINGS.unknownDf);
}

/** The vocabulary of the shipped packs alone, as a run with no pack of its own sees it. */
function shippedVocabulary(): ConceptVocabulary[] {
  const ws = new Workspace();
  for (const file of shippedPackFiles()) ws.set(file, fs.readFileSync(file, "utf8"));
  return conceptVocabulary(ws.index);
}
