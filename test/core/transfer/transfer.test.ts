// The pure rules of export and import (SPEC §4): the export's columns cover the journal
// schema, column checks, FIT sport → session type, and merging a day's activities.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigration } from '../../../src/io/journal/migrations.js';
import { ATHLETE_TABLE, ATHLETE_TABLES } from '../../../src/core/transfer/tables.js';
import { columnProblem, validateExportDocument } from '../../../src/core/transfer/validate.js';
import { activityName, mergeActivitiesByDate, sessionTypeOf, type Activity } from '../../../src/core/transfer/activities.js';
import { describeVolume } from '../../../src/core/engine/exercise-spec.js';
import { csvRow } from '../../../src/core/transfer/calendar-rows.js';
import { matchExerciseName } from '../../../src/core/transfer/exercise-names.js';
import { readWorkouts, REQUIRED_COLUMNS, workoutDate } from '../../../src/core/transfer/strength-apps.js';

describe('the export covers the journal schema', () => {
  const db = new Database(':memory:');
  for (const m of MIGRATIONS) runMigration(db, m);
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
  const specs = [ATHLETE_TABLE, ...ATHLETE_TABLES];

  it('every table of the schema is exported', () => {
    expect(tables.filter((t) => !specs.some((s) => s.table === t))).toEqual([]);
  });

  it.each(specs.map((s) => [s.table, s] as const))('every column of %s is exported or set aside with a reason', (table, spec) => {
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    const covered = new Set([...spec.columns.map((c) => c.name), ...Object.keys(spec.omitted)]);
    expect(columns.filter((c) => !covered.has(c))).toEqual([]);
    expect([...covered].filter((c) => !columns.includes(c))).toEqual([]);
  });
});

describe('column checks', () => {
  it.each([
    [{ type: 'int', min: 0, max: 10 }, 14, '14 is not accepted (a whole number from 0 to 10)'],
    [{ type: 'int', min: 0, max: 10 }, 4.5, '4.5 is not accepted (a whole number from 0 to 10)'],
    [{ type: 'int', min: 0, max: 10 }, 10, null],
    [{ type: 'date' }, '2026-02-30', '"2026-02-30" is not a date (YYYY-MM-DD)'],
    [{ type: 'date' }, '2026-02-28', null],
    [{ type: 'json' }, '{"a":', 'is not valid JSON text'],
    [{ type: 'enum', values: ['a', 'b'] }, 'c', '"c" is not accepted (one of a, b)'],
    [{ type: 'time' }, '2026-11-02T08:00:00.000Z', null],
  ] as const)('%j with %j → %j', (kind, value, problem) => {
    expect(columnProblem({ name: 'x', kind: kind as never }, value)).toBe(problem);
  });
  it('null only where the column allows it', () => {
    expect(columnProblem({ name: 'x', kind: { type: 'text' } }, null)).toMatch(/missing/);
    expect(columnProblem({ name: 'x', kind: { type: 'text' }, nullable: true }, null)).toBeNull();
  });
});

describe('FIT sport → session type (SPEC §4)', () => {
  it.each([
    ['running', 'generic', 'aerobic'],
    ['walking', null, 'aerobic'],
    ['hiking', null, 'aerobic'],
    ['cycling', 'indoorCycling', 'aerobic'],
    ['swimming', 'lapSwimming', 'aerobic'],
    ['rowing', null, 'aerobic'],
    ['fitnessEquipment', 'elliptical', 'aerobic'],
    ['training', 'strengthTraining', 'strength'],
    ['training', 'yoga', 'mind_body'],
    ['training', 'pilates', 'mind_body'],
    ['training', 'breathing', 'mind_body'],
    ['soccer', null, 'mixed'],
    ['training', 'generic', 'mixed'],
  ])('%s / %s → %s', (sport, sub, type) => expect(sessionTypeOf(sport, sub)).toBe(type));
});

describe('an imported activity reads as a person names it (history shows it)', () => {
  it.each([
    ['running', 'generic', 'running'],
    ['running', 'trail', 'running (trail)'],
    ['training', 'strengthTraining', 'strength training'],
    ['training', 'yoga', 'yoga'],
    ['fitnessEquipment', 'indoorRowing', 'indoor rowing'],
    ['cycling', 'indoorCycling', 'cycling (indoor cycling)'],
    ['crossCountrySkiing', null, 'cross country skiing'],
  ])('%s / %s → %s', (sport, sub, name) => expect(activityName(sport, sub)).toBe(name));

  it('its volume is its minutes (no sets or reps)', () => {
    expect(describeVolume({ sets: 0, reps: [], minutes: 40 })).toBe('40 min');
    expect(describeVolume({ sets: 0, reps: [] })).toBe('');
  });
});

describe('activities of one date merge into one session', () => {
  const a = (key: string, date: string, sport: string, minutes: number, subSport: string | null = null): Activity => ({
    key,
    date,
    sport,
    subSport,
    timerSeconds: minutes * 60,
    distanceMeters: null,
    avgHeartRate: null,
  });
  it('minutes added, type of the longest, dates apart stay apart', () => {
    const days = mergeActivitiesByDate([
      a('k1', '2026-11-10', 'walking', 20),
      a('k2', '2026-11-10', 'training', 40, 'strengthTraining'),
      a('k3', '2026-11-11', 'running', 30),
    ]);
    expect(days.map((d) => [d.date, d.type, d.minutes, d.keys])).toEqual([
      ['2026-11-10', 'strength', 60, ['k1', 'k2']],
      ['2026-11-11', 'aerobic', 30, ['k3']],
    ]);
  });
  it('minutes are rounded from the summed timer time, not per activity', () => {
    expect(
      mergeActivitiesByDate([
        { ...a('x', '2026-11-10', 'running', 0), timerSeconds: 89 },
        { ...a('y', '2026-11-10', 'running', 0), timerSeconds: 89 },
      ])[0]!.minutes,
    ).toBe(3);
  });
});

describe('CSV rows: one per day with a planned or a logged session', () => {
  const planned = { type: 'aerobic', session: 'walk', variant: 'standard', minutes: 20, optional: false, items: [] } as const;
  const day = (p: unknown, skipped = false) => ({ date: '2026-11-02', week: 1, phase: null, block: null, stage: 'S1', planned: p as never, skipped });
  it.each([
    ['a planned session', day(planned), null, true],
    ['a rest day', day({ ...planned, type: 'rest' }), null, false],
    ['a day the coach skipped', day(planned, true), null, false],
    ['no plan, nothing logged', null, null, false],
    // A sequence session that waited is one planned session, on the day it shows (SPEC §4 week, §6.3).
    ['a day a waiting session moved on from', { ...day(planned), wait: { since: '2026-11-02', until: '2026-11-04' } }, null, false],
    ['the day a waiting session shows', { ...day(planned), wait: { since: '2026-10-31', until: '2026-11-02' } }, null, true],
    [
      'no plan, a logged session',
      null,
      { planned: null, planned_stage: null, status: 'completed', actual_type: 'aerobic', actual_minutes: 30, rpe: 5, note: null },
      true,
    ],
  ])('%s → row: %s', (_name, schedule, session, hasRow) => {
    expect(csvRow('me', { date: '2026-11-02', schedule: schedule as never, session: session as never, checkinStatus: null }) !== null).toBe(hasRow);
  });
  it('load is minutes × RPE', () => {
    const row = csvRow('me', {
      date: '2026-11-02',
      schedule: null,
      session: { planned: null, planned_stage: null, status: 'completed', actual_type: 'aerobic', actual_minutes: 30, rpe: 5, note: null },
      checkinStatus: 'green',
    })!;
    expect(row[11]).toBe(150);
  });
});

describe('imported names and dates', () => {
  it('names match the plan case-insensitively and across runs of spaces', () => {
    expect(matchExerciseName('  wall   PUSH-up ', ['Wall push-up', 'Squat'])).toBe('Wall push-up');
    expect(matchExerciseName('Deadlift', ['Wall push-up'])).toBe('Deadlift');
  });
  it.each([
    ['strong', '2026-11-16 07:30:12', '2026-11-16'],
    ['hevy', '17 Nov 2026, 18:05', '2026-11-17'],
    ['hevy', '31 Feb 2026, 18:05', null],
    ['strong', 'yesterday', null],
  ] as const)('%s %j → %j', (app, text, date) => expect(workoutDate(app, text)).toBe(date));
});

describe('an export is checked against the journal’s unique rules before anything is written', () => {
  const athlete = (over: Record<string, unknown[]>) => ({
    id: 'ann',
    name: 'Ann',
    status: 'active',
    created_at: '2026-11-02T08:00:00.000Z',
    ...Object.fromEntries(ATHLETE_TABLES.map((t) => [t.key, []])),
    ...over,
  });
  const session = (date: string, replaced: number) => ({
    date,
    assignment: null,
    plan_hash: null,
    planned: null,
    planned_type: null,
    planned_minutes: null,
    planned_stage: null,
    current_stage: null,
    actual_type: 'aerobic',
    actual_minutes: 20,
    status: 'completed',
    rpe: 4,
    energy: null,
    exercises: '[]',
    note: null,
    symptoms: null,
    adapted_for_symptoms: 0,
    adaptation: null,
    seq_index: null,
    idempotency_key: null,
    replaced,
    created_at: '2026-11-02T08:00:00.000Z',
  });
  const doc = (a: unknown) => ({ format: 'regimen-export/1', athletes: [a] });

  it('two current sessions on one date are refused; a replaced one beside a current one is fine', () => {
    expect(validateExportDocument(doc(athlete({ sessions: [session('2026-11-02', 1), session('2026-11-02', 0)] })))).toEqual([]);
    expect(validateExportDocument(doc(athlete({ sessions: [session('2026-11-02', 0), session('2026-11-02', 0)] })))).toEqual([
      {
        record: 'athlete "ann", sessions[1] (2026-11-02)',
        field: 'date',
        message: 'repeats sessions[0]: only one row with replaced 0 may have date "2026-11-02"',
      },
    ]);
  });
  it('a plan hash that is not among the athlete’s plan versions is refused', () => {
    expect(validateExportDocument(doc(athlete({ sessions: [{ ...session('2026-11-02', 0), plan_hash: 'abc' }] })))[0]).toMatchObject({ field: 'plan_hash' });
  });
  it('a reference to a row that is not there is refused', () => {
    expect(validateExportDocument(doc(athlete({ sessions: [{ ...session('2026-11-02', 0), assignment: 0 }] })))[0]).toMatchObject({ field: 'assignment' });
  });
});

describe('strength-app rows → workouts', () => {
  it('older Strong exports: Weight Unit lbs; warm-up (W) sets left out; one workout per start time', () => {
    const header = [
      'Date',
      'Workout Name',
      'Exercise Name',
      'Set Order',
      'Weight',
      'Weight Unit',
      'Reps',
      'RPE',
      'Distance',
      'Distance Unit',
      'Seconds',
      'Notes',
      'Workout Notes',
    ];
    const row = (date: string, ex: string, order: string, w: string, reps: string) =>
      Object.fromEntries(
        header.map((h) => [
          h,
          (
            { Date: date, 'Workout Name': 'Leg', 'Exercise Name': ex, 'Set Order': order, Weight: w, 'Weight Unit': 'lbs', Reps: reps } as Record<
              string,
              string
            >
          )[h] ?? '',
        ]),
      );
    const { workouts, problems } = readWorkouts('strong', header, [
      row('2019-01-11 12:31:54', 'Deadlift (Barbell)', 'W', '45', '5'),
      row('2019-01-11 12:31:54', 'Deadlift (Barbell)', '1', '135', '5'),
      row('2019-01-11 12:31:54', 'Deadlift (Barbell)', '2', '135', '4'),
      row('2019-01-13 10:00:00', 'Squat', '1', '95', '8'),
    ]);
    expect(problems).toEqual([]);
    expect(workouts.map((w) => [w.date, w.exercises])).toEqual([
      ['2019-01-11', [{ exercise: 'Deadlift (Barbell)', sets: 2, reps: [5, 4], load: '135lb', source: 'strong' }]],
      ['2019-01-13', [{ exercise: 'Squat', sets: 1, reps: [8], load: '95lb', source: 'strong' }]],
    ]);
  });
  it('a bad cell is named by row and column', () => {
    const header = REQUIRED_COLUMNS.strong;
    const { problems } = readWorkouts('strong', header, [
      { Date: '2026-11-02 07:00:00', 'Workout Name': 'A', 'Exercise Name': 'Squat', 'Set Order': '1', Weight: '60', Reps: 'five' },
    ]);
    expect(problems).toEqual([{ record: 'row 2', field: 'Reps', message: '"five" is not a whole number of reps' }]);
  });
});
