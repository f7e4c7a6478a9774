// Load metrics (SPEC §6.2): session-RPE load, acute and chronic load, their ratio,
// Foster's monotony and strain, and the exponentially weighted averages (EWMA).
// Shown in `review` and `history`. The ratios describe how load changed; they are
// not an injury prediction (the research behind them is disputed).
import { addDays, daysBetween, maxDate, toDayNumber, type IsoDate } from '../dates.js';

export interface LoadSession {
  date: IsoDate;
  rpe: number | null;
  minutes: number;
}

export interface LoadEwma {
  acute: number;
  chronic: number;
  ratio: number | null;
}

export interface LoadMetrics {
  acute: number;
  /** Null with fewer than 28 days of record: a week-one athlete has no chronic load yet. */
  chronic: number | null;
  acwr: number | null;
  monotony: number | null;
  strain: number | null;
  /** Days from the athlete's first day of record through the date (0 before it). */
  days_of_record: number;
  ewma: LoadEwma;
}

/** Session-RPE load: RPE × minutes; a session logged without an RPE carries no load. */
export function sessionLoad(s: LoadSession): number {
  return s.rpe === null ? 0 : s.rpe * s.minutes;
}

const ACUTE_DAYS = 7;
const CHRONIC_DAYS = 28;
// Williams 2017 / Murray 2017: λ = 2 / (N + 1) for N-day averages.
export const EWMA_ACUTE_LAMBDA = 2 / (ACUTE_DAYS + 1);
export const EWMA_CHRONIC_LAMBDA = 2 / (CHRONIC_DAYS + 1);

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Calendar-day loads from `from` through `to`: rest days 0, several sessions on a day add up. */
export function dailyLoads(sessions: LoadSession[], from: IsoDate, to: IsoDate): number[] {
  const first = toDayNumber(from);
  const length = Math.max(0, daysBetween(from, to) + 1);
  const daily = new Array<number>(length).fill(0);
  for (const s of sessions) {
    const i = toDayNumber(s.date) - first;
    if (i >= 0 && i < length) daily[i]! += sessionLoad(s);
  }
  return daily;
}

/**
 * EWMA over calendar days: both averages start at the first day's load and step once
 * per day after it (x_t = λ·load_t + (1 − λ)·x_{t−1}). Unrounded.
 */
export function ewma(daily: number[]): { acute: number; chronic: number } {
  if (!daily.length) return { acute: 0, chronic: 0 };
  let acute = daily[0]!;
  let chronic = daily[0]!;
  for (const load of daily.slice(1)) {
    acute = EWMA_ACUTE_LAMBDA * load + (1 - EWMA_ACUTE_LAMBDA) * acute;
    chronic = EWMA_CHRONIC_LAMBDA * load + (1 - EWMA_CHRONIC_LAMBDA) * chronic;
  }
  return { acute, chronic };
}

/**
 * How far back the EWMA reads. The starting value's weight after N daily steps is
 * (1 − λc)^N = (27/29)^N; after a year that is below 5·10⁻¹², far under the two decimals
 * shown, so a record longer than this starts the averages a year back. This keeps a
 * ten-year journal (and a coach's `review --all`) as quick as a new one.
 */
export const EWMA_DAYS = 366;

/** The first day the load metrics on `date` need: 28 days back, or the EWMA's start. */
export function loadHistoryStart(recordStart: IsoDate, date: IsoDate): IsoDate {
  const ewmaStart = maxDate(recordStart, addDays(date, -(EWMA_DAYS - 1)));
  const chronicStart = addDays(date, -(CHRONIC_DAYS - 1));
  return ewmaStart < chronicStart ? ewmaStart : chronicStart;
}

/**
 * Metrics for the windows ending on `date` (inclusive): acute = the last 7 days,
 * chronic = the mean weekly load of the last 28 days — only once there are 28 days of
 * record since `recordStart` (the athlete's first day on this journal). Everything is
 * computed from unrounded values and rounded once at the end (loads and strain to
 * integers, ratios and EWMA to 2 decimals), so strain can differ from acute × the
 * shown monotony by a rounding step.
 */
export function loadMetrics(sessions: LoadSession[], date: IsoDate, recordStart: IsoDate): LoadMetrics {
  const daysOfRecord = Math.max(0, daysBetween(recordStart, date) + 1);
  // daily[27] is `date`, daily[0] is 27 days before it.
  const daily = dailyLoads(sessions, addDays(date, -(CHRONIC_DAYS - 1)), date);
  const week = daily.slice(CHRONIC_DAYS - ACUTE_DAYS);
  const acute = sum(week);
  const chronic = daysOfRecord >= CHRONIC_DAYS ? sum(daily) / (CHRONIC_DAYS / 7) : null;

  // Population SD of the 7 daily loads (divide by 7), as Foster's monotony uses it.
  const mean = acute / ACUTE_DAYS;
  const sd = Math.sqrt(sum(week.map((l) => (l - mean) ** 2)) / ACUTE_DAYS);
  // Identical loads every day (including seven rest days) have no spread: monotony is
  // undefined. The tolerance absorbs floating-point noise from fractional RPEs.
  const monotony = sd > 1e-9 ? mean / sd : null;

  const e = daysOfRecord > 0 ? ewma(dailyLoads(sessions, maxDate(recordStart, addDays(date, -(EWMA_DAYS - 1))), date)) : { acute: 0, chronic: 0 };
  return {
    acute: Math.round(acute),
    chronic: chronic === null ? null : Math.round(chronic),
    acwr: chronic !== null && chronic > 0 ? round2(acute / chronic) : null,
    monotony: monotony === null ? null : round2(monotony),
    strain: monotony === null ? null : Math.round(acute * monotony),
    days_of_record: daysOfRecord,
    ewma: { acute: round2(e.acute), chronic: round2(e.chronic), ratio: e.chronic > 1e-9 ? round2(e.acute / e.chronic) : null },
  };
}

/** The load line's words: rolling numbers and EWMA side by side, and why a value is missing. */
export function loadSummary(l: LoadMetrics): string {
  const chronic =
    l.chronic === null
      ? `chronic and ACWR not yet (${l.days_of_record} day${l.days_of_record === 1 ? '' : 's'} of record; they need 28)`
      : `chronic ${l.chronic}, ACWR ${l.acwr ?? '—'}`;
  const ewmaRatio = l.ewma.ratio === null ? '—' : String(l.ewma.ratio);
  return `acute ${l.acute}, ${chronic}, monotony ${l.monotony ?? '—'}, strain ${l.strain ?? '—'}; EWMA acute ${l.ewma.acute}, chronic ${l.ewma.chronic}, ratio ${ewmaRatio}`;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
