/**
 * An action plan's columns: a health plan sets out each action with who will do it, by when, the
 * outcome expected and the date it was done (recommendation 1.14's SMART actions), and trusts
 * word the columns barely: "Who will do it?", "By when?", "To be done by (date)", "Expected
 * outcome – how we will know it has worked", "Date completed". Read alone, "Date completed" is the
 * date the form was completed and "Who will do it?" is nothing, so a plan with every column was
 * told it had none.
 *
 * A section is an action plan when at least two of its fields are such columns (a "Who will do
 * it?" beside a "By when?", "What needs to happen?" above them): there each column is read as the action's (`ACTION_READINGS`, in the
 * packs' words). One column alone proves nothing: "Date completed" beside a signature is the form's.
 */
export type ActionColumn = "action" | "owner" | "due" | "done" | "outcome";

/** How the packs name each column of an action. */
export const ACTION_READINGS: Readonly<Record<ActionColumn, string>> = {
  action: "actions agreed",
  owner: "action owner",
  due: "date action due",
  done: "date action completed",
  outcome: "goal of the action",
};

/** "Who will do it?", "By whom", "Responsible person", "Lead": who does the action (not who reviews the plan). */
const OWNER = /^\s*(?:who\s+(?:will|is\s+going\s+to|is\s+responsible|should|does)\b(?![^?]*\breview)|who\s*[?:]?\s*$|by\s+whom\b|(?:person\s+)?responsible(?:\s+(?:person|professional|agency))?\s*[?:]?\s*$|lead(?:\s+(?:person|professional|agency))?\s*[?:]?\s*$)/i;
/** "By when?", "To be done by (date)", "Target date", "Timescale": when it is due. */
const DUE = /^\s*(?:by\s+when|when\s+by|to\s+be\s+(?:done|completed|achieved)\s+by|target\s+date|timescales?|due(?:\s+date|\s+by)?|deadline)\b/i;
/** "Date completed", "Date achieved", "Done (date)": when it was done. */
const DONE = /^\s*(?:date\s+)?(?:(?:it|this)\s+was\s+)?(?:completed|achieved|done|met)\b(?!\s+by\b)/i;
/** "What needs to happen?", "What will be done?", "Action", "Action needed": the action itself. */
const ACTION = /^\s*(?:what\s+(?:needs\s+to|will|should)\s+(?:happen|be\s+done)\b|(?:the\s+)?actions?(?:\s+(?:needed|required|to\s+be\s+taken|agreed|planned))?\s*[?:]?\s*$)/i;
/** "Expected outcome", "Outcome", "How will we know it has worked?", "What difference will it make?", "What will be different when it is done". */
const OUTCOME = /^\s*(?:expected\s+|intended\s+|desired\s+)?outcomes?\b|^\s*how\s+(?:will\s+we|we\s+will|will\s+you)\s+know\b|^\s*what\s+(?:difference\s+will|will\s+be\s+(?:different|better))\b/i;

/** The words a column's label can begin with: any other label is no column, without running the patterns (every label of a section is asked). */
const FIRST_WORDS = new Set(["action", "actions", "the", "who", "by", "person", "responsible", "lead", "to", "target", "timescale", "timescales", "due", "deadline", "when", "date", "completed", "achieved", "done", "met", "expected", "intended", "desired", "outcome", "outcomes", "how", "what"]);
const FIRST_WORD = /^\s*([A-Za-z]+)/;

/**
 * "Action 1 - to be done by", "Health action 2: what needs to happen": a plan written as numbered
 * actions names the action before a dash or colon and the column after it; "Action 1" alone is the action.
 */
const NUMBERED_ACTION = /^\s*(?:[a-z]+\s+)?actions?\s+\d+\s*(?:[-–—:]\s*|$)/i;

/** Which column of an action a field is, if any, by its label and type. */
export function actionColumn(label: string, type: string | undefined): ActionColumn | undefined {
  // Every field of a section holding an untagged one comes here: the pattern only where "action" can be.
  const numbered = label.includes("ction") ? NUMBERED_ACTION.exec(label) : null;
  if (numbered) {
    const column = label.slice(numbered[0].length).trim();
    return column ? columnOf(column, type) : type === undefined || type === "text" || type === "longtext" ? "action" : undefined;
  }
  return columnOf(label, type);
}

/** A label and a bracket after it: "Responsible (named person or service)", "Date (action due)". */
const BRACKETED = /^\s*([^()]+?)\s*\(([^()]{1,40})\)\s*[:?]?\s*$/;

function columnOf(label: string, type: string | undefined): ActionColumn | undefined {
  // A regional template's column says in a bracket whose or which (round 24, set AI): the head is the
  // column ("Responsible (named person or service)"), or the bracket is when a bare "Date" is the head
  // ("Date (action due)", "Date (action completed)").
  const bracketed = label.includes("(") ? BRACKETED.exec(label) : null;
  if (bracketed) return columnOfWords(bracketed[1], type) ?? columnOfWords(bracketed[2].replace(/^\s*action\s+/i, ""), type);
  return columnOfWords(label, type);
}

function columnOfWords(label: string, type: string | undefined): ActionColumn | undefined {
  const first = FIRST_WORD.exec(label);
  if (!first || !FIRST_WORDS.has(first[1].toLowerCase())) return undefined;
  const isDate = type === "date" || type === "datetime";
  if (DONE.test(label) && (isDate || type === undefined)) return "done";
  if (DUE.test(label) && (isDate || type === undefined || type === "text")) return "due";
  if (OWNER.test(label) && (type === undefined || type === "text" || type === "person" || type === "choice")) return "owner";
  if (OUTCOME.test(label) && (type === undefined || type === "text" || type === "longtext")) return "outcome";
  if (ACTION.test(label) && (type === undefined || type === "text" || type === "longtext")) return "action";
  return undefined;
}

/** Whether a section's fields set out an action: two different columns among them. */
export function isActionPlanBlock(fields: ReadonlyArray<{ label: string; type: string | undefined }>): boolean {
  const seen = new Set<ActionColumn>();
  for (const f of fields) {
    const column = actionColumn(f.label, f.type);
    if (column) seen.add(column);
    if (seen.size >= 2) return true;
  }
  return false;
}
