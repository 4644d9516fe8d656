/**
 * Where a JSON path is in a JSON text, so a configuration problem ($.rules["x"]) is underlined
 * exactly. A small scanner, enough for formguard.config.json; it never throws.
 */
import type { Span } from "../language/diagnostic";

/** The span of the value at `path` (or of the key `key` inside it); the nearest found ancestor otherwise. */
export function locateJsonPath(text: string, path: Array<string | number>, key?: string): Span {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
  };
  const readString = (): string => {
    const start = i;
    skipString();
    try {
      return JSON.parse(text.slice(start, i));
    } catch {
      return text.slice(start + 1, i - 1);
    }
  };
  // Skips one value starting at i.
  const skipValue = () => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === "{" || c === "[") {
      let depth = 0;
      while (i < text.length) {
        const d = text[i];
        if (d === '"') {
          skipString();
          continue;
        }
        if (d === "{" || d === "[") depth++;
        if (d === "}" || d === "]") depth--;
        i++;
        if (depth === 0) return;
      }
      return;
    }
    while (i < text.length && !/[,}\]\s]/.test(text[i])) i++;
  };

  ws();
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  let found: Span = { start: i, end: Math.min(text.length, i + 1) };
  for (const [depth, step] of [...path, ...(key !== undefined ? [key] : [])].entries()) {
    ws();
    const isKey = key !== undefined && depth === path.length;
    if (typeof step === "number" && text[i] === "[") {
      i++;
      for (let n = 0; n < step; n++) {
        skipValue();
        ws();
        if (text[i] === ",") i++;
      }
      ws();
      const start = i;
      skipValue();
      found = { start, end: i };
      i = start;
      continue;
    }
    if (text[i] !== "{") return found;
    i++;
    let matched = false;
    while (i < text.length) {
      ws();
      if (text[i] !== '"') break;
      const keyStart = i;
      const name = readString();
      const keyEnd = i;
      ws();
      if (text[i] === ":") i++;
      ws();
      if (name === String(step)) {
        matched = true;
        if (isKey) return { start: keyStart, end: keyEnd };
        const start = i;
        skipValue();
        found = { start, end: i };
        i = start;
        break;
      }
      skipValue();
      ws();
      if (text[i] === ",") i++;
    }
    if (!matched) return found;
  }
  return found;
}

/**
 * Offset of the first JSON syntax error, or undefined when the text parses. Node's own message
 * names no position for most errors, so the editor finds it here.
 */
export function firstJsonError(text: string): number | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\n") fail();
      if (text[i] === "\\") {
        i++;
        if (!/["\\/bfnrtu]/.test(text[i] ?? "")) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") return void i++;
        else fail();
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (at) {
    return Math.min(at as number, Math.max(0, text.length - 1));
  }
}
