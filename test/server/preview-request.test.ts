/**
 * `formguard/preview` over a real stdio connection: the model of the document the server has,
 * with its missing prompts placed, and a new model as soon as the text changes — no second
 * parser in the editor.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PreviewItem, PreviewModel } from "../../preview/model";
import { PREVIEW_REQUEST } from "../../preview/protocol";
import { tempDir } from "../cli/cli-harness";
import { ensureBuilt, fileUri, initialize, shutdown, startClient, type TestClient } from "./lsp-client";

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, "..", "..", "examples", "forms", "antenatal-care-plan.noncompliant.form"), "utf8");

let client: TestClient;
let uri: string;

const flat = (items: PreviewItem[]): PreviewItem[] => items.flatMap((i) => (i.kind === "section" ? [i, ...flat(i.items)] : [i]));
const missing = (m: PreviewModel) => flat(m.forms[0].items).flatMap((i) => (i.kind === "missing" ? [i.concept] : []));

beforeAll(async () => {
  ensureBuilt();
  const dir = tempDir({ "plan.form": EXAMPLE });
  uri = fileUri(path.join(dir, "plan.form"));
  client = startClient();
  await initialize(client, dir);
  await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard-form", version: 1, text: EXAMPLE } });
});

afterAll(async () => {
  if (client) await shutdown(client);
});

describe("formguard/preview", () => {
  it("answers with the document's forms, missing prompts in place", async () => {
    const model = (await client.conn.sendRequest(PREVIEW_REQUEST, { textDocument: { uri } })) as PreviewModel;
    expect(model.uri).toBe(uri);
    expect(model.forms.map((f) => [f.id, f.summary.verdict])).toEqual([["antenatal-care-plan-noncompliant", "fails"]]);
    expect(missing(model).sort()).toEqual(["domestic-abuse.reassessment", "seen-alone.date", "seen-alone.planned"]);
    const seenAlone = flat(model.forms[0].items).find((i) => i.kind === "missing" && i.concept === "seen-alone.planned");
    expect(seenAlone && seenAlone.kind === "missing" && seenAlone.finding.cites).toBe("recommendation 2.7; paragraph 2.2");
  });

  it("answers for the text as edited, at once", async () => {
    const edited = EXAMPLE.replace(
      `    field accompanied_by text {`,
      `    field seen_alone yesno required {\n      label "You will be seen on your own at least once"\n      covers seen-alone.planned\n    }\n    field accompanied_by text {`,
    );
    expect(edited).not.toBe(EXAMPLE);
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const model = (await client.conn.sendRequest(PREVIEW_REQUEST, { textDocument: { uri } })) as PreviewModel;
    expect(missing(model).sort()).toEqual(["domestic-abuse.reassessment", "seen-alone.date"]);
    const field = flat(model.forms[0].items).find((i) => i.kind === "field" && i.id === "seen_alone");
    expect(field && field.kind === "field" && [field.type, field.required, field.line]).toEqual(["yesno", true, edited.split("\n").findIndex((l) => l.includes("field seen_alone"))]);
  });

  it("answers null for a document it does not know", async () => {
    expect(await client.conn.sendRequest(PREVIEW_REQUEST, { textDocument: { uri: "file:///nowhere/x.form" } })).toBeNull();
  });
});
