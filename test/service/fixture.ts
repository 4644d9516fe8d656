/**
 * Small workspaces for language-service tests: the shipped packs plus the given documents,
 * with `<|>` cursor markers turned into LSP positions.
 */
import type { Position } from "vscode-languageserver";
import type { Workspace } from "../../language/model/workspace";
import { shippedPackFiles } from "../../rules/shipped-packs";
import { markers, workspaceWithPacks } from "../helpers";

export const PACK_URI = shippedPackFiles()[0];

export interface Fixture {
  ws: Workspace;
  uri: string;
  text: string;
  /** Cursor positions, in marker order. */
  at: Position[];
  offsets: number[];
}

/** `doc` may hold `<|>` markers; `extra` documents are added as they are. */
export function fixture(doc: string, uri = "/test/doc.form", extra: Record<string, string> = {}): Fixture {
  const { text, offsets } = markers(doc);
  const ws = workspaceWithPacks();
  for (const [u, t] of Object.entries(extra)) ws.set(u, t);
  const parsed = ws.set(uri, text);
  return { ws, uri, text, offsets, at: offsets.map((o) => parsed.lines.position(o)) };
}

/** The text a range covers, for readable expectations. */
export function textAt(ws: Workspace, uri: string, range: { start: Position; end: Position }): string {
  const doc = ws.get(uri)!;
  return doc.text.slice(doc.lines.offset(range.start), doc.lines.offset(range.end));
}

/** A compact emergency department form used by several tests. */
export const ED_FORM = `form ed "ED attendance" {
  service emergency-department
  audience child
  ages 0..17
  version "1"
  owner "Test trust"

  section arrival "Arrival" {
    // who came with the child
    field escort_present yesno required {
      label "Is an adult with the child?"
    }
    field escort_name text required when escort_present = yes {
      label "Name of the adult"
      covers accompanying-adult.name
    }
  }
  section history "History" {
    field attendances number required {
      label "Attendances"
      covers attendance.count
      lookback 6 months
    }
  }
  waive ed-paediatric-liaison "Reviewed in the PAS" by "Named nurse" until 2099-01-01
}
`;
