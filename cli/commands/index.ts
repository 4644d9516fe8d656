/** The subcommands, by name. Each is loaded only when run, so `lint` never loads the server. */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

/** Loads the sibling server bundle at run time (a bundle boundary, not a source import). */
function runServerBundle(argv: string[]): Promise<number> {
  const bundle = require("node:path").join(__dirname, "server.js");
  const server = require(bundle) as { lspMain(argv: string[]): Promise<number> };
  return server.lspMain(argv);
}

export const COMMANDS: Record<string, Command> = {
  lint: { summary: "check forms and packs (CI: exit 1 on errors)", run: async (a) => (await import("./lint")).lintCommand(a) },
  report: { summary: "write an audit report (html, markdown or json) of what the forms meet", run: async (a) => (await import("./report")).reportCommand(a) },
  preview: { summary: "render a form or Questionnaire as the page a clinician fills in, with what is missing shown in place", run: async (a) => (await import("./preview")).previewCommand(a) },
  fmt: { summary: "format forms and packs in the canonical style (--check: list unformatted, exit 1)", run: async (a) => (await import("./fmt")).fmtCommand(a) },
  // The language server is its own bundle (dist/server.js); the CLI never imports it. bin/formguard.js
  // dispatches `lsp` there directly; this entry lists it in the usage and serves `node dist/cli.js lsp`.
  lsp: { summary: "run the language server for editors (--stdio)", run: (a) => runServerBundle(a) },
  import: { summary: "convert a FHIR R4 Questionnaire (JSON) into a form spec", run: async (a) => (await import("./import")).importCommand(a) },
  export: { summary: "convert a form spec into a FHIR R4 Questionnaire (--to fhir)", run: async (a) => (await import("./export")).exportCommand(a) },
  explain: { summary: "say, for every untagged field, which concept it comes nearest to, the evidence and whether it counts", run: async (a) => (await import("./explain")).explainCommand(a) },
  test: { summary: "run rule-pack fixtures (// expect: RULE-ID comments) and compare what they report", run: async (a) => (await import("./test")).testCommand(a) },
  rules: { summary: "list every rule with its citations, and the recommendation coverage", run: async (a) => (await import("./rules")).rulesCommand(a) },
};
