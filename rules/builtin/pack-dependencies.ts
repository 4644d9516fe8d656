/**
 * `pack-dependency`: what one pack needs of the others.
 * - `uses OTHER "RANGE"`: OTHER must be loaded, declare a version, and that version be in the
 *   range (a range npm would not read is an error too);
 * - `extend concept ID`: ID must be a concept of a pack this one `uses` (not its own, which it
 *   can simply change), and an extension adds only `synonyms` and `help`.
 * Two versions of one pack loaded together are `duplicate-id`'s (naming both).
 */
import { pathBetween } from "../../language/path-between";
import type { ExtendConceptDecl, Pack, PackUse } from "../../language/ast";
import { WorkspaceIndex } from "../../language/model/workspace";
import { nearest } from "../../language/suggest";
import { parseRange, satisfies } from "../semver-range";
import type { BuiltinCheck, CheckContext } from "./check-context";

export const packDependencies: BuiltinCheck = {
  ids: ["pack-dependency"],
  description: "A pack's `uses` name loaded packs in versions within their ranges; `extend concept` only adds synonyms and help to a concept of a pack it uses.",
  run(ctx) {
    const items = ctx.doc.ast.items;
    const pack = items.find((i): i is Pack => i.kind === "pack");
    for (const use of pack?.uses ?? []) checkUse(ctx, use);
    // Only a pack extends concepts: a form document (nearly every document of a lint) stops
    // here, without splitting its path for a pack name it does not have.
    if (!items.some((i) => i.kind === "extend-concept")) return;
    const own = WorkspaceIndex.packNameOf(ctx.doc);
    const used = new Set((pack?.uses ?? []).map((u) => u.pack.text));
    for (const item of items) if (item.kind === "extend-concept") checkExtension(ctx, item, own, used);
  },
};

function checkUse(ctx: CheckContext, use: PackUse) {
  const name = use.pack.text;
  if (!parseRange(use.range.value)) {
    ctx.report("pack-dependency", "error", `\`${use.range.value}\` is not a version range: write one such as "^1.0.0", "~1.2.0" or ">=1.0.0 <3.0.0".`, use.range.span);
    return;
  }
  const defs = ctx.index.packs.get(name);
  if (!defs?.length) {
    const s = nearest(name, ctx.index.packs.keys());
    ctx.report("pack-dependency", "error", `This pack uses pack \`${name}\`, which is not loaded${s ? ` (did you mean \`${s}\`?)` : ""}: add it to \`packs\` in formguard.config.json (a file or an installed npm package) or pass it with --rules.`, use.pack.span, { kind: "pack-dependency", pack: name });
    return;
  }
  for (const def of defs) {
    const version = def.node.version?.value;
    if (version === undefined) {
      ctx.report("pack-dependency", "error", `This pack uses pack \`${name}\` ${use.range.value}, but the loaded \`${name}\` (${pathBetween(ctx.doc.uri, def.uri)}) declares no version.`, use.range.span, { kind: "pack-dependency", pack: name });
    } else if (!satisfies(version, use.range.value)) {
      ctx.report("pack-dependency", "error", `This pack uses pack \`${name}\` ${use.range.value}, but the loaded \`${name}\` is version ${version} (${pathBetween(ctx.doc.uri, def.uri)}).`, use.range.span, { kind: "pack-dependency", pack: name, version });
    }
  }
}

function checkExtension(ctx: CheckContext, ext: ExtendConceptDecl, own: string, used: Set<string>) {
  for (const p of ext.refused) {
    ctx.report("pack-dependency", "error", `\`extend concept\` may add only synonyms and help; \`${p.keyword}\` belongs to the concept's own declaration.`, p.keywordSpan);
  }
  const def = ctx.index.concepts.get(ext.name.text)?.[0];
  if (!def) return; // unknown: `unknown-concept` says so
  if (def.pack === own) {
    ctx.report("pack-dependency", "error", `Concept \`${ext.name.text}\` is this pack's own: add the synonyms and help to its declaration instead of extending it.`, ext.name.span);
  } else if (!used.has(def.pack ?? "")) {
    ctx.report("pack-dependency", "error", `Concept \`${ext.name.text}\` is declared by pack \`${def.pack}\`, which this pack does not use: add \`uses ${def.pack} "RANGE"\` to the pack header.`, ext.name.span, { kind: "pack-dependency", pack: def.pack ?? "" });
  }
}
