/**
 * Completion by context: the keywords valid where the cursor is, field types, concept ids (the
 * ones this form's rules ask for first), services, audiences, field ids and their values inside
 * `when`, rule ids after `waive`, and snippets for a new form, section and field.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from "vscode-languageserver";
import type { IToken } from "chevrotain";
import { FIELD_TYPES, type Form } from "../language/ast";
import { DURATION_UNITS } from "../language/durations";
import type { Workspace, WorkspaceIndex } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import { compiledRules } from "../rules/rule-set";
import { couldApply } from "./could-apply";
import { completionContext, MEMBER_KEYWORDS, type CompletionContext } from "./completion-context";
import { conceptMarkdown, ruleMarkdown } from "./rule-docs";

export interface CompletionOptions {
  /** The client accepts snippet syntax (`${1:id}`). */
  snippets?: boolean;
}

const HEADER_PROPS = ["version", "owner", "service", "audience", "ages", "tags"];
const OPERATORS = ["=", "!=", "<", "<=", ">", ">="];
const CONNECTIVES = new Set(["when", "and", "or", "not", "("]);

export function completion(ws: Workspace, uri: string, position: Position, options: CompletionOptions = {}): CompletionItem[] {
  const doc = ws.get(uri);
  if (!doc) return [];
  const offset = doc.lines.offset(position);
  const ctx = completionContext(doc.text, offset);
  if (ctx.inComment || ctx.inString) return [];
  const range = doc.lines.range({ start: ctx.wordStart, end: offset });
  const items = itemsFor(ctx, doc, ws.index, options);
  // Every item replaces the word being typed, so dotted concept ids complete in one go.
  return items.map(({ insertText, ...i }) => ({ ...i, textEdit: { range, newText: insertText ?? i.label } }));
}

const words = (list: readonly string[], kind: CompletionItemKind = CompletionItemKind.Keyword, detail?: string): CompletionItem[] =>
  list.map((w) => ({ label: w, kind, detail }));

function itemsFor(ctx: CompletionContext, doc: ParsedDocument, index: WorkspaceIndex, options: CompletionOptions): CompletionItem[] {
  const s = ctx.statement;
  const first = s[0];
  const last = s[s.length - 1];
  const kw = first && first.tokenType.name.startsWith("Kw_") ? first.image : undefined;
  const form = enclosingForm(doc, ctx.offset);

  switch (ctx.block) {
    case "top":
      return s.length === 0 ? topLevelItems(doc, options) : [];
    case "form":
    case "section":
      if (s.length === 0) return memberItems(ctx.block, form, options);
      if (kw === "field") return fieldHeaderItems(s.slice(1), form, index);
      if (kw === "service" && s.length === 1 && ctx.block === "form") return serviceItems(index);
      if (kw === "audience" && ctx.block === "form" && (last === first || last.image === ",")) return audienceItems(index);
      if (kw === "waive") return s.length === 1 ? ruleIdItems(index) : s.length >= 3 ? words(["by", "until"]) : [];
      return [];
    case "field": {
      if (s.length === 0) return fieldMemberItems(fieldTypeOf(ctx.blocks[ctx.blocks.length - 1].header));
      if (kw === "covers" && (last === first || last.image === ",")) return conceptItems(index, form);
      if (kw === "lookback" && s.length === 2 && last.tokenType.name === "NumberLiteral") return words(DURATION_UNITS, CompletionItemKind.Unit);
      return [];
    }
    case "concept":
      if (kw === "suggest") return s.length === 1 ? fieldTypeItems() : s.length === 2 ? words(["required"]) : [];
      return s.length === 0 ? words(MEMBER_KEYWORDS.concept) : [];
    case "rule":
      return ruleItems(s, index);
    case "pack":
    case "recommendation":
      return s.length === 0 ? words(MEMBER_KEYWORDS[ctx.block]) : [];
    default:
      return [];
  }
}

function enclosingForm(doc: ParsedDocument, offset: number): Form | undefined {
  let found: Form | undefined;
  for (const item of doc.ast.items) {
    if (item.kind !== "form") continue;
    if (item.span.start <= offset && (offset <= item.span.end || !found)) found = item;
  }
  return found;
}

function fieldTypeOf(header: IToken[]): string | undefined {
  for (let i = header.length - 1; i >= 0; i--) if (header[i].image === "field" && header[i].tokenType.name === "Kw_field") return header[i + 2]?.image;
  return undefined;
}

function snippet(label: string, body: string, detail: string, options: CompletionOptions, plain: string): CompletionItem {
  return options.snippets
    ? { label, kind: CompletionItemKind.Snippet, detail, insertText: body, insertTextFormat: InsertTextFormat.Snippet }
    : { label, kind: CompletionItemKind.Keyword, detail, insertText: plain };
}

const TYPE_CHOICE = FIELD_TYPES.join(",");

function topLevelItems(doc: ParsedDocument, options: CompletionOptions): CompletionItem[] {
  const formSnippet = snippet(
    "form",
    'form ${1:form-id} "${2:Title}" {\n  service ${3:service}\n  audience ${4:audience}\n  version "${5:1.0}"\n  owner "${6:Owner}"\n\n  section ${7:section-id} "${8:Section title}" {\n    $0\n  }\n}',
    "New form",
    options,
    "form",
  );
  const others = words(["pack", "service", "audience", "concept", "rule", "recommendation"]);
  return doc.uri.endsWith(".formrules") ? [...others, formSnippet] : [formSnippet, ...others];
}

function memberItems(block: "form" | "section", form: Form | undefined, options: CompletionOptions): CompletionItem[] {
  const out: CompletionItem[] = [
    snippet("section", 'section ${1:section-id} "${2:Section title}" {\n  $0\n}', "New section", options, "section"),
    snippet("field", `field \${1:field-id} \${2|${TYPE_CHOICE}|} {\n  label "\${3:Question}"\n  $0\n}`, "New field", options, "field"),
  ];
  if (block === "form") {
    const present = new Set(form?.headerProps.map((p) => p.keyword) ?? []);
    // `audience` and `tags` may list several ids but are written once; each header property once.
    out.push(...words(HEADER_PROPS.filter((p) => !present.has(p)), CompletionItemKind.Property));
    out.push(snippet("waive", 'waive ${1:rule-id} "${2:Reason}" by "${3:Who accepted it}" until ${4:2027-03-31}', "Waive a rule for this form", options, "waive"));
  }
  return out;
}

/** A field's properties; `options`, `lookback`, `min` and `max` only where its type takes them. */
function fieldMemberItems(type: string | undefined): CompletionItem[] {
  const allowed = MEMBER_KEYWORDS.field.filter((k) => {
    if (k === "options") return type === undefined || type === "choice" || type === "multichoice";
    if (k === "lookback") return type === undefined || type === "number" || type === "date";
    if (k === "min" || k === "max") return type === undefined || type === "number";
    return true;
  });
  return words(allowed, CompletionItemKind.Property);
}

function fieldTypeItems(): CompletionItem[] {
  return words(FIELD_TYPES, CompletionItemKind.TypeParameter, "field type");
}

/** `field ID TYPE [required] [hidden] [when CONDITION]`, completed part by part. */
function fieldHeaderItems(rest: IToken[], form: Form | undefined, index: WorkspaceIndex): CompletionItem[] {
  if (rest.length === 0) return [];
  if (rest.length === 1) return fieldTypeItems();
  const whenAt = rest.findIndex((t) => t.tokenType.name === "Kw_when");
  if (whenAt < 0) return words(["required", "hidden", "when"].filter((w) => !rest.some((t) => t.tokenType.name === `Kw_${w}`)));
  const self = rest[0].image;
  const cond = rest.slice(whenAt);
  const last = cond[cond.length - 1];
  const model = form ? index.formModel(form) : undefined;
  const fieldItems = (): CompletionItem[] =>
    (model?.fields ?? [])
      .filter((f) => f.field.name.text !== self && f.field.name.text)
      .map((f) => ({ label: f.field.name.text, kind: CompletionItemKind.Field, detail: `${f.field.type?.text ?? ""}${f.field.label ? ` — ${f.field.label.value}` : ""}` }));
  if (CONNECTIVES.has(last.image)) return [...fieldItems(), ...words(["not", "expression"])];
  if (OPERATORS.includes(last.image)) {
    const target = model?.byId.get(cond[cond.length - 2]?.image ?? "")?.field;
    if (!target) return [];
    if (target.type?.text === "yesno") return words(["yes", "no"], CompletionItemKind.Value);
    return target.options.map((o) => ({ label: JSON.stringify(o.value), kind: CompletionItemKind.Value }));
  }
  const prev = cond[cond.length - 2];
  if (prev && OPERATORS.includes(prev.image)) return words(["and", "or"]);
  if (last.tokenType.name === "Identifier" || (last.tokenType.name.startsWith("Kw_") && prev && CONNECTIVES.has(prev.image) && last.image !== "answered")) {
    const target = model?.byId.get(last.image)?.field;
    const ops = target?.type?.text === "number" ? OPERATORS : ["=", "!="];
    return [...words(ops, CompletionItemKind.Operator), ...words(["answered"])];
  }
  return words(["and", "or"]);
}

function serviceItems(index: WorkspaceIndex): CompletionItem[] {
  return [...index.services.entries()].map(([id, defs]) => ({ label: id, kind: CompletionItemKind.EnumMember, detail: defs[0].node.title?.value }));
}

function audienceItems(index: WorkspaceIndex): CompletionItem[] {
  return [...index.audiences.entries()].map(([id, defs]) => ({ label: id, kind: CompletionItemKind.EnumMember, detail: defs[0].node.title?.value }));
}

function ruleIdItems(index: WorkspaceIndex): CompletionItem[] {
  return compiledRules(index).map((r) => ({
    label: r.id,
    kind: CompletionItemKind.Reference,
    detail: r.title,
    documentation: { kind: "markdown", value: ruleMarkdown(r) },
  }));
}

/**
 * Concept ids, most useful first: those required by rules that could apply to the form and not
 * yet covered by any field, then the rest those rules require, then every other concept.
 */
function conceptItems(index: WorkspaceIndex, form: Form | undefined): CompletionItem[] {
  const relevant = new Set<string>();
  if (form) {
    for (const r of compiledRules(index)) {
      if (!couldApply(r.decl.applies, form)) continue;
      for (const q of r.decl.requires) for (const c of q.concepts) relevant.add(c.text);
    }
  }
  const covered = new Set(form ? [...index.formModel(form).byConcept.keys()] : []);
  return [...index.concepts.entries()].map(([id, defs]) => {
    const rank = relevant.has(id) ? (covered.has(id) ? 1 : 0) : 2;
    return {
      label: id,
      kind: CompletionItemKind.Constant,
      detail: defs[0].node.title?.value,
      documentation: { kind: "markdown", value: conceptMarkdown(index, id) ?? "" },
      sortText: `${rank}-${id}`,
    };
  });
}

/** Inside a rule: severity levels, selectors, requirements, constraints, citations. */
function ruleItems(s: IToken[], index: WorkspaceIndex): CompletionItem[] {
  if (s.length === 0) return words(MEMBER_KEYWORDS.rule, CompletionItemKind.Property);
  const kw = s[0].image;
  const last = s[s.length - 1];
  const prev = s[s.length - 2];
  switch (kw) {
    case "severity":
      return s.length === 1 ? words(["error", "warning", "info"], CompletionItemKind.EnumMember) : [];
    case "cites":
      return s.length === 1 || last.image === "," ? words(["paragraph", "recommendation", "section"]) : [];
    case "applies":
      if (["applies", "and", "or", "not", "("].includes(last.image)) return words(["service", "audience", "ages", "tag", "not"]);
      if (last.image === "service" || (last.image === "," && s.some((t) => t.image === "service"))) return serviceItems(index);
      if (last.image === "audience") return audienceItems(index);
      if (last.image === "ages") return words(["include"]);
      return words(["and", "or"]);
    case "require": {
      const allConcepts = () => conceptItems(index, undefined);
      if (s.length === 1) return [...allConcepts(), ...words(["one", "header"])];
      if (last.image === "one") return words(["of"]);
      if (last.image === "of" || (last.image === "," && s[1]?.image === "one")) return allConcepts();
      if (last.image === "header") return words(HEADER_PROPS, CompletionItemKind.Property);
      if (last.image === "shown") return words(["when"]);
      if (last.image === "when" && prev?.image === "shown") return allConcepts();
      if (last.image === "with" || (last.image === "and" && s.some((t) => t.image === "with"))) return words(["lookback", "type", "options"]);
      if (last.image === "type" || (last.image === "," && s.some((t) => t.image === "type"))) return fieldTypeItems();
      if (last.image === "options") return words(["include"]);
      if (last.image === "lookback") return words([">=", "<=", "="], CompletionItemKind.Operator);
      if (s[1]?.image === "header") return [];
      return words(["required", "shown", "with"]);
    }
    default:
      return [];
  }
}
