/**
 * A hospital's diet order is not the healthy eating prompt (rules/recognition/diet-order-guard.ts).
 */
import { describe, expect, it } from "vitest";
import { ordersADiet } from "../../rules/recognition/diet-order-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("a diet order", () => {
  it.each([
    ["Discharge Diet:", true],
    ["Diet order", true],
    ["Diet ordered: soft / pureed / normal", true],
    ["Diet texture (IDDSI level)", true],
    ["Nil by mouth since", true],
    ["NPO after midnight", true],
    ["Diabetic diet", true],
    ["Diet", false],
    ["How would you rate your diet?", false],
    ["Balanced diet", false],
  ])("%j: %s", (label, orders) => {
    expect(ordersADiet(label)).toBe(orders);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Discharge Diet:", null],
    ["Diet order", null],
    ["Diet texture (IDDSI level)", null],
    // What the person eats is still asked.
    ["Diet?", "health.healthy-eating"],
    ["How would you rate your diet?", "health.healthy-eating"],
    ["Balanced diet", "health.healthy-eating"],
  ], "(the shipped pack)");
});
