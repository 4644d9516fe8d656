/**
 * The impact of a parent on the child is asked as a question about how what the parent does or has
 * reaches the child: "How the parent's or carer's behaviour is affecting, or could harm, the child or
 * unborn baby", "How could my parent's or carer's behaviour, health or circumstances harm me?", "How
 * the person's mental state and behaviour may affect the wellbeing and safety of the children". The
 * rewriting of impact-frames.ts reads the short ones; said at length, the words around outweigh it.
 * A label naming a parent (or carer, or the client), then affecting or harming, then the child, asks
 * what the packs' "impact on the child" means. Read so where nothing else recognises the label (a
 * last reading, recogniser.ts).
 *
 * In that order only: "How does the child's behaviour affect the parent?" is the child's effect on
 * them. Not the parent's ability to care (parenting capacity, a concept of its own), nor self-harm.
 */
import { plainLabel, type TopicReading } from "./plain-label";

/** The parent, or the adult the form is about ("the client's", "the person's"; not a young person or a young adult). */
const PARENT = /\b(?:parents?|parents'|carers?|carers'|client|(?<!young\s)person|mother|father|mum|dad|(?<!young\s)adult|patient|(?:what\s+is\s+)?happening\s+at\s+home)(?:'s)?\b/;
const AFFECTS = /\b(?:affect|affects|affecting|affected|harm|harms|harming|impact|impacts|impacting)\b/;
const THE_CHILD = /\b(?:child|children|child's|children's|baby|babies|unborn|young\s+(?:person|people)|me)\b/;
const NOT_THE_IMPACT = /\b(?:ability|able|capacity|parenting|look\s+after|care\s+for)\b|\bself[\s-]*harm/;

/** The parent, the effect and the child, in that order, when a label asks how a parent affects the child; else undefined. */
export function parentImpact(label: string): TopicReading | undefined {
  const text = plainLabel(label);
  if (NOT_THE_IMPACT.test(text)) return undefined;
  const parent = PARENT.exec(text);
  if (!parent) return undefined;
  const after = text.slice(parent.index + parent[0].length);
  const affects = AFFECTS.exec(after);
  if (!affects) return undefined;
  const child = THE_CHILD.exec(after.slice(affects.index + affects[0].length));
  if (!child) return undefined;
  return { phrase: "impact on the child", evidence: [parent[0], affects[0], child[0]], topic: "how a parent affects the child" };
}
