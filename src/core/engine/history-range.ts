// A date range of the record, day by day (SPEC §4 `history`, `week`, §6.3): what was
// planned (as stored when it was logged, else as the schedule resolves now), what was
// done, the check-in's status, and the marks of skips, time repaired away and waits.
import { eachDay, type IsoDate } from '../dates.js';
import type { PlannedSession, ScheduleDay } from '../plan/resolve.js';
import type { Wait } from '../plan/sequence.js';
import { fromRealStart, settleWaits, type HistoryDay, type LoggedSession } from './history.js';
import type { DayStatus } from './status.js';

export interface RecordedDay {
  /** What was planned, as stored with the log; undefined when nothing was stored (it resolves from the schedule). */
  planned: PlannedSession | null | undefined;
  session: LoggedSession;
}

export interface HistorySchedule {
  day: (date: IsoDate) => ScheduleDay;
  waitOn: (date: IsoDate) => Wait;
  /** The athlete's real start: days before it are not the plan's. */
  startDate: IsoDate;
}

export function historyDays(input: {
  from: IsoDate;
  to: IsoDate;
  recorded: ReadonlyMap<IsoDate, RecordedDay>;
  statuses: ReadonlyMap<IsoDate, DayStatus>;
  /** Null without a plan. */
  schedule: HistorySchedule | null;
}): HistoryDay[] {
  const { recorded, statuses, schedule } = input;
  const days = [...eachDay(input.from, input.to)].map((date): HistoryDay => {
    const row = recorded.get(date);
    // History keeps what was planned at the time; unlogged days resolve from the plan.
    const stored = row !== undefined && row.planned !== undefined;
    const day = stored || !schedule ? null : schedule.day(date);
    const planned: PlannedSession | null = stored ? (row!.planned ?? null) : (day?.planned ?? null);
    // A skip or time repaired away shows as a rest day with its mark (SPEC §6.3).
    const marks = !row && day?.skipped ? { skipped: true, ...(day.repaired_away ? { repaired_away: true } : {}) } : {};
    const history: HistoryDay = { date, status: statuses.get(date) ?? 'unknown', planned, session: row ? row.session : null, ...marks };
    // Sequence plans: a session that waited counts once, on the day it first fell due.
    const wait = schedule?.waitOn(date);
    if (wait && wait.since !== wait.until) history.wait = wait;
    return history;
  });
  return settleWaits(schedule ? fromRealStart(days, schedule.startDate) : days);
}
