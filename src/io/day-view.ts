// Reading one day for an athlete: the planned session and the check-in, with the
// adaptation the core decides from them (shared by `today`, `log` and `week`).
import type { IsoDate } from '../core/dates.js';
import { decideDay } from '../core/daily/day-decision.js';
import { SIGNALS, type Assessment, type Signals } from '../core/engine/status.js';
import type { TodayDecision } from '../core/engine/today.js';
import type { ScheduleDay } from '../core/plan/resolve.js';
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
  const { assessment, decision } = decideDay({
    plan: state.plan,
    date,
    day,
    stage: state.stageOn(date),
    targetLoad: state.targetLoad,
    checkin: checkin ? { signals: signalsOf(checkin), flags: checkinFlags(checkin) } : null,
  });
  return { day, checkin, assessment, decision };
}
