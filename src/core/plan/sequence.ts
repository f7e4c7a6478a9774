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
 * Position in `days` for every date from `start` through `today`, replayed from the
 * logs; later dates project forward one step a day (as if each day is done).
 */
export function sequencePositions(days: DaySpec[], start: IsoDate, today: IsoDate, logs: SequenceLog[]): (date: IsoDate) => number {
  const n = days.length;
  const byDate = new Map(logs.map((l) => [l.date, l]));
  const positions: number[] = [];
  let index = 0;
  for (let d = start; d <= today; d = addDays(d, 1)) {
    const log = byDate.get(d);
    if (log && log.index !== null) {
      positions.push(log.index);
      index = ADVANCES.has(log.status) ? (log.index + 1) % n : log.index;
    } else {
      positions.push(index);
      // Rest days, and optional extras left undone, move on by themselves.
      if (days[index]!.type === 'rest' || days[index]!.optional) index = (index + 1) % n;
    }
  }
  const todayIndex = positions.length ? positions[positions.length - 1]! : 0;
  return (date) => {
    if (date < start) return 0;
    if (date <= today) return positions[daysBetween(start, date)]!;
    return (todayIndex + daysBetween(today, date)) % n;
  };
}
