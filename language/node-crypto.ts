/**
 * node:crypto, loaded when first needed. Loading it costs a fresh process 8–10 ms (`node -e
 * 'require("node:crypto")'` against `node -e 0`, 31 interleaved runs: +8 ms of CPU), and most
 * runs of the CLI never hash anything or draw a random name: an import at the top of a module
 * would load it in every run, since the bundle evaluates every module when it starts.
 */
import type * as Crypto from "node:crypto";

let loaded: typeof Crypto | undefined;

export function nodeCrypto(): typeof Crypto {
  return (loaded ??= process.getBuiltinModule("node:crypto"));
}
