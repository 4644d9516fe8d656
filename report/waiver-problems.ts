/**
 * What an auditor should question about a waiver, in words: the report's waiver table states
 * each problem rather than leaving an empty cell to be noticed.
 */

export interface WaiverFacts {
  reason: string;
  by?: string;
  until?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function waiverProblems(w: WaiverFacts, opts: { today: string; maxWaiverDays: number; resolves: boolean }): string[] {
  const out: string[] = [];
  if (!opts.resolves) out.push("names no single known rule, so it waives nothing");
  if (w.reason.trim() === "") out.push("gives no reason, so it waives nothing");
  if (!w.by || w.by.trim() === "") out.push("names nobody accountable (no `by`)");
  if (!w.until) out.push(`is open-ended (no \`until\`): it never comes up for review`);
  else if (w.until < opts.today) out.push(`expired on ${w.until}: the rule applies again`);
  else {
    const days = daysBetween(opts.today, w.until);
    if (days > opts.maxWaiverDays) out.push(`runs ${days} days from ${opts.today}, longer than the ${opts.maxWaiverDays} allowed (maxWaiverDays)`);
  }
  return out;
}
