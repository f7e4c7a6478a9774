// Reading a date range of the record: what was planned (as stored when logged,
// else as the plan resolves now), what was done, and each day's status.
import { eachDay, type IsoDate } from '../core/dates.js';
import { fromRealStart, settleWaits, type HistoryDay, type LoggedSession } from '../core/engine/history.js';
import type { DayStatus } from '../core/engine/status.js';
import type { PlannedSession } from '../core/plan/resolve.js';
import type { AthleteState } from './athlete-state.js';
import { checkinsBetween, eventsBetween, sessionExercises, sessionPlanned, sessionsBetween, type SessionRow } from './journal/daily.js';
import { eventSpelling, type DayEvent, type DayNote } from '../core/engine/history-days.js';
import type { Db } from './journal/open.js';

export function loggedSession(row: SessionRow): LoggedSession {
  return { status: row.status, actual_type: row.actual_type, actual_minutes: row.actual_minutes, rpe: row.rpe, exercises: sessionExercises(row) };
}

/** `rows`: the sessions of the range when the caller already has them. */
export function readHistoryDays(db: Db, athlete: string, state: AthleteState | null, from: IsoDate, to: IsoDate, rows?: SessionRow[]): HistoryDay[] {
  const sessions = new Map((rows ?? sessionsBetween(db, athlete, from, to)).filter((s) => s.date >= from && s.date <= to).map((s) => [s.date, s]));
  const statuses = new Map(checkinsBetween(db, athlete, from, to).map((c) => [c.date, c.status as DayStatus]));
  const days = [...eachDay(from, to)].map((date): HistoryDay => {
    const row = sessions.get(date);
    // History keeps what was planned at the time; unlogged days resolve from the plan.
    const day = row?.planned || !state ? null : state.resolver.day(date);
    const planned: PlannedSession | null = (row ? sessionPlanned(row) : null) ?? day?.planned ?? null;
    // A skip or time repaired away shows as a rest day with its mark (SPEC §6.3).
    const marks = !row && day?.skipped ? { skipped: true, ...(day.repaired_away ? { repaired_away: true } : {}) } : {};
    const history: HistoryDay = { date, status: statuses.get(date) ?? 'unknown', planned, session: row ? loggedSession(row) : null, ...marks };
    // Sequence plans: a session that waited counts once, on the day it first fell due.
    const wait = state?.waitOn(date);
    if (wait && wait.since !== wait.until) history.wait = wait;
    return history;
  });
  return settleWaits(state ? fromRealStart(days, state.assignment.start_date) : days);
}


/** Each day's notes (check-in, then session) and events, for the days that have any. */
export function readDayNotes(db: Db, athlete: string, from: IsoDate, to: IsoDate): Map<IsoDate, { notes: DayNote[]; events: DayEvent[] }> {
  const out = new Map<IsoDate, { notes: DayNote[]; events: DayEvent[] }>();
  const at = (date: IsoDate) => out.get(date) ?? out.set(date, { notes: [], events: [] }).get(date)!;
  for (const c of checkinsBetween(db, athlete, from, to)) if (c.note) at(c.date).notes.push({ source: 'checkin', text: c.note });
  for (const s of sessionsBetween(db, athlete, from, to)) if (s.note) at(s.date).notes.push({ source: 'session', text: s.note });
  for (const e of eventsBetween(db, athlete, from, to)) at(e.date).events.push({ type: eventSpelling(e.type, e.site), site: e.site, note: e.note });
  return out;
}
