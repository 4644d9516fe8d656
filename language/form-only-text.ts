/**
 * Whether a text certainly declares nothing but forms, judged from the text alone (no lexing
 * or parsing): a streamed batch run (cli/lint-stream.ts) asks it of the files it has not
 * checked yet before it writes its first byte, since a form file declaring a concept, rule or
 * service changes what every other file is checked against.
 *
 * Conservative: `false` means "not sure". Strings and comments are skipped as the lexer skips
 * them; any word that starts a top-level declaration other than `form` (document.ts) counts
 * wherever it stands outside them, except `service` and `audience` inside braces, where they
 * are a form's header properties. An unterminated string or comment, or braces that do not
 * balance, are "not sure" too (recovery could then read anything as top level).
 */
const SCAN =
  /"(?:[^"\\\r\n]|\\[^\r\n])*"|"|\/\/[^\r\n]*|\/\*[\s\S]*?\*\/|\/\*|[{}]|(?<![A-Za-z0-9_])(?:pack|service|audience|concept|rule|recommendation|extend)(?![A-Za-z0-9_-])/g;

export function declaresOnlyForms(text: string): boolean {
  let depth = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const s = m[0];
    switch (s.charCodeAt(0)) {
      case 0x7b: // {
        depth++;
        break;
      case 0x7d: // }
        if (--depth < 0) return false;
        break;
      case 0x22: // a string, or an unterminated one
        if (s.length === 1) return false;
        break;
      case 0x2f: // a comment, or an unterminated block comment
        if (s === "/*") return false;
        break;
      default:
        if (depth === 0 || (s !== "service" && s !== "audience")) return false;
    }
  }
  return depth === 0;
}
