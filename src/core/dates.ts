// Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through a day number
// (days since 1970-01-01) computed in UTC, so no time zone or DST can shift a date.
// The core never reads the clock: "today" is always an argument.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The dates the tool accepts anywhere (SPEC §4 strict values): far enough back for any
 * birth date or old record, and short of the years where date arithmetic and the
 * five-digit years that follow 9999 would break.
 */
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2999-12-31';

/** True for a real calendar date in `YYYY-MM-DD` form from FIRST_DATE to LAST_DATE (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m || text < FIRST_DATE || text > LAST_DATE) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function toDayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Monday … 6 = Sunday (ISO order). */
export function weekdayIndex(date: IsoDate): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

export function weekdayOf(date: IsoDate): Weekday {
  return WEEKDAYS[weekdayIndex(date)]!;
}

/** The Monday on or before the date. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -weekdayIndex(date));
}

export function sundayOf(date: IsoDate): IsoDate {
  return addDays(mondayOf(date), 6);
}

/** ISO week label such as `2026-W48`. */
export function isoWeekLabel(date: IsoDate): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(mondayOf(`${year}-01-04`), 3);
  const week = daysBetween(firstThursday, thursday) / 7 + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function* eachDay(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let d = toDayNumber(from), end = toDayNumber(to); d <= end; d++) yield fromDayNumber(d);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
