// Sequence plans (SPEC §4 `log`): the position moves one day on completed, adapted
// or skipped sessions; a rest day moves on by itself when the next day begins; an
// unlogged training day waits for the athlete.
import { addDays, type IsoDate } from '../dates.js';
import type { DaySpec } from './model.js';

export interface SequenceAnchor {
  date: IsoDate;
  index: number;
}

/** Position in `days` on `date`, walking forward from the anchor. */
export function sequencePositionOn(days: DaySpec[], anchor: SequenceAnchor, date: IsoDate): number {
  const n = days.length;
  let index = ((anchor.index % n) + n) % n;
  for (let d = anchor.date; d < date; d = addDays(d, 1)) {
    if (days[index]!.type === 'rest') index = (index + 1) % n;
  }
  return index;
}
