// The language server as dist/server.js starts it, plus `--debounce-ms N`: the fixed quiet period
// of ServerOptions.debounceMs, which no client setting reaches. bench/lsp-latency.mjs runs it with
// 0 to time the recompute alone. Bundled by bench/build.mjs (buildBenchServer).
import { startLanguageServer } from "../server/start";

const i = process.argv.indexOf("--debounce-ms");
startLanguageServer(process.argv.slice(2), i === -1 ? {} : { debounceMs: Number(process.argv[i + 1]) });
