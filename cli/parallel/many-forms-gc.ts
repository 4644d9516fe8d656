/**
 * A V8 setting for a long single-threaded check of many forms, set once the run knows it is one.
 *
 * Each form's tokens, spans and AST nodes live for that form only. V8's allocation-site
 * pretenuring sees them survive a scavenge or two while a form is being checked, starts
 * allocating them straight into the old generation, and throws away the parser's optimised code
 * to do so (`--trace-deopt`: "code dependencies" in lex, field, tokenSpan…) — then re-optimises
 * it and collects them later at greater cost. Switched off, the 1,000-form bench takes about 10%
 * less time (docs/performance.md). It is set after the bundle is loaded, so the code cache (tied
 * to the flags it was made with) still applies, and not for short runs, whose long-lived pack
 * data pretenuring does place well; nor on several threads, whose workers load the bundle
 * later and would find their code cache refused.
 *
 * node:v8 is loaded only then: loading it also loads Node's heap utilities and streams, about
 * 2 ms of every fresh process (an empty script against one requiring it, 41 interleaved runs).
 */
/** At least this many files on one thread before the setting pays. */
export const MANY_FORMS = 100;

let applied = false;
export function preferShortLivedObjects(files: number): void {
  if (applied || files < MANY_FORMS) return;
  applied = true;
  process.getBuiltinModule("node:v8").setFlagsFromString("--no-allocation-site-pretenuring");
}
