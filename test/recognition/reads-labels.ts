/**
 * The table test every wording round writes: each label, read alone, is recognised as the concept
 * beside it (`null`: as none). One place for the assertion, so each round's file lists only its rows.
 * `note` is added to each test's name ("(the shipped pack)").
 */
import { expect, it } from "vitest";
import type { Recogniser } from "../../rules/recognition/recogniser";

export function itReadsEachLabel(pack: Recogniser, rows: ReadonlyArray<readonly [string, string | null]>, note?: string): void {
  it.each(rows)(note ? `%j → %s ${note}` : "%j → %s", (label, concept) => {
    expect(pack.recognise({ label })?.concept ?? null).toBe(concept);
  });
}
