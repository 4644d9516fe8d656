/**
 * The Langium peer's services: Langium's default core services (no language server) with the
 * grammar generated from formguard.langium, as Langium's own grammar loader builds a language
 * without LSP. A benchmark peer only (README.md): nothing in the product imports it.
 */
import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject, type LangiumCoreServices } from "langium";
import { FormguardGeneratedModule, FormguardGeneratedSharedModule, FormguardLanguageMetaData } from "./generated/module";

/**
 * `production` (the default: generated with `"mode": "production"`, as a shipped Langium language
 * is) builds the lexer and parser without chevrotain's grammar checks, so the benchmark times
 * Langium at its fastest. `development` runs the checks, for the test that the grammar is sound.
 */
export function createFormguardPeerServices(mode: "production" | "development" = "production"): LangiumCoreServices {
  const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), FormguardGeneratedSharedModule);
  const services = inject(createDefaultCoreModule({ shared }), FormguardGeneratedModule, {
    LanguageMetaData: () => ({ ...FormguardLanguageMetaData, mode }),
  });
  shared.ServiceRegistry.register(services);
  return services;
}
