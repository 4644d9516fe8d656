/**
 * The small part of semver a pack's `uses OTHER-PACK "RANGE"` needs: versions `MAJOR.MINOR.PATCH`
 * and ranges made of `^`, `~`, `>=`, `>`, `<=`, `<`, `=`, exact or partial versions and
 * x-ranges (`1.x`, `*`), joined by spaces (and) and `||` (or) — npm's meaning for each.
 * Pre-release tags are not part of pack versions and are refused.
 */
type Triple = [number, number, number];
type Comparator = { op: ">=" | ">" | "<=" | "<" | "="; v: Triple };

const PARTIAL = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/;

export function parseVersion(text: string): Triple | undefined {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** `1.2` → [1, 2, undefined]; a wildcard part and everything after it is undefined. */
function partial(text: string): Array<number | undefined> | undefined {
  const m = PARTIAL.exec(text);
  if (!m) return undefined;
  const parts: Array<number | undefined> = [];
  for (const p of [m[1], m[2], m[3]]) {
    if (p === undefined || /[xX*]/.test(p) || parts.includes(undefined)) parts.push(undefined);
    else parts.push(Number(p));
  }
  return parts;
}

function comparators(token: string): Comparator[] | undefined {
  const m = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(token)!;
  const op = m[1] ?? "";
  const p = partial(m[2]);
  if (!p) return undefined;
  const [ma, mi, pa] = p;
  const lo: Triple = [ma ?? 0, mi ?? 0, pa ?? 0];
  if (ma === undefined) return op === "" || op === "=" || op === ">=" || op === "<=" ? [] : undefined;
  // The first version past a partial one: 1 → 2.0.0, 1.2 → 1.3.0.
  const next: Triple = mi === undefined ? [ma + 1, 0, 0] : pa === undefined ? [ma, mi + 1, 0] : [ma, mi, pa + 1];
  switch (op) {
    case "^": {
      const upper: Triple = ma > 0 || mi === undefined ? [ma + 1, 0, 0] : mi > 0 || pa === undefined ? [0, mi + 1, 0] : [0, 0, pa + 1];
      return [{ op: ">=", v: lo }, { op: "<", v: upper }];
    }
    case "~":
      return [{ op: ">=", v: lo }, { op: "<", v: mi === undefined ? [ma + 1, 0, 0] : [ma, mi + 1, 0] }];
    case ">=": return [{ op: ">=", v: lo }];
    case ">": return [{ op: ">=", v: next }];
    case "<": return [{ op: "<", v: lo }];
    case "<=": return pa === undefined ? [{ op: "<", v: next }] : [{ op: "<=", v: lo }];
    default:
      return pa === undefined ? [{ op: ">=", v: lo }, { op: "<", v: next }] : [{ op: "=", v: lo }];
  }
}

/** The range's alternatives, each a list of comparators all of which must hold; undefined if unreadable. */
export function parseRange(range: string): Comparator[][] | undefined {
  const alternatives: Comparator[][] = [];
  for (const alt of range.split("||")) {
    const tokens = alt.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, "$1").split(/\s+/).filter(Boolean);
    const all: Comparator[] = [];
    for (const t of tokens.length ? tokens : ["*"]) {
      const c = comparators(t);
      if (!c) return undefined;
      all.push(...c);
    }
    alternatives.push(all);
  }
  return alternatives;
}

export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  const alternatives = parseRange(range);
  if (!v || !alternatives) return false;
  return alternatives.some((alt) =>
    alt.every(({ op, v: w }) => {
      const d = compare(v, w);
      return op === ">=" ? d >= 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : op === "<" ? d < 0 : d === 0;
    }),
  );
}
