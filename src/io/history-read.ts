// Reading a date range of the record: the logs (with what was planned as stored), the
// check-ins' statuses; the days are put together in the core.
import type { IsoDate } from '../core/dates.js';
import type { HistoryDay, LoggedSession } from '../core/engine/history.js';
import { historyDays } from '../core/engine/history-range.js';
import type { DayStatus } from '../core/engine/status.js';
import type { AthleteState } from './athlete-state.js';
import { checkinsBetween, eventsBetween, sessionExercises, sessionPlanned, sessionsBetween, type SessionRow } from './journal/daily.js';
import { eventSpelling, type DayEvent, type DayNote } from '../core/engine/history-days.js';
import type { Db } from './journal/open.js';

export function loggedSession(row: SessionRow): LoggedSession {
  return { status: row.status, actual_type: row.actual_type, actual_minutes: row.actual_minutes, rpe: row.rpe, exercises: sessionExercises(row) };
}

/** `rows`: the sessions of the range when the caller already has them. */
export function readHistoryDays(db: Db, athlete: string, state: AthleteState | null, from: IsoDate, to: IsoDate, rows?: SessionRow[]): HistoryDay[] {
  const recorded = new Map(
    (rows ?? sessionsBetween(db, athlete, from, to))
      .filter((s) => s.date >= from && s.date <= to)
      .map((s) => [s.date, { planned: s.planned ? sessionPlanned(s) : undefined, session: loggedSession(s) }]),
  );
  const statuses = new Map(checkinsBetween(db, athlete, from, to).map((c) => [c.date, c.status as DayStatus]));
  const schedule = state ? { day: (d: IsoDate) => state.resolver.day(d), waitOn: state.waitOn, startDate: state.assignment.start_date } : null;
  return historyDays({ from, to, recorded, statuses, schedule });
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
