/** The subcommands, by name. Each is loaded only when run, so `lint` never loads the server. */
export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  lint: { summary: "check forms and packs (CI: exit 1 on errors)", run: async (a) => (await import("./lint")).lintCommand(a) },
  rules: { summary: "list every rule with its citations, and the recommendation coverage", run: async (a) => (await import("./rules")).rulesCommand(a) },
};
