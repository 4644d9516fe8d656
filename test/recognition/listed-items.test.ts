/** Lists of things inside a question (listed-items.ts): which words are each item, and which items stand beside a match. */
import { describe, expect, it } from "vitest";
import { itemsBeside, listedItems } from "../../rules/recognition/listed-items";
import { words } from "../../rules/recognition/normalise";

function itemsOf(text: string): string[][] {
  const ws = words(text);
  return listedItems(text, ws).map((list) => list.map((item) => item.map((p) => ws[p]).join(" ")));
}

describe("listed items", () => {
  it.each([
    ["Does either parent have any current or past mental illness, low mood or anxiety?", [["mental illness", "low mood", "anxiety"]]],
    ["How is the behaviour, health or lifestyle of the parent placing the child at risk?", [["behaviour", "health", "lifestyle"]]],
    // A pair either side of a bare "or", each as far as a word that carries no meaning.
    ["Was there a delay between the injury or onset of illness and the visit?", [["injury", "onset"]]],
    // A comma that lists nothing, and an "or" with nothing of meaning on one side.
    ["If yes, please give details", []],
    ["Is the child seen alone or with a parent?", []],
    // Two things and a connector are no list of three.
    ["Name, or initials", []],
  ])("%j → %j", (text, expected) => {
    expect(itemsOf(text)).toEqual(expected);
  });

  it("stands the other items beside a phrase that names one item and something else of the question", () => {
    const text = "Does either parent have any mental illness, low mood or anxiety?";
    const ws = words(text);
    const listed = listedItems(text, ws);
    const at = (w: string) => ws.indexOf(w);
    // "parent" and "mental illness": the mood and the anxiety stand beside.
    expect([...itemsBeside(listed, new Set([at("parent"), at("mental"), at("illness")]))].map((p) => ws[p]).sort()).toEqual(["anxiety", "low", "mood"]);
    // "mental illness" alone names nothing else of the question: nothing stands beside it.
    expect(itemsBeside(listed, new Set([at("mental"), at("illness")])).size).toBe(0);
    // Every item named: nothing beside.
    expect(itemsBeside(listed, new Set([at("parent"), at("illness"), at("mood"), at("anxiety")])).size).toBe(0);
  });
});
