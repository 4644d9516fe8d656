/**
 * What kind of FHIR resource a JSON text is, told cheaply, without parsing it whole: the
 * outermost object's own `resourceType`. A QuestionnaireResponse or a Bundle carries whole
 * Questionnaires inside it (`contained`, `entry`), so a search for `"resourceType":
 * "Questionnaire"` anywhere in the text took them for Questionnaires: a folder of an
 * implementation guide's examples then failed its lint (exit 2, "resourceType is
 * QuestionnaireResponse") over files nobody asked to lint, and `export -o` would have replaced
 * such a response as if it were a Questionnaire.
 */

/** How much of a file a folder's search reads first: `resourceType` is nearly always near the top. */
export const RESOURCE_TYPE_HEAD = 64 * 1024;

/**
 * The outermost object's `resourceType` when it is a string, as found in the first `limit`
 * characters of `text` (all of it by default); undefined when they end (or stop being JSON enough
 * to read) before it. Strings are skipped whole, escapes included, so a key or brace inside one
 * changes nothing.
 */
export function topLevelResourceType(text: string, limit = text.length): string | undefined {
  const end = Math.min(limit, text.length);
  let depth = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return undefined;
      if (depth === 1) {
        const colon = skipSpace(text, end);
        if (text.charCodeAt(colon) === COLON && text.slice(i + 1, end - 1) === "resourceType") {
          const start = skipSpace(text, colon + 1);
          if (text.charCodeAt(start) !== QUOTE) return undefined;
          const valueEnd = stringEnd(text, start);
          return valueEnd < 0 ? undefined : unquote(text.slice(start, valueEnd));
        }
      }
      i = end - 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return undefined;
}

/**
 * Whether the text is a FHIR Questionnaire itself (not a resource that holds one), by its first
 * `limit` characters (all of it by default). The editor asks of every JSON document it is sent,
 * at each change: there a bound keeps a large JSON file that is no FHIR resource from costing a
 * scan of all of it per keystroke.
 */
export function isQuestionnaireResource(text: string, limit?: number): boolean {
  return topLevelResourceType(text, limit) === "Questionnaire";
}

/** How much of an open JSON document the language server reads to tell whether it is a Questionnaire. */
export const EDITOR_RESOURCE_TYPE_LIMIT = 1024 * 1024;

/**
 * Whether the text holds a Questionnaire anywhere, itself or inside another resource. Only for
 * refusing to write over a file: a report must not replace a response that carries a form either.
 */
export function mentionsQuestionnaire(text: string): boolean {
  return /"resourceType"\s*:\s*"Questionnaire"/.test(text.slice(0, RESOURCE_TYPE_HEAD));
}

const QUOTE = 0x22;
const COLON = 0x3a;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Just past the closing quote of the string opening at `from`, or -1 if the text ends first. */
function stringEnd(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i + 1;
  }
  return -1;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  return i;
}

function unquote(literal: string): string | undefined {
  try {
    const v: unknown = JSON.parse(literal);
    return typeof v === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}
