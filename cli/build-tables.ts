/**
 * For the build (scripts/after-build.cjs): the shipped packs parsed, their concepts' phrases
 * normalised and the recogniser's index of them made, once into dist/precompiled/ beside the
 * bundle. The rules layer says what each file holds; it is written here, through the project's
 * one atomic-write helper.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "../project/write-file";
import { precompiledPackFiles } from "../rules/shipped-packs";
import { shippedPhraseTableFile, shippedVocabularyIndexFile } from "../rules/recognition/vocabulary";

export function writeBuildTables(): string[] {
  const files = [...precompiledPackFiles(), shippedPhraseTableFile(), shippedVocabularyIndexFile()];
  for (const { file, text } of files) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, text);
  }
  return files.map((f) => f.file);
}
