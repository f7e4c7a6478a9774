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

/** What a day's status means, said once beside it, so "amber" is never a riddle. */
export const STATUS_MEANING: Record<string, string> = {
  green: 'green: you feel well enough for the session as planned',
  amber: 'amber: some symptoms are up a little, so a gentler version',
  red: 'red: symptoms are high today, so very light activity or rest',
  stop: 'stop: a safety sign was reported, so no training today',
};

/** The status as a word: `unknown` reads "no check-in". */
export const statusWord = (status: string): string => (status === 'unknown' ? 'no check-in' : status);
