/**
 * `bidi-control`: Unicode bidirectional controls (U+202A–U+202E, U+2066–U+2069) in a form or a
 * pack. Invisible, they reorder how the text around them is shown, so a label, a waiver reason
 * or a condition can read differently from what it is ("Trojan Source", CVE-2021-42574, which
 * compilers now warn about). Real clinical text has no use for them.
 */
import { BIDI_CONTROLS } from "../../language/safe-text";
import type { BuiltinCheck } from "./check-context";

export const bidiControl: BuiltinCheck = {
  ids: ["bidi-control"],
  description: "No invisible bidirectional-text controls (U+202A–U+202E, U+2066–U+2069): they make text read differently from what it is.",
  run(ctx) {
    for (const m of ctx.doc.text.matchAll(BIDI_CONTROLS)) {
      const code = m[0].codePointAt(0)!.toString(16).toUpperCase();
      ctx.report(
        "bidi-control",
        "warning",
        `Invisible bidirectional control U+${code}: it can make this text read differently from what it is. Remove it.`,
        { start: m.index!, end: m.index! + 1 },
      );
    }
  },
};
