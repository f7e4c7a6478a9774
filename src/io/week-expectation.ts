// Reading what the expectations line needs: this week's days, and the review behind a
// stage change that takes effect this week. The line itself is decided in the core.
import { addDays, mondayOf, type IsoDate } from '../core/dates.js';
import { reviewChangeThisWeek, type WeekExpectationInput } from '../core/engine/expectation.js';
import type { HistoryDay } from '../core/engine/history.js';
import type { AthleteState } from './athlete-state.js';
import { readHistoryDays } from './history-read.js';
import type { Db } from './journal/open.js';
import { latestStoredReview } from './journal/reviews.js';

/** `days`: this week's days when the caller has read them already (`week` has). */
export function readWeekExpectation(db: Db, state: AthleteState, today: IsoDate, days?: HistoryDay[]): WeekExpectationInput {
  const monday = mondayOf(today);
  days ??= readHistoryDays(db, state.athlete.id, state, monday, addDays(monday, 6));
  const change = reviewChangeThisWeek(state.changes, today);
  const review = change ? (latestStoredReview(db, state.athlete.id, addDays(change.effective_date, -1)) ?? null) : null;
  return { stage: state.stageOn(today).id, days, change, review };
}
