/**
 * Can any form meet an `applies` selector? Decided by trying every form that differs in a way
 * the selector can see — which of its services, audiences, tags it has, and which of its ages
 * its age range covers — and asking the engine's own `applies` of each, so "can never apply"
 * means exactly what the engine would do. A form has one service, any audiences and tags, and
 * one contiguous age range (or none).
 */
import type { Form, Selector } from "../../language/ast";
import { applies } from "../engine/applies";

/** Beyond this many distinct candidate forms the question is left open (treated as satisfiable). */
const MAX_CANDIDATES = 4096;

export function unsatisfiable(selector: Selector): boolean {
  const services = new Set<string>();
  const audiences = new Set<string>();
  const tags = new Set<string>();
  const ages = new Set<number>();
  const collect = (s: Selector) => {
    switch (s.kind) {
      case "and":
      case "or": collect(s.left); collect(s.right); break;
      case "not": collect(s.operand); break;
      case "service": for (const n of s.services) services.add(n.text); break;
      case "audience": audiences.add(s.audience.text); break;
      case "tag": tags.add(s.tag.text); break;
      case "ages": ages.add(s.age.value); break;
    }
  };
  collect(selector);
  const points = [...ages].sort((a, b) => a - b);
  const ranges: Array<[number, number] | undefined> = [undefined];
  for (let i = 0; i < points.length; i++) for (let j = i; j < points.length; j++) ranges.push([points[i], points[j]]);
  const serviceChoices = [undefined, ...services];
  const count = serviceChoices.length * 2 ** audiences.size * 2 ** tags.size * ranges.length;
  if (count > MAX_CANDIDATES) return false;

  const span = selector.span;
  const word = (text: string) => ({ text, span });
  const num = (value: number) => ({ value, text: String(value), span });
  for (const service of serviceChoices) {
    for (const aud of subsets([...audiences])) {
      for (const tagSet of subsets([...tags])) {
        for (const range of ranges) {
          // Only what `applies` reads: a form reduced to its service, audiences, ages and tags.
          const form = {
            service: service === undefined ? undefined : word(service),
            audiences: aud.map(word),
            tags: tagSet.map(word),
            ages: range ? { min: num(range[0]), max: num(range[1]), span } : undefined,
          } as unknown as Form;
          if (applies(selector, form)) return false;
        }
      }
    }
  }
  return true;
}

function subsets<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}
