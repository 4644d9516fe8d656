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

/**
 * Where each value sits, by JSON pointer: four numbers per value in one growing Int32Array
 * rather than three small objects (a 25 MB Questionnaire has over two million values).
 */
export class JsonPositions {
  private readonly slots = new Map<string, number>();
  private spans = new Int32Array(4096);
  private count = 0;

  /** A new entry (keyStart -1: not an object property); its value is filled in by `setValue`. */
  add(pointer: string, keyStart = -1, keyEnd = -1): number {
    const slot = this.count++;
    if (slot * 4 + 4 > this.spans.length) {
      const bigger = new Int32Array(this.spans.length * 2);
      bigger.set(this.spans);
      this.spans = bigger;
    }
    const at = slot * 4;
    this.spans[at] = keyStart;
    this.spans[at + 1] = keyEnd;
    this.spans[at + 2] = keyStart;
    this.spans[at + 3] = keyEnd;
    this.slots.set(pointer, slot);
    return slot;
  }

  setValue(slot: number, start: number, end: number) {
    this.spans[slot * 4 + 2] = start;
    this.spans[slot * 4 + 3] = end;
  }

  get(pointer: string): ValuePosition | undefined {
    const slot = this.slots.get(pointer);
    if (slot === undefined) return undefined;
    const [ks, ke, vs, ve] = this.spans.subarray(slot * 4, slot * 4 + 4);
    return ks < 0 ? { value: { start: vs, end: ve } } : { key: { start: ks, end: ke }, value: { start: vs, end: ve } };
  }

  has(pointer: string): boolean {
    return this.slots.has(pointer);
  }

  keys(): IterableIterator<string> {
    return this.slots.keys();
  }
}

export type ScanResult =
  | { ok: true; value: unknown; positions: JsonPositions }
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
  const text = String(segment);
  return text.includes("~") || text.includes("/") ? text.replace(/~/g, "~0").replace(/\//g, "~1") : text;
}

export function pointerOf(path: ReadonlyArray<string | number>): string {
  return path.map((s) => "/" + pointerEscape(s)).join("");
}

const MAX_DEPTH = 512;

export function scanJson(text: string): ScanResult {
  const positions = new JsonPositions();
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

  const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
  /** Copies runs of plain characters in one slice (a 25 MB Questionnaire has a million strings). */
  const parseString = (): string => {
    const start = i;
    let j = i + 1; // past the opening quote
    let from = j;
    let out = "";
    for (;;) {
      if (j >= text.length) fail("unterminated string", start);
      const c = text.charCodeAt(j);
      if (c === 34) {
        i = j + 1;
        return out + text.slice(from, j);
      }
      if (c === 92) {
        out += text.slice(from, j);
        i = j;
        const e = text[j + 1];
        if (e in SIMPLE_ESCAPES) {
          out += SIMPLE_ESCAPES[e];
          j += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
          out += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
          j += 6;
        } else fail(`invalid escape "\\${e ?? ""}" in a string`);
        from = j;
        continue;
      }
      if (c < 32) fail("a control character (such as a raw line break) inside a string", j);
      j++;
    }
  };

  // One pointer string and one position entry per value, made once: copying the path array and
  // re-joining it into a pointer for every value made a 25 MB Questionnaire cost 1.3 GB.
  const parseValue = (pointer: string, depth: number, slot: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
    ws();
    const start = i;
    const record = () => {
      positions.setValue(slot, start, i);
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
          const keyEnd = i;
          ws();
          if (text[i] !== ":") fail(`expected ":" after the property name "${key}", found ${describe(i)}`);
          i++;
          const childPointer = pointer + "/" + pointerEscape(key);
          obj[key] = parseValue(childPointer, depth + 1, positions.add(childPointer, keyStart, keyEnd));
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
          const childPointer = pointer + "/" + arr.length;
          arr.push(parseValue(childPointer, depth + 1, positions.add(childPointer)));
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
      value = Number(m![0]);
      // JSON.parse would give Infinity, which then read as a missing value: say what is wrong.
      if (!Number.isFinite(value)) fail(`the number ${m![0].slice(0, 40)} is out of range (no number beyond about 1.8e308 can be represented)`);
      i += m![0].length;
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
    const value = parseValue("", 0, positions.add(""));
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
