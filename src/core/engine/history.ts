// Planned versus done, per day and per ISO week (SPEC §4 `history`, `week`).
// Adapted sessions count as done: scaling down is doing the session.
import { isoWeekLabel, mondayOf, sundayOf, type IsoDate } from '../dates.js';
import type { PlannedSession } from '../plan/resolve.js';
import type { Wait } from '../plan/sequence.js';
import type { ExerciseActual } from './exercise-spec.js';
import { sessionLoad } from './load.js';
import type { DayStatus } from './status.js';

export interface LoggedSession {
  status: 'completed' | 'adapted' | 'skipped' | 'rest';
  actual_type: string;
  actual_minutes: number;
  rpe: number | null;
  exercises: ExerciseActual[];
}

export interface HistoryDay {
  date: IsoDate;
  status: DayStatus;
  planned: PlannedSession | null;
  session: LoggedSession | null;
  /** Unlogged and skipped by a coach or covered by an applied repair: neither planned nor missed (SPEC §6.3). */
  skipped?: boolean;
  /** The skip is time repaired away (SPEC §4 history: marked as such). */
  repaired_away?: boolean;
  /** Sequence plans: this day's session waited over several days (SPEC §6.3). */
  wait?: Wait;
  /** On the day a waiting session first fell due: the later day it was done (see `settleWaits`). */
  done_on?: IsoDate;
}

export interface HistoryWeek {
  week: string;
  from: IsoDate;
  to: IsoDate;
  planned: number;
  completed: number;
  completion: number | null;
  minutes_planned: number;
  minutes_done: number;
  avg_rpe: number | null;
  load: number;
  days: HistoryDay[];
}

/** A non-optional training session was planned on this day. */
export function isPlannedTraining(p: PlannedSession | null): boolean {
  return p !== null && p.type !== 'rest' && !p.optional;
}

export function isDone(s: LoggedSession | null): boolean {
  return s !== null && (s.status === 'completed' || s.status === 'adapted');
}

/**
 * SPEC §6.3 (v1.1): a planned session counted once — a session that waited for the
 * athlete over several days counts on the day it first fell due, not on each day after.
 */
export function countsAsPlanned(d: HistoryDay): boolean {
  return isPlannedTraining(d.planned) && (!d.wait || d.wait.since === d.date);
}

/** Done: logged completed or adapted, or (for a waiting session) done on a later day of its wait. */
export function countsAsDone(d: HistoryDay): boolean {
  return isDone(d.session) || d.done_on !== undefined;
}

/**
 * SPEC §6.3 (v1.1): nothing was planned before the athlete's real start — not the
 * Monday it is normalised to for week numbers. Days logged before it keep what was
 * stored with them (an earlier run of the plan, before a restart).
 */
export function fromRealStart(days: HistoryDay[], start: IsoDate): HistoryDay[] {
  return days.map((d) => (d.date < start && !d.session && d.planned ? { ...d, planned: null } : d));
}

/** Mark each first-due day whose waiting session was done later within `days` (in date order). */
export function settleWaits(days: HistoryDay[]): HistoryDay[] {
  const doneOn = new Map<IsoDate, IsoDate>();
  for (const d of days) if (d.wait && d.wait.since !== d.date && isDone(d.session)) doneOn.set(d.wait.since, d.date);
  return days.map((d) => {
    const later = d.wait?.since === d.date ? doneOn.get(d.date) : undefined;
    return later ? { ...d, done_on: later } : d;
  });
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * `today`: the clock's date, when the days run up to it. An unlogged session today is
 * still ahead of the person, not missed (as in the coach's overview), so it is not
 * counted yet — a morning `history` does not show this week at 50% for it.
 */
export function summarizeDays(days: HistoryDay[], today?: IsoDate): Omit<HistoryWeek, 'week' | 'from' | 'to' | 'days'> {
  let planned = 0;
  let completed = 0;
  let minutesPlanned = 0;
  let minutesDone = 0;
  let load = 0;
  const rpes: number[] = [];
  for (const d of days) {
    const ahead = today !== undefined && d.date >= today && !d.session && d.done_on === undefined;
    if (countsAsPlanned(d) && !ahead) {
      planned++;
      minutesPlanned += d.planned!.minutes;
      if (countsAsDone(d)) completed++;
    }
    if (isDone(d.session)) {
      minutesDone += d.session!.actual_minutes;
      load += sessionLoad({ date: d.date, rpe: d.session!.rpe, minutes: d.session!.actual_minutes });
    }
    if (d.session?.rpe !== null && d.session?.rpe !== undefined && isDone(d.session)) rpes.push(d.session.rpe);
  }
  return {
    planned,
    completed,
    completion: planned ? round(completed / planned, 2) : null,
    minutes_planned: minutesPlanned,
    minutes_done: minutesDone,
    avg_rpe: rpes.length ? round(rpes.reduce((a, b) => a + b, 0) / rpes.length, 1) : null,
    load,
  };
}

/** Group days (in date order) into ISO weeks. */
export function summarizeWeeks(days: HistoryDay[], today?: IsoDate): HistoryWeek[] {
  const weeks = new Map<IsoDate, HistoryDay[]>();
  for (const d of days) {
    const monday = mondayOf(d.date);
    const list = weeks.get(monday) ?? [];
    list.push(d);
    weeks.set(monday, list);
  }
  return [...weeks].map(([monday, list]) => ({ week: isoWeekLabel(monday), from: monday, to: sundayOf(monday), ...summarizeDays(list, today), days: list }));
}
