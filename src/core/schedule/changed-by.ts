// Which kind of change last touched a day's planned session (SPEC §4 v1.1: `week` and
// `schedule` mark days changed by a repair, a pivot or a coach), found by comparing
// the schedule below and above each applied layer — the layers stay the one source.
import type { IsoDate } from '../dates.js';
import type { Layer, LayeredSchedule } from './layers.js';

export type ChangedBy = 'repair' | 'pivot' | 'coach';

export interface DayMark {
  by: ChangedBy;
  /** A coach's skip: the day is rest because it was skipped, not because the plan rests. */
  skipped: boolean;
  /** Time away covered by an applied repair: neither planned nor missed (SPEC §6.3). */
  repairedAway?: boolean;
}

const KIND: Record<Layer['kind'], ChangedBy> = { slide: 'repair', strategic: 'repair', pivot: 'pivot', unpivot: 'pivot', adjust: 'coach' };

export function dayMark(schedule: LayeredSchedule, date: IsoDate): DayMark | null {
  const top = schedule.day(date);
  if (top.repaired_away) return { by: 'repair', skipped: false, repairedAway: true };
  let above = JSON.stringify(top.planned);
  for (let i = schedule.layers.length - 1; i >= 0; i--) {
    const below = JSON.stringify(schedule.below(i, date).planned);
    if (below !== above) return { by: KIND[schedule.layers[i]!.kind], skipped: top.skipped === true };
    above = below;
  }
  return null;
}

export function markText(mark: DayMark): string {
  if (mark.repairedAway) return 'repaired away: counts as neither planned nor missed';
  if (mark.skipped) return 'skipped by the coach';
  return { repair: 'changed by a repair', pivot: 'changed by an injury pivot', coach: 'changed by the coach' }[mark.by];
}
