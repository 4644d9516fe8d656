/**
 * `dist/server.js`: the language server bundle. `bin/formguard.js lsp …` calls `lspMain`; editors
 * and the VS Code extension may also run this file directly (`node dist/server.js --stdio`).
 */
import { lspMain } from "./command";

export { lspMain };

if (require.main === module) {
  void lspMain(process.argv.slice(2)).then((code) => process.exit(code));
}
