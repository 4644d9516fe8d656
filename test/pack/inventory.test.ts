/**
 * The pack against its contract, REQUIREMENTS.md: every inventory row (ED-1, MIU-10, ALL-4…)
 * is implemented by exactly one rule, with the row's severity and exactly the row's citations.
 */
import { describe, expect, it } from "vitest";
import { compiledRules, type CompiledRule } from "../../rules/rule-set";
import { workspaceWithPacks } from "../helpers";
import { missingMessage, parseInventory, requirementsSource, sourcesRequired, type InventoryRow } from "./sources";

const source = requirementsSource();
const rules = compiledRules(workspaceWithPacks().index).filter((r) => r.pack === "cqc-dorset-2015");

const key = (c: Record<string, string>) => Object.entries(c)[0].join(" ");
const citationSet = (list: Array<Record<string, string>>) => [...new Set(list.map(key))].sort();

if (!source.text && !sourcesRequired()) console.warn(`inventory tests SKIPPED: ${missingMessage("REQUIREMENTS.md", source, "FORMGUARD_REQUIREMENTS")}`);
if (!source.text && sourcesRequired()) {
  it("finds REQUIREMENTS.md", () => {
    throw new Error(missingMessage("REQUIREMENTS.md", source, "FORMGUARD_REQUIREMENTS"));
  });
}

describe.skipIf(!source.text)(source.text ? "the inventory of REQUIREMENTS.md" : `SKIPPED: ${missingMessage("REQUIREMENTS.md", source, "FORMGUARD_REQUIREMENTS")}`, () => {
  const rows = source.text ? parseInventory(source.text) : [];
  const implementers = (id: string) => rules.filter((r) => r.implements.includes(id));

  it("has the rows the contract lists (a parsing sanity check)", () => {
    expect(rows.length).toBe(121);
    for (const id of ["ALL-1", "ALL-4", "ED-1", "ED-13", "MIU-10", "MAT-13", "LAC-13", "SUP-4", "CL-4"]) {
      expect(rows.map((r) => r.id)).toContain(id);
    }
  });

  it("lists each row once", () => {
    const ids = rows.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("every rule implements at least one row, and only rows that exist", () => {
    const known = new Set(rows.map((r) => r.id));
    expect(rules.filter((r) => r.implements.length === 0).map((r) => r.id)).toEqual([]);
    expect(rules.flatMap((r) => r.implements.filter((id) => !known.has(id)).map((id) => `${r.id} implements unknown ${id}`))).toEqual([]);
  });

  describe.each(rows.map((r) => [r.id, r] as [string, InventoryRow]))("%s", (id, row) => {
    it("is implemented by exactly one rule", () => {
      expect(implementers(id).map((r) => r.id)).toHaveLength(1);
    });

    it(`has severity ${row.level} and cites ${citationSet(row.citations).join("; ")}`, () => {
      const rule: CompiledRule | undefined = implementers(id)[0];
      expect(rule, `no rule implements ${id}`).toBeDefined();
      expect(rule.level, `${rule.id} severity vs REQUIREMENTS.md:${row.line}`).toBe(row.level);
      // A rule implementing several rows cites what they cite between them.
      const together = rows.filter((r) => rule.implements.includes(r.id)).flatMap((r) => r.citations);
      expect(citationSet(rule.citations as Array<Record<string, string>>), `${rule.id} citations vs REQUIREMENTS.md:${row.line}`).toEqual(citationSet(together));
    });
  });
});
