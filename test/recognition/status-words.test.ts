/**
 * Words that only report the state of an enquiry ("screening", "suspected", "indicators present")
 * weigh little against a phrase when left unmatched (rules/recognition/status-words.ts), and
 * recognise nothing by themselves.
 */
import { describe, expect, it } from "vitest";
import { mainClause, tokens } from "../../rules/recognition/normalise";
import { statusWordTokens } from "../../rules/recognition/status-words";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

/** The words of a label the reading takes as status words, in order. */
function status(label: string): string[] {
  const list = tokens(mainClause(label));
  const found = statusWordTokens(list);
  return list.filter((_, k) => found.has(k)).map((t) => t.stem);
}

describe("status words", () => {
  it.each([
    ["Trafficking indicators present", ["indicator"]],
    ["Domestic abuse screening", ["screen"]],
    ["Labour exploitation suspected", ["suspect"]],
    ["Concerns identified", ["identify"]],
    ["Trafficking", []],
    // Not "present", which the stemmer makes "presenting" too.
    ["Presenting problem", []],
  ])("%j: %j", (label, words) => {
    expect(status(label)).toEqual(words);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Left unmatched beside a phrase, they no longer outweigh it.
    ["Trafficking indicators present", "exploitation.risk"],
    // A phrase that names them still matches them in full.
    ["Domestic abuse screening", "domestic-abuse.enquiry"],
    ["Concerns identified", "safeguarding.concerns"],
    // Alone, or beside a topic no concept names, they recognise nothing.
    ["Screening", null],
    ["Suspected", null],
    ["Hearing screening", null],
    ["Suspected fracture", null],
  ], "(the shipped pack)");
});
