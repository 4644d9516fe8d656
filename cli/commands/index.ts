/** The subcommands, by name. Each is loaded only when run, so `lint` never loads the server. */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  lint: { summary: "check forms and packs (CI: exit 1 on errors)", run: async (a) => (await import("./lint")).lintCommand(a) },
  report: { summary: "write an audit report (html, markdown or json) of what the forms meet", run: async (a) => (await import("./report")).reportCommand(a) },
  fmt: { summary: "format forms and packs in the canonical style (--check: list unformatted, exit 1)", run: async (a) => (await import("./fmt")).fmtCommand(a) },
  lsp: { summary: "run the language server for editors (--stdio)", run: async (a) => (await import("./lsp")).lspCommand(a) },
  import: { summary: "convert a FHIR R4 Questionnaire (JSON) into a form spec", run: async (a) => (await import("./import")).importCommand(a) },
  export: { summary: "convert a form spec into a FHIR R4 Questionnaire (--to fhir)", run: async (a) => (await import("./export")).exportCommand(a) },
  rules: { summary: "list every rule with its citations, and the recommendation coverage", run: async (a) => (await import("./rules")).rulesCommand(a) },
};
