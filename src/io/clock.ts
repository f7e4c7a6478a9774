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

/** Validate a date given on the command line. */
export function parseDateOption(value: string, flag: string): IsoDate {
  if (!isIsoDate(value)) throw new UsageError(`${flag} "${value}" is not a calendar date`, `${DATE_FORM}, e.g. ${flag} 2026-11-23`);
  return value;
}
