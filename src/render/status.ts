// One colour per day status, everywhere a status is shown (checkin, today, week,
// history, the coach's overview): green, amber (yellow), red, stop (bold red), unknown (dim).
import type { DayStatus } from '../core/engine/status.js';
import type { Theme } from './theme.js';

export function paintStatus(status: DayStatus | string, t: Theme, text: string = status): string {
  switch (status) {
    case 'green':
      return t.green(text);
    case 'amber':
      return t.yellow(text);
    case 'red':
      return t.red(text);
    case 'stop':
      return t.bold(t.red(text));
    default:
      return t.dim(text);
  }
}

/** Said once where statuses are shown, so "amber" is never a riddle. */
export const STATUS_LEGEND = 'green: as planned · amber: some symptoms, a gentler version · red: rest or very light · stop: a safety sign, no training';
