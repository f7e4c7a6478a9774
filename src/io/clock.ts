// The clock: the system's local date, or $REGIMEN_NOW for scripts and tests.
import { FIRST_DATE, isIsoDate, LAST_DATE, type IsoDate } from '../core/dates.js';

const DATE_FORM = `use a calendar date YYYY-MM-DD from ${FIRST_DATE} to ${LAST_DATE}`;
import { UsageError } from '../errors.js';

export function localToday(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function clockToday(env: NodeJS.ProcessEnv = process.env): IsoDate {
  const fixed = env.REGIMEN_NOW;
  if (fixed !== undefined && fixed !== '') {
    if (!isIsoDate(fixed)) throw new UsageError(`REGIMEN_NOW="${fixed}" is not a date`, `${DATE_FORM}, e.g. REGIMEN_NOW=2026-11-23`);
    return fixed;
  }
  return localToday();
}

/**
 * A record's time on the clock's date (SPEC §4 repair: times come from the clock, as
 * every record's date does): the real moment when the clock's date is today, else that
 * date with the real time of day, so records made on one date keep their order.
 */
export function clockTimestamp(today: IsoDate, now = new Date()): string {
  const real = now.toISOString();
  return today === localToday(now) ? real : `${today}${real.slice(10)}`;
}

/** Validate a date given on the command line. */
export function parseDateOption(value: string, flag: string): IsoDate {
  if (!isIsoDate(value)) throw new UsageError(`${flag} "${value}" is not a calendar date`, `${DATE_FORM}, e.g. ${flag} 2026-11-23`);
  return value;
}
