// `npm run bench`: the batch benchmarks, one after the other (each prints its own command).
// The editor and memory benches start language servers: `npm run bench:lsp`, `npm run bench:memory`.
await import("./throughput.mjs");
console.log();
await import("./startup.mjs");
console.log();
await import("./scaling.mjs");
