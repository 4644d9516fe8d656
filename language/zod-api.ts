/**
 * The part of zod's functional API (`zod/mini`) that formguard's schemas use, as `z` in
 * language/zod.ts. Named here one by one because a namespace import of `zod/mini` holds all of it,
 * every locale and the JSON Schema writer included, and a bundle cannot leave out any part of a
 * namespace it hands on: the CLI carried 0.31 MB of zod where 0.06 MB is what it uses. Add a name
 * here when a schema needs it. (`toJSONSchema` is imported where the schema files are written.)
 */
export {
  array,
  boolean,
  describe,
  enum,
  extend,
  gte,
  int,
  lazy,
  literal,
  looseObject,
  minLength,
  number,
  object,
  optional,
  record,
  strictObject,
  string,
  union,
  unknown,
} from "zod/mini";
export type { infer, ZodMiniType } from "zod/mini";
export type * as core from "zod/v4/core";
