/** `dist/server.js`: the language server on its own, as editors and the VS Code extension start it. */
import { startLanguageServer } from "./start";

startLanguageServer(process.argv.slice(2));
