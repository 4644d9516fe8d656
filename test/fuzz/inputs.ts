/**
 * Fuzz inputs shared by the targets: the real corpus (every example form, the shipped pack cut
 * into its top-level items), mutations and truncations of it, token soup made of the language's
 * own words, raw strings, and generators of well-formed forms and packs laid out at random with
 * comments between any two tokens.
 */
import * as fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const EXAMPLES = path.join(ROOT, "examples/forms");

export const exampleForms: string[] = fs
  .readdirSync(EXAMPLES)
  .filter((f) => f.endsWith(".form"))
  .sort()
  .map((f) => fs.readFileSync(path.join(EXAMPLES, f), "utf8"));

export const shippedPack = fs.readFileSync(path.join(ROOT, "rules/packs/cqc-dorset-2015.formrules"), "utf8");

/** The shipped pack's top-level items (each with the comments above it), in order. */
export const packItems: string[] = shippedPack.split(/\n(?=[a-z/])/).map((s) => s + "\n");

/** Pieces of the language, so mutations produce near-valid text that reaches deep into the parser. */
export const FRAGMENTS = [
  "form", "section", "field", "{", "}", "(", ")", '"', "when", "and", "or", "not", "=", "<=", "..", ",", "covers", "waive",
  "required", "lookback 12 months", "rule", "require", "applies", "shown when", "\n", "//", "/*", "*/", "\\", "1.20",
  "2027-02-30", "é", "\u0000", "\uFEFF", "\r\n", "\r", "\u2028", "😀", "\uD800", "\u201c", "'", "Label", "_x", "a/b/c",
  "pack", "concept", "recommendation", "header", "one of", "with", "type", "options include", "ages include 4", "tag",
  "9".repeat(30), "0.5", "1e5", "-", "\t", "answered", "until 2027-03-31", "by", '"x\\"', '"\\q"', "cites paragraph",
];

export interface Mutation {
  seed: number;
  edits: Array<{ at: number; del: number; insert: string }>;
  truncate: number | null;
}

/** Up to `maxEdits` insertions/deletions at random places in one of `seeds`, then perhaps truncated. */
export function mutation(seeds: readonly string[], maxEdits = 6): fc.Arbitrary<Mutation> {
  return fc.record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        del: fc.integer({ min: 0, max: 40 }),
        insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 }), fc.string({ maxLength: 4, unit: "binary" })),
      }),
      { minLength: 1, maxLength: maxEdits },
    ),
    truncate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  });
}

export function applyMutation(seeds: readonly string[], m: Mutation): string {
  let text = seeds[m.seed];
  for (const e of m.edits) {
    const at = Math.floor(e.at * text.length);
    text = text.slice(0, at) + e.insert + text.slice(at + e.del);
  }
  if (m.truncate !== null) text = text.slice(0, Math.floor(m.truncate * text.length));
  return text;
}

/** Mutated and truncated copies of `seeds`, as text. */
export function mutated(seeds: readonly string[], maxEdits = 6): fc.Arbitrary<string> {
  return mutation(seeds, maxEdits).map((m) => applyMutation(seeds, m));
}

/** A mutated window of at most `maxLength` characters out of a seed: short, near-valid input. */
export function mutatedWindow(seeds: readonly string[], maxLength = 300): fc.Arbitrary<string> {
  return fc.tuple(mutated(seeds, 4), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: maxLength })).map(([text, at, len]) => {
    const start = Math.floor(at * Math.max(0, text.length - len));
    return text.slice(start, start + len);
  });
}

/** Any string: UTF-16 code units of every kind, lone surrogates included. */
export const binaryString = (maxLength = 200) => fc.oneof(fc.string({ maxLength, unit: "binary" }), fc.string({ maxLength, unit: "grapheme" }), fc.string({ maxLength }));

/** The language's own words in random order. */
export const tokenSoup = (maxLength = 60) =>
  fc
    .array(fc.constantFrom(...FRAGMENTS, "x", "a.b", "12", '"t"', " ", "yes", "no", "text", "choice", "months", "error", "5.2.7", "2026-01-01"), { maxLength })
    .chain((words) => fc.array(fc.constantFrom(" ", "\n", "", "\t", "  "), { minLength: words.length, maxLength: words.length }).map((seps) => words.map((w, i) => w + seps[i]).join("")));

// ---------------------------------------------------------------------------------------------
// Well-formed documents. A document is generated as a list of tokens; the separators between
// tokens are random white space and comments, so layout and comment placement vary freely
// while the meaning stays fixed. Every generated document must parse without a syntax error.

type Tokens = string[];

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
/** Ids, keywords among them: keywords are soft wherever an id is expected. */
const id = pick("a", "b2", "x_y", "name-two", "label", "date", "service", "field", "form", "options", "min", "section", "caring", "q1");
const conceptId = pick("caring-responsibilities", "children.details", "accompanying-adult.name", "attendance.count", "x", "risk.rag", "label");
const ruleRef = pick("cqc-dorset-2015/ed-paediatric-liaison", "ed-paediatric-liaison", "cqc-dorset-2015/all-version-and-owner", "p/r", "nothing-known");
const fieldType = pick("text", "longtext", "number", "date", "datetime", "yesno", "choice", "multichoice", "person", "signature");
const integer = fc.integer({ min: 0, max: 200 }).map(String);
const number = fc.oneof(integer, pick("0.5", "12.25", "007"));
const ref = pick("1.1", "1.20", "2", "3.8");
/** Paragraphs may be numbered more deeply than recommendations. */
const paragraph = fc.oneof(ref, pick("5.2.7", "1.2.3.4"));
const date = pick("2026-11-27", "2027-03-31", "2024-02-29", "1999-12-31");
const unit = pick("day", "days", "week", "weeks", "month", "months", "year", "years", "working-day", "working-days");
const op = pick("=", "!=", "<", "<=", ">", ">=");
/** A string literal as written, escapes included. */
const str = fc
  .array(pick("a", "Z", " ", "é", "\\\"", "\\\\", "\\n", "'", "😀", "{", "}", "//", "/*", "*/", "(", "when", "\t"), { maxLength: 8 })
  .map((parts) => `"${parts.join("")}"`);
const list = <T extends string>(arb: fc.Arbitrary<T>): fc.Arbitrary<Tokens> => fc.array(arb, { minLength: 1, maxLength: 3 }).map((xs) => xs.flatMap((x, i) => (i ? [",", x] : [x])));
const opt = (arb: fc.Arbitrary<Tokens>): fc.Arbitrary<Tokens> => fc.option(arb, { nil: undefined }).map((x) => x ?? []);
const seq = (...parts: Array<fc.Arbitrary<Tokens> | string>): fc.Arbitrary<Tokens> =>
  fc.tuple(...parts.map((p) => (typeof p === "string" ? fc.constant([p]) : p))).map((xs) => xs.flat());
const one = (arb: fc.Arbitrary<string>): fc.Arbitrary<Tokens> => arb.map((x) => [x]);
const block = (arb: fc.Arbitrary<Tokens>, max: number): fc.Arbitrary<Tokens> => fc.array(arb, { maxLength: max }).map((xs) => ["{", ...xs.flat(), "}"]);

const value = fc.oneof(pick("yes", "no"), str, number);
const { condition } = fc.letrec<{ condition: Tokens }>((tie) => ({
  condition: fc.oneof(
    { maxDepth: 3, depthIdentifier: "condition" },
    seq(one(id), one(op), one(value)),
    seq(one(id), "answered"),
    seq(one(pick("not")), one(op), one(value)),
    seq("not", tie("condition")),
    seq("(", tie("condition"), ")"),
    seq(tie("condition"), one(pick("and", "or")), tie("condition")),
  ),
}));

const fieldProp = fc.oneof(
  seq("label", one(str)),
  seq("help", one(str)),
  seq("covers", list(conceptId)),
  seq("options", list(str)),
  seq("lookback", one(integer), one(unit)),
  seq("min", one(number)),
  seq("max", one(number)),
);
const field = seq("field", one(id), one(fieldType), opt(fc.constant(["required"])), opt(seq("when", condition)), opt(block(fieldProp, 4)));
const { section } = fc.letrec<{ section: Tokens }>((tie) => ({
  section: seq("section", one(id), opt(one(str)), fc.array(fc.oneof({ maxDepth: 2, depthIdentifier: "section" }, field, field, tie("section")), { maxLength: 4 }).map((xs) => ["{", ...xs.flat(), "}"])),
}));
const headerProp = fc.oneof(
  seq("service", one(id)),
  seq("audience", list(id)),
  seq("tags", list(id)),
  seq("ages", one(integer), "..", one(integer)),
  seq("version", one(str)),
  seq("owner", one(str)),
);
const waiver = seq("waive", one(ruleRef), one(str), opt(seq("by", one(str))), opt(seq("until", one(date))));
const formItem = seq("form", one(id), opt(one(str)), block(fc.oneof(headerProp, field, section, waiver), 6));

const { selector } = fc.letrec<{ selector: Tokens }>((tie) => ({
  selector: fc.oneof(
    { maxDepth: 3, depthIdentifier: "selector" },
    seq("service", list(id)),
    seq("audience", one(id)),
    seq("ages", "include", one(integer)),
    seq("tag", one(id)),
    seq("not", tie("selector")),
    seq("(", tie("selector"), ")"),
    seq(tie("selector"), one(pick("and", "or")), tie("selector")),
  ),
}));
const constraint = fc.oneof(seq("lookback", one(op), one(integer), one(unit)), seq("type", list(fieldType)), seq("options", "include", one(str)));
const requirement = fc.oneof(
  seq("header", list(pick("version", "owner", "service", "audience", "ages", "tags"))),
  seq(opt(fc.constant(["one", "of"])), list(conceptId), opt(fc.constant(["required"])), opt(seq("shown", "when", one(conceptId), one(op), one(value))), opt(seq("with", constraint, fc.array(seq("and", constraint), { maxLength: 2 }).map((x) => x.flat())))),
);
const citation = fc.oneof(seq("paragraph", one(paragraph)), seq("recommendation", one(ref)), seq("section", one(str)));
const ruleProp = fc.oneof(
  seq("title", one(str)),
  seq("severity", one(pick("error", "warning", "info"))),
  seq("applies", selector),
  seq("require", requirement),
  seq("cites", list(citation.map((c) => c.join("\u0001"))).map((xs) => xs.flatMap((x) => x.split("\u0001")))),
  seq("quote", one(str)),
  seq("implements", list(str)),
  seq("description", one(str)),
  seq("fix", one(str)),
);
const packItem = fc.oneof(
  seq("pack", one(id), opt(one(str)), opt(block(fc.oneof(seq("publisher", one(str)), seq("published", one(date)), seq("version", one(str)), seq("source", one(str))), 4))),
  seq("service", one(id), opt(one(str))),
  seq("audience", one(id), opt(one(str))),
  seq("concept", one(conceptId), opt(one(str)), opt(block(fc.oneof(seq("synonyms", list(str)), seq("options", list(str)), seq("suggest", one(fieldType), opt(fc.constant(["required"]))), seq("help", one(str)), seq("label", one(str))), 4))),
  seq("rule", one(id), opt(one(str)), block(ruleProp, 6)),
  seq("recommendation", one(ref), opt(one(str)), opt(block(fc.oneof(seq("not-checkable", one(str)), seq("partly", one(str))), 2))),
);

/** Words a comment may hold: anything but a line break (for `//`) or `*\/` (for `/* *\/`). */
const commentText = fc.array(pick("note", " ", "é", "{", "}", '"', "*", "/", "field x text", "TODO", "\t", "😀"), { maxLength: 6 }).map((xs) => xs.join(""));
/** Text that cannot close a block comment early. */
const closeless = (t: string) => t.replace(/\*\//g, "* /");
const separator = fc.oneof(
  { weight: 12, arbitrary: pick(" ", "\n", "  ", "\n\n", "\t", "\n   ", " \n\n\n ", "\r\n") },
  { weight: 1, arbitrary: commentText.map((t) => ` //${t}\n`) },
  { weight: 1, arbitrary: commentText.map((t) => ` /*${closeless(t)}*/ `) },
  { weight: 1, arbitrary: fc.tuple(commentText, commentText).map(([a, b]) => `\n/*${closeless(a)}\n  ${closeless(b)}*/\n`) },
);

function layout(tokens: Tokens, seps: string[], lead: string): string {
  let out = lead;
  tokens.forEach((t, i) => {
    out += t;
    out += seps.length ? seps[i % seps.length] : " ";
  });
  return out;
}

const lead = fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: pick("\uFEFF", "// header\n", "/* a\n * b\n */\n", "\n\n") });

/** A well-formed form spec (one or two forms), laid out at random, comments anywhere between tokens. */
export const validForm: fc.Arbitrary<string> = fc
  .tuple(fc.array(formItem, { minLength: 1, maxLength: 2 }), fc.array(separator, { maxLength: 40 }), lead)
  .map(([items, seps, l]) => layout(items.flat(), seps, l));

/** A well-formed rule pack, laid out at random, comments anywhere between tokens. */
export const validPack: fc.Arbitrary<string> = fc
  .tuple(fc.array(packItem, { minLength: 1, maxLength: 5 }), fc.array(separator, { maxLength: 40 }), lead)
  .map(([items, seps, l]) => layout(items.flat(), seps, l));

/**
 * Layout-only mutations of a real document: white space between tokens grown, shrunk or turned
 * into line breaks, comments added at line ends and on lines of their own, CRLF line breaks.
 * The meaning must not change.
 */
export const layoutMutation = fc
  .record({
    seed: fc.integer({ min: 0, max: exampleForms.length - 1 }),
    indent: pick("", "  ", "\t", "      "),
    crlf: fc.boolean(),
    comments: fc.array(fc.record({ line: fc.nat(), text: commentText, own: fc.boolean() }), { maxLength: 5 }),
    spaces: fc.array(fc.record({ at: fc.nat(), ws: pick("  ", "\n", "\t", " \n ") }), { maxLength: 5 }),
  })
  .map((m) => {
    let lines = exampleForms[m.seed].split("\n").map((l) => (l.trim() ? m.indent + l.trimStart() : l));
    for (const c of m.comments) {
      const i = c.line % lines.length;
      if (c.own) lines.splice(i, 0, `//${c.text}`);
      else if (!lines[i].includes("//")) lines[i] += ` //${c.text}`;
    }
    let text = lines.join("\n");
    for (const s of m.spaces) {
      // Only at a single space between two tokens outside strings: find the n-th such space.
      const spaces = [...text.matchAll(/(?<=[a-z0-9_{}])( )(?=[a-z{])/g)].map((x) => x.index!);
      if (spaces.length) {
        const at = spaces[s.at % spaces.length];
        const lineStart = text.lastIndexOf("\n", at) + 1;
        const before = text.slice(lineStart, at);
        if ((before.match(/"/g) ?? []).length % 2 === 0 && !before.includes("//")) text = text.slice(0, at) + s.ws + text.slice(at + 1);
      }
    }
    lines = text.split("\n");
    return { seed: exampleForms[m.seed], text: m.crlf ? lines.join("\r\n") : lines.join("\n") };
  });
