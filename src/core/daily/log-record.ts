// What `regimen log` records (SPEC §4 `log`, §6.3): which sequence day the session is
// logged against and which days that skips, what the day planned, the actual type and
// minutes when they are not given, whether the session was adapted for symptoms, and
// where a sequence stands the day after. Pure: the schedule, check-in decision and the
// options come in; the record's fields go out (the command writes them).
import { addDays, mondayOf, type IsoDate } from '../dates.js';
import { timedMinutes, type ExerciseActual } from '../engine/exercise-spec.js';
import { matchExercises, type ExerciseMiss } from '../engine/match-exercise.js';
import type { Assessment } from '../engine/status.js';
import { adaptSession, type Adaptation, type TodayDecision } from '../engine/today.js';
import type { DaySpec, Plan, Stage } from '../plan/model.js';
import { buildPlanned, withTargets, type AthleteContext, type PlannedSession } from '../plan/resolve.js';
import { ADVANCES, sequencePositions, type SequenceLog } from '../plan/sequence.js';
import type { SessionType } from '../plan/vocabulary.js';

export type LogStatus = 'completed' | 'adapted' | 'skipped' | 'rest';

/**
 * The sequence day a log is for: the current position, or the day chosen with --day
 * (1-based). Taken out of order, the days from the current position up to the chosen
 * one are skipped (SPEC §4 `log --day`), as 1-based day numbers.
 */
export function sequenceDay(dayCount: number, current: number, chosen?: number): { index: number; skippedDays: number[] } {
  const index = chosen !== undefined ? chosen - 1 : current;
  const skippedDays: number[] = [];
  for (let i = current; chosen !== undefined && i !== index; i = (i + 1) % dayCount) skippedDays.push(i + 1);
  return { index, skippedDays };
}

/**
 * A sequence day taken out of order has no place of its own in the schedule: it is
 * built from the plan (outside the plan's dates: nothing planned), with the athlete's
 * targets, and adapted to the day's check-in like any other day.
 */
export function outOfOrderDay(input: {
  plan: Plan;
  spec: DaySpec;
  stage: Stage;
  date: IsoDate;
  inPlan: boolean;
  targetLoad: AthleteContext['targetLoad'];
  assessment: Assessment | null;
}): { planned: PlannedSession | null; decision: TodayDecision | null } {
  const { plan, stage, date, targetLoad } = input;
  const built = input.inPlan ? buildPlanned(plan, input.spec, stage, 1) : null;
  const planned = built && { ...built, items: withTargets(built.items, date, targetLoad) };
  const decision = planned ? adaptSession({ plan, planned, stage, assessment: input.assessment }) : null;
  if (decision) decision.adapted.items = withTargets(decision.adapted.items, date, targetLoad);
  return { planned, decision };
}

export interface LogRecordInput {
  status: LogStatus;
  /** --type and --minutes, when given. */
  type?: SessionType;
  minutes?: number;
  exercises: ExerciseActual[];
  /** What the day planned, and what its check-in adapted it to. */
  planned: PlannedSession | null;
  decision: TodayDecision | null;
  /** Sequence days skipped by logging one out of order. */
  skippedDays: number[];
  /** Whether there is a plan to match exercise names against (without one they stay as written). */
  hasPlan: boolean;
}

export interface LogRecord {
  /** The planned session as recorded: with the days it skipped, if any. */
  planned: (PlannedSession & { skipped_days?: number[] }) | null;
  actual_type: string;
  actual_minutes: number;
  exercises: ExerciseActual[];
  /** Exercises not planned that day (recorded as written; `last` and progression will not use them). */
  misses: ExerciseMiss[];
  adapted_for_symptoms: boolean;
  adaptation: Adaptation | null;
}

export function decideLogRecord(input: LogRecordInput): LogRecord {
  const { status, planned, decision } = input;
  const idle = status === 'skipped' || status === 'rest';
  // Names matched to what the day planned (and to what it was adapted to), in the plan's spelling.
  const plannedNames = [...(planned?.items ?? []), ...(decision?.adapted.items ?? [])].map((i) => i.exercise);
  const matched = input.hasPlan ? matchExercises(input.exercises, plannedNames) : { exercises: input.exercises, misses: [] };
  // Not given: a rest is rest; a skip is of what was planned; a session done is what the day asked for, adapted.
  const actualType =
    input.type ?? (status === 'rest' ? 'rest' : status === 'skipped' ? (planned?.type ?? 'rest') : (decision?.adapted.type ?? planned?.type ?? 'rest'));
  // Timed work logged set by set (every exercise with seconds) gives its own minutes.
  const actualMinutes = input.minutes ?? (idle ? 0 : (timedMinutes(matched.exercises) ?? decision?.adapted.minutes ?? planned?.minutes ?? 0));
  return {
    planned: planned ? { ...planned, ...(input.skippedDays.length ? { skipped_days: input.skippedDays } : {}) } : null,
    actual_type: actualType,
    actual_minutes: actualMinutes,
    exercises: matched.exercises,
    misses: matched.misses,
    adapted_for_symptoms: decision !== null && decision.adaptation !== 'as_planned' && !idle,
    adaptation: decision?.adaptation ?? null,
  };
}

/**
 * Sequence plans: where the athlete stands the day after `date`, replayed with the
 * record just written (SPEC §6.3); null when the status does not move the sequence.
 */
export function nextSequenceDay(input: {
  days: DaySpec[];
  startDate: IsoDate;
  date: IsoDate;
  index: number;
  status: LogStatus;
  logs: readonly SequenceLog[];
}): { index: number; day: string } | null {
  if (!ADVANCES.has(input.status)) return null;
  const { days, date } = input;
  const tomorrow = addDays(date, 1);
  const logs = [...input.logs.filter((l) => l.date !== date), { date, index: input.index, status: input.status }];
  const next = sequencePositions(days, mondayOf(input.startDate), tomorrow, logs)(tomorrow);
  return { index: next + 1, day: days[next]!.name ?? `day ${next + 1}` };
}
