/** The JSON Schema of formguard.config.json, derived from the zod schema so the two never drift. */
import { toJSONSchema } from "zod/mini";
import { configSchema } from "./config";

export function configJsonSchema(): Record<string, unknown> {
  return {
    ...toJSONSchema(configSchema(), { target: "draft-7" }),
    title: "formguard configuration (formguard.config.json)",
  };
}

export function configJsonSchemaText(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + "\n";
}
