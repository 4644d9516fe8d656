/**
 * chevrotain computes a lookahead function for every alternation, option and repetition of the
 * grammar when the parser is built: most of the parser's construction, paid on every start-up
 * even when one small form uses a fraction of the grammar. This strategy (chevrotain's public
 * `lookaheadStrategy` extension point) computes each function the first time the parser reaches
 * that production, then keeps it. Parsing decisions are exactly the default LL(k) strategy's.
 */
import { LLkLookaheadStrategy, type ILookaheadStrategy } from "chevrotain";

type ForAlternation = ILookaheadStrategy["buildLookaheadForAlternation"];
type ForOptional = ILookaheadStrategy["buildLookaheadForOptional"];
type LookaheadFn = (this: unknown, ...args: unknown[]) => unknown;

function lazily(build: () => LookaheadFn): LookaheadFn {
  let fn: LookaheadFn | undefined;
  return function (this: unknown, ...args: unknown[]) {
    fn ??= build();
    return fn.apply(this, args);
  };
}

export class LazyLookaheadStrategy extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: Parameters<ForAlternation>[0]): ReturnType<ForAlternation> {
    return lazily(() => super.buildLookaheadForAlternation(options) as LookaheadFn) as ReturnType<ForAlternation>;
  }

  override buildLookaheadForOptional(options: Parameters<ForOptional>[0]): ReturnType<ForOptional> {
    return lazily(() => super.buildLookaheadForOptional(options) as LookaheadFn) as ReturnType<ForOptional>;
  }
}
