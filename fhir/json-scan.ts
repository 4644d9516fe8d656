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
 * Where each value sits, found by JSON pointer. A 25 MB Questionnaire has over two million
 * values, and a map from pointer strings to positions cost more memory than everything else
 * together (2 million strings and map entries); only a few pointers are ever asked for, to place
 * diagnostics. So each value gets five numbers, in document order, in one Int32Array: its key's
 * start and end (-1 when it is not an object property), its own start and end, and the slot just
 * past its last descendant — enough to walk a pointer down from the root when one is asked for.
 */
export class JsonPositions {
  private spans = new Int32Array(5 * 1024);
  private count = 0;
  /** Child slots of the arrays and large objects a lookup went through: index them once. */
  private readonly arrayChildren = new Map<number, Int32Array>();
  private readonly objectChildren = new Map<number, Map<string, number>>();
  private readonly protoSlots: number[] = [];

  constructor(private readonly text: string) {}

  /** A new entry (keyStart -1: not an object property); `close` completes it after its value. */
  add(keyStart = -1, keyEnd = -1): number {
    const slot = this.count++;
    if (slot * 5 + 5 > this.spans.length) {
      const bigger = new Int32Array(this.spans.length * 2);
      bigger.set(this.spans);
      this.spans = bigger;
    }
    const at = slot * 5;
    this.spans[at] = keyStart;
    this.spans[at + 1] = keyEnd;
    return slot;
  }

  /** The value of `slot` spans start..end, and every value after it so far lies inside it. */
  close(slot: number, start: number, end: number) {
    const at = slot * 5;
    this.spans[at + 2] = start;
    this.spans[at + 3] = end;
    this.spans[at + 4] = this.count;
  }

  /** Gives back the unused room once the scan is over. */
  seal() {
    this.spans = this.spans.slice(0, this.count * 5);
  }

  get(pointer: string): ValuePosition | undefined {
    const slot = this.slotOf(pointer);
    if (slot === undefined) return undefined;
    const at = slot * 5;
    const [ks, ke, vs, ve] = [this.spans[at], this.spans[at + 1], this.spans[at + 2], this.spans[at + 3]];
    return ks < 0 ? { value: { start: vs, end: ve } } : { key: { start: ks, end: ke }, value: { start: vs, end: ve } };
  }

  has(pointer: string): boolean {
    return this.slotOf(pointer) !== undefined;
  }

  /** The pointer of every property called "__proto__", in document order (see INHERITS_NOTHING). */
  protoPointers(): string[] {
    return this.protoSlots.map((slot) => this.pointerOf(slot));
  }

  /** The scan met a key "__proto__" at `slot`. */
  markProto(slot: number) {
    this.protoSlots.push(slot);
  }

  private next(slot: number): number {
    return this.spans[slot * 5 + 4];
  }

  private keyAt(slot: number): string {
    const raw = this.text.slice(this.spans[slot * 5] + 1, this.spans[slot * 5 + 1] - 1);
    return raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw; // the scan accepted it: it is a JSON string
  }

  private opener(slot: number): string {
    return this.text[this.spans[slot * 5 + 2]];
  }

  private children(slot: number): number[] {
    const out: number[] = [];
    for (let c = slot + 1; c < this.next(slot); c = this.next(c)) out.push(c);
    return out;
  }

  private slotOf(pointer: string): number | undefined {
    if (this.count === 0) return undefined;
    if (pointer === "") return 0;
    if (pointer[0] !== "/") return undefined;
    let slot = 0;
    for (const escaped of pointer.slice(1).split("/")) {
      const segment = escaped.replace(/~1/g, "/").replace(/~0/g, "~");
      const opener = this.opener(slot);
      let child: number | undefined;
      if (opener === "[") {
        if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
        let index = this.arrayChildren.get(slot);
        if (!index) this.arrayChildren.set(slot, (index = Int32Array.from(this.children(slot))));
        child = index[Number(segment)];
      } else if (opener === "{") {
        let keys = this.objectChildren.get(slot);
        if (!keys) {
          keys = new Map();
          // A repeated key: the last one counts, as in JSON.parse.
          for (const c of this.children(slot)) keys.set(this.keyAt(c), c);
          this.objectChildren.set(slot, keys);
        }
        child = keys.get(segment);
      }
      if (child === undefined) return undefined;
      slot = child;
    }
    return slot;
  }

  /** The JSON pointer of `slot`, found by walking down from the root to it. */
  private pointerOf(slot: number): string {
    let pointer = "";
    let at = 0;
    while (at !== slot) {
      const isArray = this.opener(at) === "[";
      let index = 0;
      let c = at + 1;
      while (this.next(c) <= slot) {
        c = this.next(c);
        index++;
      }
      pointer += "/" + (isArray ? String(index) : pointerEscape(this.keyAt(c)));
      at = c;
    }
    return pointer;
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

/**
 * What every scanned object inherits from: nothing (a frozen empty object with no prototype).
 * So a key "__proto__" stays a plain property, as in every JSON.parse, instead of quietly making
 * the object inherit (say) `required: true` from it, and no key reads as something inherited.
 * Object.create(null) would promise the same, but V8 keeps such objects as dictionaries: for a
 * 25 MB Questionnaire's million small objects that was 190 MB more than objects with a shared
 * shape. An object that does hold a "__proto__" key is made a true null-prototype object.
 */
const INHERITS_NOTHING: object = Object.freeze(Object.create(null));

export function scanJson(text: string): ScanResult {
  const positions = new JsonPositions(text);
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

  // One position entry per value and no pointer strings at all: positions are found by pointer
  // only when a diagnostic asks (JsonPositions).
  const parseValue = (depth: number, slot: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
    ws();
    const start = i;
    const c = text[i];
    let value: unknown;
    if (c === "{") {
      i++;
      let obj = Object.create(INHERITS_NOTHING) as Record<string, unknown>;
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
          const child = positions.add(keyStart, keyEnd);
          if (key === "__proto__") {
            positions.markProto(child);
            if (Object.getPrototypeOf(obj) !== null) obj = Object.assign(Object.create(null), obj);
          }
          obj[key] = parseValue(depth + 1, child);
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
          arr.push(parseValue(depth + 1, positions.add()));
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
    positions.close(slot, start, i);
    return value;
  };

  try {
    const value = parseValue(0, positions.add());
    ws();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    positions.seal();
    return { ok: true, value, positions };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    throw e;
  }
}
