// SPEC §4 `log`: what a log records when options are left out, which sequence days an
// out-of-order log skips, and where the sequence stands the day after.
import { describe, expect, it } from 'vitest';
import { decideLogRecord, nextSequenceDay, sequenceDay, type LogRecordInput } from '../../../src/core/daily/log-record.js';
import type { TodayDecision } from '../../../src/core/engine/today.js';
import type { Item, DaySpec } from '../../../src/core/plan/model.js';
import type { PlannedSession } from '../../../src/core/plan/resolve.js';

describe('the sequence day a log is for', () => {
  it.each<[string, number, number, number | undefined, number, number[]]>([
    // name                                       days current chosen  index skipped (1-based)
    ['no --day: the current position', 4, 1, undefined, 1, []],
    ['--day of the current position skips nothing', 4, 1, 2, 1, []],
    ['--day 4 from day 2 skips days 2 and 3', 4, 1, 4, 3, [2, 3]],
    ['--day 1 from day 3 wraps: skips 3 and 4', 4, 2, 1, 0, [3, 4]],
  ])('%s', (_n, count, current, chosen, index, skipped) => {
    expect(sequenceDay(count, current, chosen)).toEqual({ index, skippedDays: skipped });
  });
});

const item = (exercise: string): Item => ({ exercise }) as Item;
const planned: PlannedSession = { type: 'strength', session: 'Push', variant: 'standard', minutes: 40, optional: false, items: [item('Bench press')] };
const adapted = (adaptation: TodayDecision['adaptation'], type: PlannedSession['type'], minutes: number): TodayDecision =>
  ({
    status: 'amber',
    focus: [],
    adaptation,
    adapted: { type, session: null, variant: 'gentle', minutes, items: [item('Wall push-up')], rest_ok: true },
    reasons: [],
    suggestCheckin: false,
    contactCareTeam: false,
  }) as TodayDecision;
const base: LogRecordInput = { status: 'completed', exercises: [], planned, decision: null, skippedDays: [], hasPlan: true };

describe('the record a log writes', () => {
  it.each<[string, Partial<LogRecordInput>, { actual_type: string; actual_minutes: number; adapted_for_symptoms: boolean; adaptation: string | null }]>([
    ['done as planned: the planned type and minutes', {}, { actual_type: 'strength', actual_minutes: 40, adapted_for_symptoms: false, adaptation: null }],
    [
      'done on an amber day: what it was adapted to',
      { decision: adapted('scaled_down', 'strength', 16) },
      { actual_type: 'strength', actual_minutes: 16, adapted_for_symptoms: true, adaptation: 'scaled_down' },
    ],
    [
      'a check-in that changed nothing is not adapted for symptoms',
      { decision: adapted('as_planned', 'strength', 40) },
      { actual_type: 'strength', actual_minutes: 40, adapted_for_symptoms: false, adaptation: 'as_planned' },
    ],
    [
      '--type and --minutes win',
      { type: 'aerobic', minutes: 25, decision: adapted('gentler_variant', 'mind_body', 30) },
      { actual_type: 'aerobic', actual_minutes: 25, adapted_for_symptoms: true, adaptation: 'gentler_variant' },
    ],
    [
      'skipped: of what was planned, 0 minutes, not adapted',
      { status: 'skipped', decision: adapted('rest', 'rest', 0) },
      { actual_type: 'strength', actual_minutes: 0, adapted_for_symptoms: false, adaptation: 'rest' },
    ],
    [
      'skipped with nothing planned: rest',
      { status: 'skipped', planned: null },
      { actual_type: 'rest', actual_minutes: 0, adapted_for_symptoms: false, adaptation: null },
    ],
    ['rest: rest, 0 minutes', { status: 'rest' }, { actual_type: 'rest', actual_minutes: 0, adapted_for_symptoms: false, adaptation: null }],
    [
      'done with nothing planned and no --type: rest, 0 minutes',
      { planned: null },
      { actual_type: 'rest', actual_minutes: 0, adapted_for_symptoms: false, adaptation: null },
    ],
  ])('%s', (_n, over, expected) => {
    const r = decideLogRecord({ ...base, ...over });
    expect({ actual_type: r.actual_type, actual_minutes: r.actual_minutes, adapted_for_symptoms: r.adapted_for_symptoms, adaptation: r.adaptation }).toEqual(
      expected,
    );
  });

  it('timed work logged set by set gives its own minutes; --minutes still wins', () => {
    const plank = { exercise: 'Plank', sets: 3, reps: [], seconds: [60, 60, 90] };
    expect(decideLogRecord({ ...base, exercises: [plank] }).actual_minutes).toBe(4);
    expect(decideLogRecord({ ...base, exercises: [plank], minutes: 10 }).actual_minutes).toBe(10);
    expect(decideLogRecord({ ...base, exercises: [plank, { exercise: 'Bench press', sets: 3, reps: [8, 8, 8] }] }).actual_minutes).toBe(40);
  });

  it('an out-of-order log keeps the days it skipped with what was planned', () => {
    expect(decideLogRecord({ ...base, skippedDays: [2, 3] }).planned).toEqual({ ...planned, skipped_days: [2, 3] });
    expect(decideLogRecord(base).planned).toEqual(planned);
  });

  it('exercise names take the plan’s spelling, of the planned or the adapted session; others are misses', () => {
    const actual = (exercise: string) => ({ exercise, sets: [] }) as never;
    const r = decideLogRecord({
      ...base,
      decision: adapted('gentler_variant', 'strength', 30),
      exercises: [actual('bench PRESS'), actual('wall push-up'), actual('Squat')],
    });
    expect(r.exercises.map((e) => e.exercise)).toEqual(['Bench press', 'Wall push-up', 'Squat']);
    expect(r.misses.map((m) => m.given)).toEqual(['Squat']);
  });

  it('without a plan, names stay as written and nothing is a miss', () => {
    const r = decideLogRecord({ ...base, planned: null, hasPlan: false, exercises: [{ exercise: 'squat', sets: [] } as never] });
    expect(r.exercises.map((e) => e.exercise)).toEqual(['squat']);
    expect(r.misses).toEqual([]);
  });
});

describe('where a sequence stands the day after a log', () => {
  const days: DaySpec[] = [
    { name: 'Push', type: 'strength', optional: false },
    { name: 'Pull', type: 'strength', optional: false },
    { type: 'aerobic', optional: false },
  ];
  const MON = '2026-11-02';
  it.each<[string, string, number, 'completed' | 'adapted' | 'skipped' | 'rest', { index: number; day: string } | null]>([
    ['completed day 1: day 2 next', MON, 0, 'completed', { index: 2, day: 'Pull' }],
    ['adapted counts as done', MON, 0, 'adapted', { index: 2, day: 'Pull' }],
    ['skipped moves on too', MON, 0, 'skipped', { index: 2, day: 'Pull' }],
    ['rest does not move the sequence', MON, 0, 'rest', null],
    ['a day without a name is called by its number', '2026-11-03', 1, 'completed', { index: 3, day: 'day 3' }],
    ['after the last day: the first again', '2026-11-04', 2, 'completed', { index: 1, day: 'Push' }],
  ])('%s', (_n, date, index, status, next) => {
    const logs = [
      { date: MON, index: 0, status: 'completed' },
      { date: '2026-11-03', index: 1, status: 'completed' },
    ].filter((l) => l.date < date);
    expect(nextSequenceDay({ days, startDate: MON, date, index, status, logs })).toEqual(next);
  });
});
