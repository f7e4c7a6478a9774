// Reading one day for an athlete: the planned session, the check-in, and the
// adaptation the core decides from them (shared by `today`, `log` and `week`).
import type { IsoDate } from '../core/dates.js';
import { assessCheckin, SIGNALS, type Assessment, type Signals } from '../core/engine/status.js';
import { adaptSession, type TodayDecision } from '../core/engine/today.js';
import { withTargets, type ScheduleDay } from '../core/plan/resolve.js';
import type { AthleteState } from './athlete-state.js';
import { checkinFlags, currentCheckin, type CheckinRow } from './journal/daily.js';
import type { Db } from './journal/open.js';

export interface DayView {
  day: ScheduleDay;
  checkin: CheckinRow | undefined;
  assessment: Assessment | null;
  decision: TodayDecision | null;
}

export function signalsOf(row: CheckinRow): Signals {
  return Object.fromEntries(SIGNALS.map((s) => [s, row[s]])) as Signals;
}

export function readDay(db: Db, state: AthleteState, date: IsoDate): DayView {
  const day = state.resolver.day(date);
  const checkin = currentCheckin(db, state.athlete.id, date);
  const assessment = checkin ? assessCheckin(signalsOf(checkin), checkinFlags(checkin), state.plan.rules.symptoms) : null;
  const decision = day.planned ? adaptSession({ plan: state.plan, planned: day.planned, stage: state.stageOn(date), assessment }) : null;
  // Adapted variants are built from the library; the athlete's load targets apply to them too.
  if (decision) decision.adapted.items = withTargets(decision.adapted.items, date, state.targetLoad);
  return { day, checkin, assessment, decision };
}
