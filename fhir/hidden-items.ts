/**
 * Which fields and sections of an imported Questionnaire its author hid from the person filling
 * it in (the core `questionnaire-hidden` extension): the form spec keeps them, so the checker
 * still sees them, but a preview of the Questionnaire must not show them.
 */
import { CORE_EXTENSIONS } from "./identifiers";
import type { ImportResult } from "./import";
import type { Questionnaire } from "./schema";

export function hiddenItemIds(q: Questionnaire, imported: ImportResult): Set<string> {
  const hidden = new Set<string>();
  for (const pointers of [imported.fieldPointers, imported.sectionPointers]) {
    for (const [id, pointer] of pointers) {
      const item = pointer
        .split("/")
        .filter(Boolean)
        .reduce<unknown>((node, seg) => (node as Record<string, unknown> | undefined)?.[seg], q) as { extension?: Array<{ url?: string; valueBoolean?: unknown }> } | undefined;
      if (item?.extension?.some((e) => e.url === CORE_EXTENSIONS.hidden && e.valueBoolean === true)) hidden.add(id);
    }
  }
  return hidden;
}
