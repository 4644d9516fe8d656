/**
 * The client's `formguard.*` settings, read defensively: a wrong type is ignored with a
 * warning, never a crash.
 */
import type { SeverityOverride } from "../rules/checker";

export type TraceLevel = "off" | "messages" | "verbose";

export interface ClientSettings {
  /** Extra pack files, absolute or relative to the first workspace folder. */
  packs: string[];
  /** Rule id → level (or off); applied over formguard.config.json's `rules`. */
  rules: Record<string, SeverityOverride>;
  trace: TraceLevel;
}

export const DEFAULT_SETTINGS: ClientSettings = { packs: [], rules: {}, trace: "off" };

const LEVELS = new Set(["off", "info", "warning", "error"]);

export function readSettings(raw: unknown, warn: (message: string) => void): ClientSettings {
  const out: ClientSettings = { packs: [], rules: {}, trace: "off" };
  if (!raw || typeof raw !== "object") return out;
  const r = raw as Record<string, unknown>;
  if (Array.isArray(r.packs)) out.packs = r.packs.filter((p): p is string => typeof p === "string" && p.length > 0);
  else if (r.packs !== undefined && r.packs !== null) warn("formguard.packs must be a list of pack file paths; ignored.");
  if (r.rules && typeof r.rules === "object") {
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof level === "string" && LEVELS.has(level)) out.rules[id] = level as SeverityOverride;
      else warn(`formguard.rules["${id}"] must be off, info, warning or error; ignored.`);
    }
  }
  const trace = (r.trace as { server?: unknown } | undefined)?.server ?? r["trace.server"];
  if (trace === "messages" || trace === "verbose") out.trace = trace;
  return out;
}
