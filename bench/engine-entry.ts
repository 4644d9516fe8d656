// What the in-process benchmarks call: the same modules the CLI uses, bundled by bench/build.mjs.
export { parseDocument } from "../language/parse";
export { Workspace } from "../language/model/workspace";
export { checkDocument } from "../rules/checker";
export { recogniserFor } from "../rules/recognition/vocabulary";
export { shippedPackFiles } from "../rules/shipped-packs";
export { lex } from "../language/lexer";
export { reparse } from "../language/incremental-parse";
export { LONG_RUN_FLAGS } from "../cli/parallel/many-forms-v8";
