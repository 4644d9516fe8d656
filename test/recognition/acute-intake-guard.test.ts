/**
 * A change in how much an ill person eats or feeds is a sign of illness, not the healthy eating
 * prompt (rules/recognition/acute-intake-guard.ts). Written for round 35; the first two rows were
 * read as healthy eating before it.
 */
import { describe } from "vitest";
import { asksAcuteIntake } from "../../rules/recognition/acute-intake-guard";
import { itDecidesEach, itReadsEachLabelShipped } from "./reads-labels";

describe("a change in eating as a sign of illness", () => {
  itDecidesEach(asksAcuteIntake, [
    ["Is the child eating and drinking normally?", true],
    ["Has the child been eating less than usual?", true],
    ["Is your baby feeding well?", true],
    ["Off their food", true],
    ["Poor feeding", true],
    ["Reduced oral intake", true],
    ["Not eating or drinking", true],
    ["What do you eat and drink in a typical day?", false],
    ["Do you eat five portions of fruit and vegetables a day?", false],
    ["Feeding method", false],
  ]);

  itReadsEachLabelShipped([
    ["Is the child eating and drinking normally?", null],
    ["Has the child been eating less than usual?", null],
    // What the family eats is still asked.
    ["What do you eat and drink in a typical day?", "health.healthy-eating"],
    ["Do you eat five portions of fruit and vegetables a day?", "health.healthy-eating"],
    ["Any concerns about eating?", "health.healthy-eating"],
  ]);
});
