// The clock: the system's local date, or $REGIMEN_NOW for scripts and tests.
import { isIsoDate, type IsoDate } from '../core/dates.js';
import { UsageError } from '../errors.js';

export function localToday(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function clockToday(env: NodeJS.ProcessEnv = process.env): IsoDate {
  const fixed = env.REGIMEN_NOW;
  if (fixed !== undefined && fixed !== '') {
    if (!isIsoDate(fixed)) throw new UsageError(`REGIMEN_NOW="${fixed}" is not a date`, 'use YYYY-MM-DD, e.g. REGIMEN_NOW=2026-11-23');
    return fixed;
  }
  return localToday();
}

/** Validate a date given on the command line. */
export function parseDateOption(value: string, flag: string): IsoDate {
  if (!isIsoDate(value)) throw new UsageError(`${flag} "${value}" is not a calendar date`, 'use YYYY-MM-DD, e.g. 2026-11-23');
  return value;
}
