// Bundles the Langium peer (entry.ts) into one CommonJS file with bench/build.mjs's esbuild set-up:
// bench/langium-peer.mjs runs it as a whole process and requires it in process, and
// test/bench/langium-peer.test.ts requires it. No TypeScript runs at run time.
import { createRequire } from "node:module";
import * as path from "node:path";
import { bundle } from "../build.mjs";
import { root } from "../cli-args.mjs";

/**
 * Langium and chevrotain-allstar (its lookahead) must share one copy of chevrotain. npm nests
 * the chevrotain Langium pins (~11.0) under node_modules/langium, but hoists chevrotain-allstar,
 * which then finds the project's own chevrotain (^11.2) at the top: two copies, whose grammar
 * classes fail each other's instanceof checks (Langium's parser then throws "non exhaustive
 * match" while it is built). Every `chevrotain` import in the bundle is resolved from Langium's
 * own folder instead.
 */
const oneChevrotain = {
  name: "one-chevrotain",
  setup(build) {
    const own = { pluginData: "one-chevrotain" }; // marks this plugin's own look-ups
    build.onResolve({ filter: /^chevrotain$/ }, async (args) => {
      if (args.pluginData === own.pluginData) return undefined;
      // Langium's entry (node_modules/langium/lib/index.js), then chevrotain as Langium finds it.
      const langium = await build.resolve("langium", { resolveDir: root, kind: "import-statement", ...own });
      if (langium.errors.length > 0) return { errors: langium.errors };
      const found = await build.resolve("chevrotain", { resolveDir: path.dirname(langium.path), kind: args.kind, ...own });
      return found.errors.length > 0 ? { errors: found.errors } : { path: found.path };
    });
  },
};

/** Bundles bench/langium-peer/entry.ts to `outfile` (dist/bench-langium-peer.cjs by default); returns its path. */
export function buildLangiumPeer(outfile) {
  return bundle(path.join("langium-peer", "entry.ts"), "bench-langium-peer.cjs", { plugins: [oneChevrotain], ...(outfile ? { outfile } : {}) });
}

/** The built peer, required: `createFormguardPeerServices`, `firstSyntaxError`, `parseDirectory` (entry.ts). */
export async function loadLangiumPeer(outfile) {
  return createRequire(import.meta.url)(await buildLangiumPeer(outfile));
}
