/**
 * The table test every wording round writes: each label, read alone, is recognised as the concept
 * beside it (`null`: as none). One place for the assertion, so each round's file lists only its rows.
 * `note` is added to each test's name ("(the shipped pack)").
 */
import { describe, expect, it } from "vitest";
import type { Recogniser } from "../../rules/recognition/recogniser";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

export function itReadsEachLabel(pack: Recogniser, rows: ReadonlyArray<readonly [string, string | null]>, note?: string): void {
  it.each(rows)(note ? `%j → %s ${note}` : "%j → %s", (label, concept) => {
    expect(pack.recognise({ label })?.concept ?? null).toBe(concept);
  });
}

/**
 * The same, for a label read under its section's heading (`undefined`: a label with no section):
 * each row is the label, the heading and the concept it is recognised as.
 */
export function itReadsEachLabelUnder(pack: Recogniser, rows: ReadonlyArray<readonly [string, string | undefined, string | null]>, note?: string): void {
  it.each(rows)(note ? `%j under %j → %s ${note}` : "%j under %j → %s", (label, heading, concept) => {
    expect(pack.recognise({ label, context: heading === undefined ? undefined : [heading] })?.concept ?? null).toBe(concept);
  });
}

/**
 * The same, for a label on a form about someone (`undefined`: a form whose audience names no one):
 * each row is the label, the subject the form's audience names, and the concept it is recognised as.
 */
export function itReadsEachLabelAbout(pack: Recogniser, rows: ReadonlyArray<readonly [string, string | undefined, string | null]>): void {
  it.each(rows)("%j on a form about %s → %s", (label, subject, concept) => {
    expect(pack.recognise({ label, subject })?.concept ?? null).toBe(concept);
  });
}

let shipped: Recogniser | undefined;
/**
 * A wording round's table read with the shipped packs, under its own heading: what each round's
 * terminology file is made of, so that file holds only its rows and why they are there.
 */
export function describeShippedReadings(title: string, rows: ReadonlyArray<readonly [string, string | null]>): void {
  describe(title, () => {
    itReadsEachLabel((shipped ??= recogniserFor(workspaceWithPacks().index)), rows, "(the shipped pack)");
  });
}

/**
 * A last reading's look-alikes: each label is left to other readings (`read` finds no topic in it).
 * `what` names the topic in each test's name ("is not read as consent to care").
 */
export function itLeavesEachLabel(read: (label: string) => unknown, labels: readonly string[], what: string): void {
  it.each(labels)(`%j ${what}`, (label) => {
    expect(read(label)).toBeUndefined();
  });
}

/**
 * A guard's own table: each text and whether `decide` says yes (whether a prompt asks in the guard's
 * way, or a phrase may answer it).
 */
export function itDecidesEach(decide: (text: string) => boolean, rows: ReadonlyArray<readonly [string, boolean]>): void {
  it.each(rows)("%j: %s", (text, yes) => {
    expect(decide(text)).toBe(yes);
  });
}

/** `itReadsEachLabel` with the shipped packs' recogniser (made once for the whole run). */
export function itReadsEachLabelShipped(rows: ReadonlyArray<readonly [string, string | null]>): void {
  itReadsEachLabel((shipped ??= recogniserFor(workspaceWithPacks().index)), rows, "(the shipped pack)");
}
