/**
 * A small JSON parser that also records where every value sits, by JSON pointer (RFC 6901:
 * "" is the root, "/item/0/linkId" a property). Diagnostics about a Questionnaire can then
 * point at the line and column of the `linkId` they are about. Strict JSON (RFC 8259): no
 * comments, no trailing commas; a syntax error says what was expected and where.
 */
import type { Span } from "../language/diagnostic";

export interface ValuePosition {
  /** The value itself, from its first to just past its last character. */
  value: Span;
  /** For an object property: its key, quotes included. */
  key?: Span;
}

export type ScanResult =
  | { ok: true; value: unknown; positions: Map<string, ValuePosition> }
  | { ok: false; message: string; offset: number };

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function pointerEscape(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function pointerOf(path: ReadonlyArray<string | number>): string {
  return path.map((s) => "/" + pointerEscape(s)).join("");
}

const MAX_DEPTH = 512;

export function scanJson(text: string): ScanResult {
  const positions = new Map<string, ValuePosition>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const describe = (at: number) => (at >= text.length ? "the end of the file" : `"${text[at]}"`);

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = "";
    for (;;) {
      if (i >= text.length) fail("unterminated string", start);
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === "\\") {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail(`invalid escape "\\${e ?? ""}" in a string`);
        continue;
      }
      if (c.charCodeAt(0) < 32) fail("a control character (such as a raw line break) inside a string");
      out += c;
      i++;
    }
  };

  const parseValue = (path: Array<string | number>, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
    ws();
    const start = i;
    const record = () => {
      const pointer = pointerOf(path);
      const prev = positions.get(pointer);
      positions.set(pointer, { ...prev, value: { start, end: i } });
    };
    const c = text[i];
    let value: unknown;
    if (c === "{") {
      i++;
      // No prototype: a key "__proto__" stays a plain property, as in every JSON.parse, instead of
      // quietly making the object inherit (say) `required: true` from it.
      const obj: Record<string, unknown> = Object.create(null);
      ws();
      if (text[i] === "}") i++;
      else {
        for (;;) {
          ws();
          if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
          const keyStart = i;
          const key = parseString();
          const keySpan = { start: keyStart, end: i };
          ws();
          if (text[i] !== ":") fail(`expected ":" after the property name "${key}", found ${describe(i)}`);
          i++;
          const childPath = [...path, key];
          positions.set(pointerOf(childPath), { key: keySpan, value: { start: i, end: i } });
          obj[key] = parseValue(childPath, depth + 1);
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "}") {
            i++;
            break;
          }
          fail(`expected "," or "}" after the value of "${key}", found ${describe(i)}`);
        }
      }
      value = obj;
    } else if (c === "[") {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === "]") i++;
      else {
        for (;;) {
          arr.push(parseValue([...path, arr.length], depth + 1));
          ws();
          if (text[i] === ",") {
            i++;
            continue;
          }
          if (text[i] === "]") {
            i++;
            break;
          }
          fail(`expected "," or "]" in a list, found ${describe(i)}`);
        }
      }
      value = arr;
    } else if (c === '"') {
      value = parseString();
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (!m) fail("invalid number");
      i += m![0].length;
      value = Number(m![0]);
    } else if (text.startsWith("true", i)) {
      i += 4;
      value = true;
    } else if (text.startsWith("false", i)) {
      i += 5;
      value = false;
    } else if (text.startsWith("null", i)) {
      i += 4;
      value = null;
    } else {
      fail(`expected a value, found ${describe(i)}`);
    }
    record();
    return value;
  };

  try {
    const value = parseValue([], 0);
    ws();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, value, positions };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}

/** Cheap test used to pick Questionnaires out of a directory: does `resourceType` say so? */
export function looksLikeQuestionnaire(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return /"resourceType"\s*:\s*"Questionnaire"/.test(head);
}
