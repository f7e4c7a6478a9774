// Load metrics (SPEC §6.2): session-RPE load, acute and chronic load, their ratio,
// and Foster's monotony and strain. Shown in `review` and `history`.
import { toDayNumber, type IsoDate } from '../dates.js';

export interface LoadSession {
  date: IsoDate;
  rpe: number | null;
  minutes: number;
}

export interface LoadMetrics {
  acute: number;
  chronic: number;
  acwr: number | null;
  monotony: number | null;
  strain: number | null;
}

/** Session-RPE load: RPE × minutes; a session logged without an RPE carries no load. */
export function sessionLoad(s: LoadSession): number {
  return s.rpe === null ? 0 : s.rpe * s.minutes;
}

const ACUTE_DAYS = 7;
const CHRONIC_DAYS = 28;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Metrics for the windows ending on `date` (inclusive): acute = the last 7 days,
 * chronic = the mean weekly load of the last 28 days. Everything is computed from
 * unrounded values and rounded once at the end (loads and strain to integers,
 * ratios to 2 decimals), so strain can differ from acute × the shown monotony by
 * a rounding step.
 */
export function loadMetrics(sessions: LoadSession[], date: IsoDate): LoadMetrics {
  const end = toDayNumber(date);
  // daily[0] is `date`, daily[27] is 27 days before it; several sessions on a day add up.
  const daily = new Array<number>(CHRONIC_DAYS).fill(0);
  for (const s of sessions) {
    const back = end - toDayNumber(s.date);
    if (back >= 0 && back < CHRONIC_DAYS) daily[back]! += sessionLoad(s);
  }
  const week = daily.slice(0, ACUTE_DAYS);
  const acute = sum(week);
  const chronic = sum(daily) / (CHRONIC_DAYS / 7);

  const mean = acute / ACUTE_DAYS;
  const sd = Math.sqrt(sum(week.map((l) => (l - mean) ** 2)) / ACUTE_DAYS);
  // Identical loads every day (including seven rest days) have no spread: monotony is
  // undefined. The tolerance absorbs floating-point noise from fractional RPEs.
  const monotony = sd > 1e-9 ? mean / sd : null;

  return {
    acute: Math.round(acute),
    chronic: Math.round(chronic),
    acwr: chronic > 0 ? round2(acute / chronic) : null,
    monotony: monotony === null ? null : round2(monotony),
    strain: monotony === null ? null : Math.round(acute * monotony),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
