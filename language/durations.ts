/**
 * Durations on one scale (days), so `1 year` = `12 months` and `52 weeks` < `12 months`.
 * A month is exactly a twelfth of a 365.25-day year; a working day is 7/5 of a calendar day.
 */
import type { CompareOp, Duration } from "./ast";

const DAYS_PER_UNIT: Record<string, number> = {
  day: 1,
  week: 7,
  month: 365.25 / 12,
  year: 365.25,
  "working-day": 7 / 5,
};

/** `months` → `month`; undefined for an unknown unit. */
export function canonicalUnit(unit: string): string | undefined {
  const singular = unit.endsWith("s") ? unit.slice(0, -1) : unit;
  return singular in DAYS_PER_UNIT ? singular : undefined;
}

export const DURATION_UNITS = ["days", "weeks", "months", "years", "working-days"];

export function durationInDays(d: Pick<Duration, "amount"> & { unit: { text: string } }): number | undefined {
  const unit = canonicalUnit(d.unit.text);
  return unit === undefined ? undefined : d.amount * DAYS_PER_UNIT[unit];
}

export function compareNumbers(left: number, op: CompareOp, right: number): boolean {
  // Durations in days are products of exact binary fractions for the units above, but guard
  // against float noise all the same: equal within a thousandth of a day is equal.
  const eq = Math.abs(left - right) < 1e-3;
  switch (op) {
    case "=": return eq;
    case "!=": return !eq;
    case "<": return left < right && !eq;
    case "<=": return left < right || eq;
    case ">": return left > right && !eq;
    case ">=": return left > right || eq;
  }
}

export function formatDuration(d: { amount: number; unit: { text: string } }): string {
  return `${d.amount} ${d.unit.text}`;
}
