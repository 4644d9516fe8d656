/**
 * A workspace of parsed documents (forms and packs) and the symbol tables over them: any id
 * resolves to its definition, and every reference is recorded so that go-to-definition,
 * find-references, rename and the checks all ask the same index.
 *
 * Knows nothing of rule *evaluation*: a rule here is a declaration with a name, like a concept.
 */
import type { AudienceDecl, ConceptDecl, ExtendConceptDecl, Form, Pack, RecommendationDecl, RuleDecl, Section, ServiceDecl, Field } from "../ast";
import type { Span } from "../diagnostic";
import { reparse } from "../incremental-parse";
import { parseDocument, type ParsedDocument } from "../parse";
import { buildFormModel, conditionFieldRefs, type FormModel } from "./form-model";
import { walkMembers } from "../walk";

export type SymbolKind = "form" | "section" | "field" | "concept" | "service" | "audience" | "rule" | "pack" | "recommendation";

export interface Definition<T = unknown> {
  kind: SymbolKind;
  /** For rules: qualified `pack/rule`. For fields and sections: their own id. */
  id: string;
  uri: string;
  /** The name's span: what rename edits and go-to-definition selects. */
  nameSpan: Span;
  node: T;
  /** For fields and sections: the form they belong to. */
  formId?: string;
  /** The pack of the document it is declared in (packs, rules, recommendations, concepts …). */
  pack?: string;
}

/** Recommendations belong to their pack: two packs may both declare a recommendation 2.2. */
export function recommendationKey(pack: string, ref: string): string {
  return `${pack}/${ref}`;
}

export interface Reference {
  kind: SymbolKind;
  /** The id as written (rule ids possibly bare). */
  id: string;
  uri: string;
  span: Span;
  /** For field references: the form whose fields are meant. */
  formId?: string;
}

export interface RuleSymbol extends Definition<RuleDecl> {
  pack: string;
  bareName: string;
}

export class Workspace {
  private readonly docs = new Map<string, ParsedDocument>();
  private indexCache?: WorkspaceIndex;

  /** Parse (or re-parse) a document. Parsing is per document; the index is rebuilt lazily. */
  set(uri: string, text: string): ParsedDocument {
    const prev = this.docs.get(uri);
    if (prev && prev.text === text) return prev;
    // An edit inside one field or section re-parses only that member (language/incremental-parse.ts).
    const doc = (prev && reparse(prev, text)) || parseDocument(uri, text);
    this.docs.set(uri, doc);
    this.indexCache = undefined;
    return doc;
  }

  /** Put an already-parsed document in place (e.g. one parsed in a worker). */
  put(doc: ParsedDocument) {
    this.docs.set(doc.uri, doc);
    this.indexCache = undefined;
  }

  remove(uri: string) {
    if (this.docs.delete(uri)) this.indexCache = undefined;
  }

  get(uri: string): ParsedDocument | undefined {
    return this.docs.get(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  documents(): ParsedDocument[] {
    return [...this.docs.values()];
  }

  get index(): WorkspaceIndex {
    return (this.indexCache ??= new WorkspaceIndex(this.documents()));
  }

  /**
   * Runs `fn` with `docs` added to this workspace, then takes them out again. A streamed batch
   * run checks its form files one at a time this way against the same packs: the index is
   * extended in place, not rebuilt, so the packs' thousands of declarations are indexed once
   * per run and what is cached per index (compiled rules, the recogniser) stays right. That
   * holds only for documents declaring nothing but forms, which is all this accepts.
   */
  withForms<T>(docs: readonly ParsedDocument[], fn: () => T): T {
    const index = this.index;
    const added: ParsedDocument[] = [];
    try {
      for (const doc of docs) {
        if (this.docs.has(doc.uri)) throw new Error(`already in the workspace: ${doc.uri}`);
        index.addFormDocument(doc);
        this.docs.set(doc.uri, doc);
        added.push(doc);
      }
      return fn();
    } finally {
      for (const doc of added.reverse()) {
        this.docs.delete(doc.uri);
        index.removeFormDocument(doc);
      }
    }
  }
}

function pushMulti<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Symbol tables over one snapshot of the workspace. Immutable once built. */
export class WorkspaceIndex {
  readonly forms = new Map<string, Definition<Form>[]>();
  readonly concepts = new Map<string, Definition<ConceptDecl>[]>();
  readonly services = new Map<string, Definition<ServiceDecl>[]>();
  readonly audiences = new Map<string, Definition<AudienceDecl>[]>();
  readonly packs = new Map<string, Definition<Pack>[]>();
  /** Qualified id → rule. */
  readonly rules = new Map<string, RuleSymbol[]>();
  /** Bare rule name → every rule of that name in any pack. */
  readonly rulesByBareName = new Map<string, RuleSymbol[]>();
  /** `pack/ref` (recommendationKey) → the recommendation that pack declares. */
  readonly recommendations = new Map<string, Definition<RecommendationDecl>[]>();
  /** Concept id → every `extend concept` adding synonyms or help to it. */
  readonly conceptExtensions = new Map<string, Definition<ExtendConceptDecl>[]>();
  /** Every reference in every document, by document. */
  readonly references = new Map<string, Reference[]>();
  private readonly formModels = new Map<Form, FormModel>();
  /** The symbols of the documents addFormDocument added and removeFormDocument has not yet taken out. */
  private readonly addedSymbols = new Map<ParsedDocument, DocumentSymbols>();

  constructor(readonly documents: ParsedDocument[]) {
    for (const doc of documents) this.indexDocument(doc);
  }

  formModel(form: Form): FormModel {
    let m = this.formModels.get(form);
    if (!m) {
      m = buildFormModel(form);
      this.formModels.set(form, m);
    }
    return m;
  }

  /** The pack a document's rules belong to: its `pack` declaration, else the file's base name. */
  static packNameOf(doc: ParsedDocument): string {
    const pack = doc.ast.items.find((i): i is Pack => i.kind === "pack");
    if (pack?.name.text) return pack.name.text;
    const base = doc.uri.split(/[\\/]/).pop() ?? doc.uri;
    return base.replace(/\.formrules$/, "");
  }

  /** Resolve a rule id as written in a waiver: qualified, or bare when unambiguous. */
  resolveRule(id: string): RuleSymbol[] {
    if (id.includes("/")) return this.rules.get(id) ?? [];
    return this.rulesByBareName.get(id) ?? [];
  }

  allRules(): RuleSymbol[] {
    return [...this.rules.values()].map((l) => l[0]);
  }

  /** Workspace.withForms: a form-only document's forms and references, added after everything else. */
  addFormDocument(doc: ParsedDocument) {
    if (doc.ast.items.some((i) => i.kind !== "form")) throw new Error(`declares more than forms: ${doc.uri}`);
    this.documents.push(doc);
    // Not memoised in symbolsByDocument: a form added here is taken out again when its check is
    // done, so nothing would reuse the entry, and an entry of a long-lived WeakMap keeps its value
    // (and through it the document, its tree and tokens) alive through V8's young-generation
    // collections until a full one: a batch run copied every form's whole tree once for it.
    const symbols = symbolsByDocument.get(doc) ?? symbolsOf(doc);
    this.addedSymbols.set(doc, symbols);
    this.indexSymbols(doc, symbols);
  }

  /** Takes out what addFormDocument added, leaving the index as it was before. */
  removeFormDocument(doc: ParsedDocument) {
    const symbols = this.addedSymbols.get(doc);
    if (!symbols || this.documents[this.documents.length - 1] !== doc) throw new Error(`not the last document added: ${doc.uri}`);
    this.addedSymbols.delete(doc);
    this.documents.pop();
    this.references.delete(doc.uri);
    for (let i = 0; i < symbols.defs.length; i++) {
      const [table, id, def] = symbols.defs[i];
      const map = this[table] as Map<string, Definition[]>;
      const list = map.get(id)!;
      list.splice(list.lastIndexOf(def), 1);
      if (list.length === 0) map.delete(id);
    }
    for (const item of doc.ast.items) if (item.kind === "form") this.formModels.delete(item);
  }

  /**
   * Adds one document's symbols. What a document declares and references depends on it alone,
   * so it is worked out once per parsed document and reused: an editor rebuilds the index on
   * every keystroke, and the pack's thousands of declarations have not changed.
   */
  private indexDocument(doc: ParsedDocument) {
    let symbols = symbolsByDocument.get(doc);
    if (!symbols) {
      symbols = symbolsOf(doc);
      symbolsByDocument.set(doc, symbols);
    }
    this.indexSymbols(doc, symbols);
  }

  private indexSymbols(doc: ParsedDocument, symbols: DocumentSymbols) {
    this.references.set(doc.uri, symbols.refs);
    // Index loops, and the tuple read by index rather than destructured (which steps an
    // iterator): this runs for every document of every run, mostly before it is optimised.
    const defs = symbols.defs;
    for (let i = 0; i < defs.length; i++) {
      const def = defs[i];
      pushMulti(this[def[0]] as Map<string, Definition[]>, def[1], def[2]);
    }
    for (const sym of symbols.rules) {
      pushMulti(this.rules, sym.id, sym);
      pushMulti(this.rulesByBareName, sym.bareName, sym);
    }
  }
}

type SymbolTable = "forms" | "concepts" | "services" | "audiences" | "packs" | "recommendations" | "conceptExtensions";

/** The table each kind of named declaration goes in. */
const TABLE_OF = { pack: "packs", service: "services", audience: "audiences", concept: "concepts" } as const satisfies Record<string, SymbolTable>;

interface DocumentSymbols {
  defs: Array<[SymbolTable, string, Definition]>;
  rules: RuleSymbol[];
  refs: Reference[];
}

const symbolsByDocument = new WeakMap<ParsedDocument, DocumentSymbols>();

function symbolsOf(doc: ParsedDocument): DocumentSymbols {
  const refs: Reference[] = [];
  const defs: DocumentSymbols["defs"] = [];
  const rules: RuleSymbol[] = [];
  const uri = doc.uri;
  // Only packs' declarations carry it: a form file (most documents of a run) never works it out.
  let pack: string | undefined;
  const packName = () => (pack ??= WorkspaceIndex.packNameOf(doc));
  const ref = (kind: SymbolKind, id: string, span: Span, formId?: string) => {
    if (id) refs.push({ kind, id, uri, span, formId });
  };

  const items = doc.ast.items;
  for (let n = 0; n < items.length; n++) {
    const item = items[n];
    switch (item.kind) {
      case "form": {
        if (!item.name.text) break;
        defs.push(["forms", item.name.text, { kind: "form", id: item.name.text, uri, nameSpan: item.name.span, node: item }]);
        if (item.service) ref("service", item.service.text, item.service.span);
        for (const a of item.audiences) ref("audience", a.text, a.span);
        for (const w of item.waivers) ref("rule", w.rule.text, w.rule.span);
        const formId = item.name.text;
        // Straight from the walk, index loops, and no condition list for a field without `when`:
        // this runs for every field of every form, much of it before it is optimised.
        walkMembers(item.members, (m) => {
          if (m.kind !== "field") return;
          for (let i = 0; i < m.covers.length; i++) ref("concept", m.covers[i].text, m.covers[i].span);
          if (!m.when) return;
          const fieldRefs = conditionFieldRefs(m.when);
          for (let i = 0; i < fieldRefs.length; i++) ref("field", fieldRefs[i].text, fieldRefs[i].span, formId);
        });
        break;
      }
      case "pack":
      case "service":
      case "audience":
      case "concept":
        if (item.name.text) defs.push([TABLE_OF[item.kind], item.name.text, { kind: item.kind, id: item.name.text, uri, nameSpan: item.name.span, node: item, pack: packName() }]);
        break;
      case "extend-concept":
        if (!item.name.text) break;
        ref("concept", item.name.text, item.name.span);
        defs.push(["conceptExtensions", item.name.text, { kind: "concept", id: item.name.text, uri, nameSpan: item.name.span, node: item, pack: packName() }]);
        break;
      case "recommendation": {
        const key = recommendationKey(packName(), item.ref.text);
        defs.push(["recommendations", key, { kind: "recommendation", id: key, uri, nameSpan: item.ref.span, node: item, pack: packName() }]);
        break;
      }
      case "rule": {
        if (!item.name.text) break;
        const bare = item.name.text.includes("/") ? item.name.text.split("/").pop()! : item.name.text;
        const id = `${packName()}/${bare}`;
        const sym: RuleSymbol = { kind: "rule", id, uri, nameSpan: item.name.span, node: item, pack: packName(), bareName: bare };
        rules.push(sym);
        // A citation resolves within the rule's own pack.
        for (const c of item.citations) if (c.kind === "recommendation") ref("recommendation", recommendationKey(packName(), c.ref), c.span);
        for (const r of item.requires) {
          for (const c of r.concepts) ref("concept", c.text, c.span);
          if (r.shownWhen) ref("concept", r.shownWhen.concept.text, r.shownWhen.concept.span);
        }
        const walkSel = (s: RuleDecl["applies"]) => {
          if (!s) return;
          switch (s.kind) {
            case "and":
            case "or": walkSel(s.left); walkSel(s.right); break;
            case "not": walkSel(s.operand); break;
            case "service": for (const n of s.services) ref("service", n.text, n.span); break;
            case "audience": ref("audience", s.audience.text, s.audience.span); break;
          }
        };
        walkSel(item.applies);
        break;
      }
    }
  }
  return { defs, rules, refs };
}
