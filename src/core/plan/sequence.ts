// Sequence plans (SPEC §4 `log`): the position moves one day on completed, adapted
// or skipped sessions; a rest day (or an optional extra) moves on by itself when the
// next day begins; an unlogged training day waits for the athlete. Positions are replayed from the
// record, so correcting an old log never moves today's position.
import { addDays, daysBetween, type IsoDate } from '../dates.js';
import type { DaySpec } from './model.js';

export interface SequenceLog {
  date: IsoDate;
  /** The position the session was logged against (0-based). */
  index: number | null;
  status: string;
}

/** Statuses that move a sequence on to its next day. */
export const ADVANCES = new Set(['completed', 'adapted', 'skipped']);

/**
 * A training session that waits for the athlete (SPEC §6.3 v1.1): `since` is the day
 * it first fell due, `until` the last day it waited to (the day it was logged, or
 * today while it still waits). For a day with nothing waiting, both are the day itself.
 */
export interface Wait {
  since: IsoDate;
  until: IsoDate;
}

export interface SequenceReplay {
  /** Position in `days` on a date (up to today; later days project forward one step a day). */
  indexOn: (date: IsoDate) => number;
  /** The wait a date belongs to; the date itself (both ends) when nothing waits there. */
  waitOn: (date: IsoDate) => Wait;
}

/**
 * Positions for every date from `start` through `today`, replayed from the logs; later
 * dates project forward one step a day (as if each day is done). A run of days on which
 * the same training day waited (unlogged, or logged without moving on) is one wait;
 * days before `firstDue` (the athlete's real start) never begin one.
 */
export function sequenceReplay(days: DaySpec[], start: IsoDate, today: IsoDate, logs: SequenceLog[], firstDue: IsoDate = start): SequenceReplay {
  const n = days.length;
  const byDate = new Map(logs.map((l) => [l.date, l]));
  const positions: number[] = [];
  const since: IsoDate[] = [];
  let index = 0;
  let waiting: { since: IsoDate; index: number } | null = null;
  for (let d = start; d <= today; d = addDays(d, 1)) {
    const log = byDate.get(d);
    const logged = log !== undefined && log.index !== null;
    const position = logged ? log.index! : index;
    positions.push(position);
    const spec = days[position]!;
    const training = spec.type !== 'rest' && !spec.optional;
    const first: IsoDate = waiting !== null && waiting.index === position && training ? waiting.since : d;
    since.push(first);
    if (logged) index = ADVANCES.has(log.status) ? (log.index! + 1) % n : log.index!;
    // Rest days, and optional extras left undone, move on by themselves.
    else if (!training) index = (index + 1) % n;
    const moved = logged && ADVANCES.has(log.status);
    waiting = training && !moved && d >= firstDue ? { since: first, index: position } : null;
  }
  // Each day of a wait runs to its last day.
  const until: IsoDate[] = since.map((_, i) => addDays(start, i));
  for (let i = since.length - 2; i >= 0; i--) if (since[i + 1] === since[i]) until[i] = until[i + 1]!;
  const todayIndex = positions.length ? positions[positions.length - 1]! : 0;
  return {
    indexOn: (date) => {
      if (date < start) return 0;
      if (date <= today) return positions[daysBetween(start, date)]!;
      return (todayIndex + daysBetween(today, date)) % n;
    },
    waitOn: (date) => {
      if (date < start || date > today) return { since: date, until: date };
      const i = daysBetween(start, date);
      return { since: since[i]!, until: until[i]! };
    },
  };
}

/** Position in `days` for every date (see `sequenceReplay`). */
export function sequencePositions(days: DaySpec[], start: IsoDate, today: IsoDate, logs: SequenceLog[]): (date: IsoDate) => number {
  return sequenceReplay(days, start, today, logs).indexOn;
}
