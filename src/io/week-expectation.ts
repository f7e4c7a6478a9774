// Reading what the expectations line needs: this week's plan, what is done, and a
// stage change that takes effect this week (with the review's first reason).
import { addDays, mondayOf, type IsoDate } from '../core/dates.js';
import { expectationLine, weekSessions } from '../core/engine/expectation.js';
import { isDone, type HistoryDay } from '../core/engine/history.js';
import type { AthleteState } from './athlete-state.js';
import { readHistoryDays } from './history-read.js';
import type { Db } from './journal/open.js';
import { latestReview } from './journal/reviews.js';

/** `days`: this week's days when the caller has read them already (`week` has). */
export function weekExpectation(db: Db, state: AthleteState, today: IsoDate, days?: HistoryDay[]): string {
  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  days ??= readHistoryDays(db, state.athlete.id, state, monday, sunday);
  const stage = state.stageOn(today).id;
  const change = [...state.changes].reverse().find((c) => c.effective_date >= monday && c.effective_date <= sunday && c.reason.startsWith('review'));
  let detail: Parameters<typeof expectationLine>[0]['change'];
  if (change) {
    const review = latestReview(db, state.athlete.id, addDays(change.effective_date, -1));
    const result = review ? (JSON.parse(review.result) as { stage: { from: string }; decision: string; reasons: string[] }) : null;
    detail = { from: result?.stage.from ?? null, to: change.stage, decision: result?.decision ?? null, why: result?.reasons[0] ?? null };
  }
  return expectationLine({
    stage,
    change: detail,
    ...weekSessions(days),
    done: days.filter((d) => isDone(d.session)).length,
  });
}
