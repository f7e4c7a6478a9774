// Gathering what a weekly review is decided from: the window's days, events, load
// sessions and stage history (SPEC §6.3).
import { addDays, type IsoDate } from '../core/dates.js';
import { stageStartOn } from '../core/engine/stage-start.js';
import { loadHistoryStart } from '../core/engine/load.js';
import { progressExercises } from '../core/engine/progression.js';
import { decideReview, reviewWindow, type ReviewOutcome } from '../core/engine/review.js';
import type { AthleteState } from './athlete-state.js';
import { readHistoryDays } from './history-read.js';
import { eventsBetween, sessionsBetween } from './journal/daily.js';
import type { Db } from './journal/open.js';
import { latestReview } from './journal/reviews.js';
import { loadSessionsBetween, recordStartOf } from './journal/record-start.js';

export interface ComputedReview {
  outcome: ReviewOutcome;
  exercises: ReturnType<typeof progressExercises>;
}

/** The day the stage in force on `date` began. */
export function stageStart(state: AthleteState, date: IsoDate): IsoDate {
  return stageStartOn(state.changes, state.assignment.start_date, date);
}

/** `date`: the review date (the reviewed week's Sunday); `runOn`: the day the review is run. */
export function computeReview(db: Db, state: AthleteState, date: IsoDate, runOn: IsoDate = date): ComputedReview {
  const athlete = state.athlete.id;
  const window = reviewWindow(date, state.plan.rules.review);
  const rows = sessionsBetween(db, athlete, window.from, date);
  const days = readHistoryDays(db, athlete, state, window.from, window.to, rows);
  // Load metrics read from the first day of record (EWMA, SPEC §6.2): only the columns they need.
  const recordStart = recordStartOf(db, athlete) ?? state.assignment.start_date;
  const loadFrom = loadHistoryStart(recordStart, date);
  const outcome = decideReview({
    plan: state.plan,
    date,
    runOn,
    // The real start, not its Monday: days before it were never planned (SPEC §6.3 v1.1).
    start: state.assignment.start_date,
    recordStart,
    stage: state.stageOn(date),
    stageStart: stageStart(state, date),
    days,
    events: eventsBetween(db, athlete, window.from, window.to),
    loadSessions: loadSessionsBetween(db, athlete, loadFrom, date),
  });
  // Only performances since the last review: one it already acted on must not move a load twice.
  const since = latestReview(db, athlete, addDays(date, -1))?.date;
  const fresh = since ? days.filter((d) => d.date > since) : days;
  const exercises = progressExercises(fresh, (exercise, planned) => state.targetLoad?.(exercise, date) ?? planned);
  return { outcome, exercises };
}
