/**
 * `--format github`: GitHub Actions workflow commands, one line per problem, which GitHub shows
 * as annotations on the pull request's files:
 *   ::error file=forms/ed.form,line=12,col=3,endLine=12,endColumn=20,title=…::message
 * Infos are `notice`s; waived findings are not annotated (they are not problems to act on). An
 * input that could not be read is an `error` on that file, so the run's page says so too.
 * Paths are repository-relative. Escaping follows the runner: `%`, CR and LF in the message;
 * additionally `:` and `,` in property values.
 */
import type { Level } from "../../language/diagnostic";
import { terminalText } from "../../language/safe-text";

/** Line breaks are the runner's to decode (%0A); every other control character is escaped, bidi controls marked. */
const safe = (s: string) => s.split(/(\r\n|\r|\n)/).map((part, i) => (i % 2 ? part : terminalText(part))).join("");
import { displayPath } from "../../project/discover";
import { repoPathOf, repositoryRoot } from "../repo-root";
import { wholeRun, type Formatter, type StreamingFormatter } from "./types";

const COMMAND: Record<Level, string> = { error: "error", warning: "warning", info: "notice" };

export const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

export const streamGithub: StreamingFormatter = (run) => {
  const root = repositoryRoot(run.cwd);
  return {
    head: "",
    file(f) {
      const file = repoPathOf(f.absPath, root, f.filePath);
      let out = "";
      for (const d of f.diagnostics) {
        const props = [
          `file=${escapeProperty(safe(file))}`,
          `line=${d.range.start.line + 1}`,
          `col=${d.range.start.character + 1}`,
          `endLine=${d.range.end.line + 1}`,
          `endColumn=${d.range.end.character + 1}`,
          `title=${escapeProperty(`formguard ${d.ruleId}`)}`,
        ];
        out += `::${COMMAND[d.level]} ${props.join(",")}::${escapeData(safe(d.message))}\n`;
      }
      return out;
    },
    tail(unreadable) {
      let out = "";
      for (const u of unreadable) {
        const file = repoPathOf(u.file, root, displayPath(u.file, run.cwd));
        out += `::error file=${escapeProperty(safe(file))},title=${escapeProperty("formguard: cannot read")}::${escapeData(safe(`Not checked: cannot read ${file}: ${u.reason}.`))}\n`;
      }
      return out;
    },
  };
};

export const formatGithub: Formatter = wholeRun(streamGithub);
