// The day the stage in force on a date began (SPEC §6.3 weeks_in_stage).
import type { IsoDate } from '../dates.js';

export interface StageChange {
  stage: string;
  effective_date: IsoDate;
  reason: string;
}

/** Changes that (re)start a plan rather than move along its ladder. */
const BEGINS = new Set(['start', 'restart', 'activated']);

/**
 * Walks the stage changes in force by `date`. A plan's first stage begins on the
 * athlete's real start date — *(v1.1)* not the Monday it is normalised to for week
 * numbers, so someone who starts on a Wednesday has not had a whole first week by
 * Sunday; a review's change begins on its effective date.
 */
export function stageStartOn(changes: StageChange[], planStart: IsoDate, date: IsoDate): IsoDate {
  let start = planStart;
  let current: string | undefined;
  for (const c of changes) {
    if (c.effective_date > date) break;
    const begins = BEGINS.has(c.reason);
    if (c.stage !== current || begins) {
      current = c.stage;
      start = c.effective_date;
    }
  }
  return start;
}
