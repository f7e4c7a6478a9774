// Weekly completion up to a date (for the sparkline under a review): the ISO weeks
// from the start date, at most `weeks` of them.
import { addDays, maxDate, mondayOf, type IsoDate } from '../core/dates.js';
import { summarizeWeeks } from '../core/engine/history.js';
import type { AthleteState } from './athlete-state.js';
import { readHistoryDays } from './history-read.js';
import type { Db } from './journal/open.js';

export function readCompletionTrend(db: Db, state: AthleteState, to: IsoDate, weeks = 8): { week: string; completion: number | null }[] {
  const from = maxDate(mondayOf(addDays(to, -7 * (weeks - 1))), state.assignment.start_date);
  if (from > to) return [];
  return summarizeWeeks(readHistoryDays(db, state.athlete.id, state, from, to)).map((w) => ({ week: w.week, completion: w.completion }));
}
