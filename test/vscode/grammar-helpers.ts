/**
 * Loads the extension's TextMate grammars with vscode-textmate and the Oniguruma WASM, as VS
 * Code does, and tokenizes text into (text, scopes) pairs per line.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as oniguruma from "vscode-oniguruma";
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from "vscode-textmate";

const ROOT = path.resolve(__dirname, "..", "..");
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

export interface Token {
  text: string;
  scopes: string[];
}

let registry: Registry | undefined;

function getRegistry(): Registry {
  if (registry) return registry;
  const wasm = fs.readFileSync(path.join(ROOT, "node_modules/vscode-oniguruma/release/onig.wasm")).buffer;
  const onigLib = oniguruma.loadWASM(wasm).then(() => ({
    createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
    createOnigString: (s: string) => new oniguruma.OnigString(s),
  }));
  const byScope = new Map<string, string>(manifest.contributes.grammars.map((g: { scopeName: string; path: string }) => [g.scopeName, path.join(ROOT, g.path)]));
  registry = new Registry({
    onigLib,
    loadGrammar: async (scopeName) => {
      const file = byScope.get(scopeName);
      if (!file) return null;
      return parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  return registry;
}

export async function loadGrammar(scopeName: string): Promise<IGrammar> {
  const grammar = await getRegistry().loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  return grammar;
}

/** Tokens of every line (1-based line numbers: result[0] is unused). */
export function tokenize(grammar: IGrammar, text: string): Token[][] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Token[][] = [[]];
  let state: StateStack = INITIAL;
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    out.push(r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })));
    state = r.ruleStack;
  }
  return out;
}
