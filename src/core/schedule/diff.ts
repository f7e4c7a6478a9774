// The days a proposal changes (SPEC §6.5, §4 `adjust`): the schedule before and after
// its layers, compared day by day, so a repair and an adjustment show changes alike.
import { addDays, type IsoDate } from '../dates.js';
import type { PlannedSession } from '../plan/resolve.js';
import type { LayeredSchedule } from './layers.js';

export interface DayChange {
  date: IsoDate;
  before: PlannedSession | null;
  after: PlannedSession | null;
}

/** Days whose planned session differs between two schedules. */
export function diffSchedules(before: LayeredSchedule, after: LayeredSchedule, from: IsoDate, to: IsoDate): DayChange[] {
  const out: DayChange[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const b = before.day(d).planned;
    const a = after.day(d).planned;
    if (JSON.stringify(b) !== JSON.stringify(a)) out.push({ date: d, before: b, after: a });
  }
  return out;
}
