/**
 * The debounce-and-cancel scheduler and the document store, without a connection: a burst of
 * edits costs one run, a run in progress gives way to a newer edit, and a broken pack keeps its
 * last good version for checking.
 */
import { describe, expect, it } from "vitest";
import { DocumentStore } from "../../server/document-store";
import { Scheduler, yieldToEventLoop, type CancelToken } from "../../server/scheduler";

describe("Scheduler", () => {
  it("coalesces a burst of edits into one run over the distinct documents", async () => {
    const runs: string[][] = [];
    const s = new Scheduler(async (keys) => {
      runs.push(keys);
      return [];
    }, () => 10);
    for (let i = 0; i < 500; i++) s.schedule([i % 2 ? "a.form" : "b.form"]);
    await s.flush();
    expect(runs).toEqual([["b.form", "a.form"]]);
  });

  it("cancels a run when a newer edit arrives and carries the unchecked documents over, newest first", async () => {
    const checked: string[] = [];
    let scheduleDuringRun: (() => void) | undefined;
    const s = new Scheduler(async (keys: string[], token: CancelToken) => {
      for (let i = 0; i < keys.length; i++) {
        if (token.cancelled) return keys.slice(i);
        checked.push(keys[i]);
        if (scheduleDuringRun) {
          const f = scheduleDuringRun;
          scheduleDuringRun = undefined;
          f();
        }
        await yieldToEventLoop();
      }
      return [];
    }, () => 1);
    s.schedule(["edited.form", "x.form", "y.form", "z.form"]);
    scheduleDuringRun = () => s.schedule(["edited.form"]);
    await s.flush();
    // The first run stopped after one document; the next starts with the new edit, then the rest.
    while (checked.length < 5) await s.flush();
    expect(checked).toEqual(["edited.form", "edited.form", "x.form", "y.form", "z.form"]);
  });
});

describe("DocumentStore", () => {
  const PACK = 'pack p "P" {\n  publisher "x"\n}\nconcept c.one "One"\n';

  it("checks forms against the last good version of a pack that no longer parses", () => {
    const store = new DocumentStore();
    store.open("file:///p.formrules", "file:///p.formrules", PACK, 1);
    store.sync("file:///p.formrules");
    store.change("file:///p.formrules", PACK + 'concept c.two "Two\n', 2);
    store.sync("file:///p.formrules");
    expect(store.usesLastGood("file:///p.formrules")).toBe(true);
    expect(store.checked.index.concepts.has("c.one")).toBe(true);
    expect(store.live.get("file:///p.formrules")!.syntaxErrors.length).toBeGreaterThan(0);
    store.change("file:///p.formrules", PACK + 'concept c.two "Two"\n', 3);
    store.sync("file:///p.formrules");
    expect(store.usesLastGood("file:///p.formrules")).toBe(false);
    expect(store.checked.index.concepts.has("c.two")).toBe(true);
  });

  it("falls back to the disk text when the editor closes a file, and forgets an unsaved one", () => {
    const store = new DocumentStore();
    store.setDisk("file:///a.form", 'form a "A" {\n}\n');
    store.open("file:///a.form", "file:///A.form", 'form a "A edited" {\n}\n', 4);
    expect(store.clientUri("file:///a.form")).toBe("file:///A.form");
    expect(store.sync("file:///a.form")!.text).toContain("A edited");
    expect(store.close("file:///a.form")).toBe(false);
    expect(store.sync("file:///a.form")!.text).toBe('form a "A" {\n}\n');
    store.open("file:///new.form", "file:///new.form", "form n {\n}\n", 1);
    expect(store.close("file:///new.form")).toBe(true);
    expect(store.has("file:///new.form")).toBe(false);
  });
});
