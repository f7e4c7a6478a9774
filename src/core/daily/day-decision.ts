// One day for an athlete (SPEC §6.1): the check-in's assessment and the session the
// day's plan is adapted to (shared by `today`, `log` and `week`). Pure.
import type { IsoDate } from '../dates.js';
import { assessCheckin, type Assessment, type Signals } from '../engine/status.js';
import { adaptSession, type TodayDecision } from '../engine/today.js';
import type { Plan, Stage } from '../plan/model.js';
import { withTargets, type AthleteContext, type ScheduleDay } from '../plan/resolve.js';

export interface DayDecisionInput {
  plan: Plan;
  date: IsoDate;
  day: ScheduleDay;
  stage: Stage;
  targetLoad: AthleteContext['targetLoad'];
  /** The day's check-in, if there is one: its signals and flags. */
  checkin: { signals: Signals; flags: string[] } | null;
}

export function decideDay(input: DayDecisionInput): { assessment: Assessment | null; decision: TodayDecision | null } {
  const { plan, date, day, stage, checkin } = input;
  const assessment = checkin ? assessCheckin(checkin.signals, checkin.flags, plan.rules.symptoms) : null;
  const decision = day.planned ? adaptSession({ plan, planned: day.planned, stage, assessment }) : null;
  // Adapted variants are built from the library; the athlete's load targets apply to them too.
  if (decision) decision.adapted.items = withTargets(decision.adapted.items, date, input.targetLoad);
  return { assessment, decision };
}
