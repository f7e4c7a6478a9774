// `regimen log` (SPEC §4): what was done on a date, against what was planned.
import type { Context } from '../context.js';
import { printJson } from '../context.js';
import { daysBetween } from '../core/dates.js';
import { decideLogRecord, nextSequenceDay, outOfOrderDay, sequenceDay, type LogStatus } from '../core/daily/log-record.js';
import { parseExerciseSpec, type ExerciseActual } from '../core/engine/exercise-spec.js';
import type { ExerciseMiss } from '../core/engine/match-exercise.js';
import type { PlannedSession } from '../core/plan/resolve.js';
import { SESSION_TYPES } from '../core/plan/vocabulary.js';
import { UsageError } from '../errors.js';
import { loadAthleteState, resolveAthlete, type AthleteState } from '../io/athlete-state.js';
import { readDay, signalsOf, type DayView } from '../io/day-view.js';
import { rememberPlanVersion } from '../io/assign.js';
import { activeAssignment } from '../io/journal/athletes.js';
import {
  checkinFlags,
  currentSession,
  insertSession,
  markReplaced,
  sessionByKey,
  sessionExercises,
  sessionPlanned,
  sessionSymptoms,
  type NewSession,
  type SessionRow,
} from '../io/journal/daily.js';
import { writeTransaction, type Db } from '../io/journal/open.js';
import { askOptionalScore } from '../io/prompts.js';
import { refuseFutureDate } from '../io/record-dates.js';
import { choiceOption, intOption } from '../io/validate-input.js';
import { withJournal } from '../io/with-journal.js';
import { renderLogged } from '../render/log.js';

const BACKDATE_LIMIT_DAYS = 60;

/** The session RPE scale in one line (Borg CR-10, as the reviews read it). */
const RPE_QUESTION = 'Session effort, RPE 0–10 (2 easy, 5 hard, 7 very hard, 10 max; Enter skips)';

function unmatchedWarning(date: string, miss: ExerciseMiss): string {
  const guess = miss.closest ? ` — did you mean "${miss.closest}"?` : '';
  return `regimen: "${miss.given}" is not planned on ${date}; recorded as written, but \`last\` and progression will not use it${guess}`;
}

export interface LogOptions {
  status: LogStatus;
  type?: (typeof SESSION_TYPES)[number];
  minutes?: number;
  rpe?: number;
  energy?: number;
  exercises: ExerciseActual[];
  note: string | null;
  day?: number;
  key: string | null;
  replace: boolean;
}

/** Every value checked before the journal is opened (SPEC §4: bad input writes nothing). */
export function logOptions(o: Record<string, unknown>, ctx: Pick<Context, 'today' | 'clockToday'>): LogOptions {
  refuseFutureDate(ctx, 'a session');
  const age = daysBetween(ctx.today, ctx.clockToday);
  if (age > BACKDATE_LIMIT_DAYS && !o.backdate) {
    throw new UsageError(
      `${ctx.today} is ${age} days ago; logging more than ${BACKDATE_LIMIT_DAYS} days back needs --backdate`,
      'add --backdate if that date is right',
    );
  }
  const exercises = ((o.exercise as string[]) ?? []).map((spec) => {
    const parsed = parseExerciseSpec(spec);
    if (!parsed.ok) throw new UsageError(`--exercise "${spec}": ${parsed.message}`);
    return parsed.value;
  });
  const key = o.id === undefined ? null : String(o.id).trim();
  if (key !== null && !/^[\w.:-]{1,128}$/.test(key))
    throw new UsageError(`--id "${key}" is not accepted`, 'use up to 128 letters, digits, dots, colons, dashes or underscores');
  return {
    status: choiceOption(o.status ?? 'completed', '--status', ['completed', 'adapted', 'skipped', 'rest'] as const)!,
    type: choiceOption(o.type, '--type', SESSION_TYPES),
    minutes: intOption(o.minutes, '--minutes', 0, 1440),
    rpe: intOption(o.rpe, '--rpe', 0, 10),
    energy: intOption(o.energy, '--energy', 1, 10),
    exercises,
    note: (o.note as string | undefined) ?? null,
    day: intOption(o.day, '--day', 1, 30),
    key,
    replace: Boolean(o.replace),
  };
}

function alreadyLogged(date: string, row: SessionRow): UsageError {
  return new UsageError(
    `${date} already has a logged session (${row.status}, ${row.actual_minutes} min)`,
    'add --replace to overwrite it; the earlier record stays in history',
  );
}

interface Planned {
  planned: PlannedSession | null;
  view: DayView | null;
  seqIndex: number | null;
  skippedDays: number[];
}

/** What was planned on the date: the backbone day, or for sequences the current (or chosen) day. */
function plannedFor(db: Db, state: AthleteState, date: string, input: LogOptions, replacing: SessionRow | undefined): Planned {
  const { plan } = state;
  if (plan.schedule !== 'sequence') {
    if (input.day !== undefined) throw new UsageError('--day is only for sequence plans', `${plan.id} is a weekly plan`);
    const view = readDay(db, state, date);
    return { planned: view.day.planned, view, seqIndex: null, skippedDays: [] };
  }
  const n = plan.days.length;
  if (input.day !== undefined && input.day > n) throw new UsageError(`--day ${input.day} is not in ${plan.id}`, `use a day from 1 to ${n}`);
  const { index, skippedDays } = sequenceDay(n, replacing?.seq_index ?? state.sequenceIndexOn(date), input.day);
  const view = readDay(db, state, date);
  // The day in its place: the schedule's own, with the coach's adjustments and repairs.
  if (index === state.sequenceIndexOn(date)) return { planned: view.day.planned, view, seqIndex: index, skippedDays };
  const { planned, decision } = outOfOrderDay({
    plan,
    spec: plan.days[index]!,
    stage: state.stageOn(date),
    date,
    inPlan: state.resolver.inPlan(date),
    targetLoad: state.targetLoad,
    assessment: view.assessment,
  });
  return { planned, view: { ...view, decision }, seqIndex: index, skippedDays };
}

function sessionJson(row: SessionRow | (NewSession & { id?: number })) {
  return {
    id: 'id' in row ? row.id : undefined,
    date: row.date,
    status: row.status,
    planned: sessionPlanned(row),
    planned_stage: row.planned_stage,
    current_stage: row.current_stage,
    actual: { type: row.actual_type, minutes: row.actual_minutes },
    rpe: row.rpe,
    energy: row.energy,
    exercises: sessionExercises(row),
    note: row.note,
    symptoms: sessionSymptoms(row),
    adapted_for_symptoms: Boolean(row.adapted_for_symptoms),
    plan_version: row.plan_hash,
  };
}

export async function runLog(ctx: Context, _args: unknown[], raw: Record<string, unknown>): Promise<number> {
  const input = logOptions(raw, ctx);
  const date = ctx.today;
  const result = await withJournal(ctx, { create: false }, async (db) => {
    const athlete = resolveAthlete(db, ctx);
    if (input.key) {
      const existing = sessionByKey(db, athlete.id, input.key);
      if (existing) return { duplicate: true, session: sessionJson(existing), advanced_to: null };
    }
    const replacing = currentSession(db, athlete.id, date);
    if (replacing && !input.replace) throw alreadyLogged(date, replacing);
    const assignment = activeAssignment(db, athlete.id);
    const state = assignment ? await loadAthleteState(db, ctx, athlete, assignment) : null;
    if (!state && (input.type === undefined || input.minutes === undefined)) {
      throw new UsageError('without a plan, log needs --type and --minutes', 'e.g. regimen log --type aerobic --minutes 20 --rpe 4');
    }
    const p = state ? plannedFor(db, state, date, input, replacing) : { planned: null, view: null, seqIndex: null, skippedDays: [] };
    const decision = p.view?.decision ?? null;
    const idle = input.status === 'skipped' || input.status === 'rest';
    // Asked after every refusal above, so nobody answers to be told no; before writing, so Ctrl-C writes nothing.
    if (input.rpe === undefined && !idle && ctx.interactive) input.rpe = await askOptionalScore(RPE_QUESTION, 0, 10);
    const record = decideLogRecord({ ...input, planned: p.planned, decision, skippedDays: p.skippedDays, hasPlan: state !== null });
    const checkin = p.view?.checkin;
    const row: NewSession = {
      athlete_id: athlete.id,
      date,
      assignment_id: assignment?.id ?? null,
      plan_hash: state?.planHashOn(date) ?? null,
      planned: record.planned ? JSON.stringify(record.planned) : null,
      planned_type: p.planned?.type ?? null,
      planned_minutes: p.planned?.minutes ?? null,
      planned_stage: p.view?.day.stage ?? null,
      current_stage: state ? state.stageOn(ctx.clockToday).id : null,
      actual_type: record.actual_type,
      actual_minutes: record.actual_minutes,
      status: input.status,
      rpe: input.rpe ?? null,
      energy: input.energy ?? null,
      exercises: JSON.stringify(record.exercises),
      note: input.note,
      symptoms: checkin ? JSON.stringify({ status: checkin.status, signals: signalsOf(checkin), flags: checkinFlags(checkin) }) : null,
      adapted_for_symptoms: record.adapted_for_symptoms ? 1 : 0,
      adaptation: record.adaptation,
      seq_index: p.seqIndex,
      idempotency_key: input.key,
    };
    // SPEC §3 v1.1: "already exists" is decided again inside the write transaction, so
    // processes racing on this date or key get the outcomes a sequential run gives.
    const written = writeTransaction(db, () => {
      if (input.key) {
        const existing = sessionByKey(db, athlete.id, input.key);
        if (existing) return { duplicate: existing as SessionRow, id: existing.id, replaced: null };
      }
      const current = currentSession(db, athlete.id, date);
      if (current && !input.replace) throw alreadyLogged(date, current);
      // A plan edited since it was assigned: keep this version, so history shows what was planned.
      if (state && assignment) rememberPlanVersion(db, ctx, assignment, state.source, state.plan);
      if (current) markReplaced(db, current.id);
      return { duplicate: null, id: insertSession(db, row), replaced: current?.id ?? null };
    });
    if (written.duplicate) return { duplicate: true, session: sessionJson(written.duplicate), advanced_to: null };
    const { id } = written;
    // Sequence plans: where the athlete stands tomorrow, replayed with the record just written.
    const advancedTo =
      state && assignment && p.seqIndex !== null
        ? nextSequenceDay({ days: state.plan.days, startDate: assignment.start_date, date, index: p.seqIndex, status: input.status, logs: state.sequenceLogs })
        : null;
    return { duplicate: false, session: { ...sessionJson(row), id }, advanced_to: advancedTo, replaced: written.replaced, misses: record.misses };
  });
  for (const miss of result.misses ?? []) ctx.err(unmatchedWarning(date, miss));
  if (ctx.options.json) printJson(ctx, { session: result.session, advanced_to: result.advanced_to, ...(result.duplicate ? { duplicate: true } : {}) });
  else ctx.out(renderLogged(result, ctx.theme));
  return 0;
}
