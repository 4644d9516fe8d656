/**
 * V8 settings for a long single-threaded check of many forms, set once the run knows it is one.
 * Both are set after the bundle is loaded, so the code cache (tied to the flags it was made with)
 * still applies, and not for short runs, nor on several threads, whose workers load the bundle
 * later and would find their code cache refused.
 *
 * 1. **No allocation-site pretenuring.** Each form's tokens, spans and AST nodes live for that
 *    form only. V8's pretenuring sees them survive a scavenge or two while a form is being
 *    checked, starts allocating them straight into the old generation, and throws away the
 *    parser's optimised code to do so (`--trace-deopt`: "code dependencies" in lex, field,
 *    tokenSpan…) — then re-optimises it and collects them later at greater cost. Switched off,
 *    the 1,000-form bench takes about 10% less time (docs/performance.md). Short runs keep it:
 *    their long-lived pack data pretenuring does place well.
 *
 * 2. **Less inlining by the optimising compiler.** A fresh process runs the checks in V8's
 *    interpreter until TurboFan, on the other core, has compiled them; on a 1,000-form run that
 *    compiler was busy for about as long as the whole run (`--trace-opt`: 140 jobs, ≈ 700 ms of
 *    compiling, `toDiagnostic` alone 48 ms, against a 650 ms run), so hot code waited in its queue.
 *    With at most 150 bytecodes inlined into a function (V8's default 920) the jobs take ≈ 450 ms
 *    and the run about 3–4% less time at 1,000 and 2,000 forms; inlining nothing was slower at
 *    2,000 (docs/performance.md, 6 December 2026).
 *
 * node:v8 is loaded only then: loading it also loads Node's heap utilities and streams, about
 * 2 ms of every fresh process (an empty script against one requiring it, 41 interleaved runs).
 */
/** At least this many files on one thread before the settings pay. */
export const MANY_FORMS = 100;

/** The settings, as V8 reads them (also what bench/warm-up.mjs sets, to measure as the CLI runs). */
export const LONG_RUN_FLAGS = "--no-allocation-site-pretenuring --max-inlined-bytecode-size-cumulative=150";

let applied = false;
export function setV8ForALongRun(files: number): void {
  if (applied || files < MANY_FORMS) return;
  applied = true;
  process.getBuiltinModule("node:v8").setFlagsFromString(LONG_RUN_FLAGS);
}
