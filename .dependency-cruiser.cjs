// The one-way flow (docs/architecture.md), enforced by `npm test` (test/architecture/layers.test.ts):
//   language → rules → fixes · fhir · report → preview → project → service → hosts (cli, server, client)
// A layer imports only layers to its left; hosts never import each other.
const HOSTS = "^(cli|server|client)/";

/** `from` may import nothing outside `allowed` (its own folder is always allowed). */
const onlyImports = (name, from, allowed) => ({
  name,
  severity: "error",
  comment: `${from} may import only ${allowed.join(", ") || "itself"} (docs/architecture.md)`,
  from: { path: `^${from}/` },
  to: { path: "^[a-z-]+/", pathNot: [`^${from}/`, ...allowed.map((a) => `^${a}/`), "node_modules"] },
});

module.exports = {
  forbidden: [
    {
      name: "host-imports-host",
      severity: "error",
      comment: "cli/, server/ and client/ are separate hosts: share code through project/, service/ or below (bin/formguard.js dispatches `lsp` to the server bundle).",
      from: { path: "^(cli|server|client)/" },
      to: { path: HOSTS, pathNot: ["^$1/"] },
    },
    onlyImports("language-is-the-base", "language", []),
    onlyImports("rules-above-language-only", "rules", ["language"]),
    onlyImports("fixes-above-rules", "fixes", ["language", "rules"]),
    onlyImports("fhir-above-rules", "fhir", ["language", "rules"]),
    onlyImports("report-above-rules", "report", ["language", "rules", "fixes", "fhir"]),
    onlyImports("preview-above-report", "preview", ["language", "rules", "fixes", "fhir", "report"]),
    onlyImports("project-below-service", "project", ["language", "rules", "fixes", "fhir", "report", "preview"]),
    onlyImports("service-below-hosts", "service", ["language", "rules", "fixes", "fhir", "report", "preview", "project"]),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist|test|bench|scripts)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    moduleSystems: ["es6", "cjs"],
  },
};
