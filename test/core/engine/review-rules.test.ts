// SPEC §6.3: the weekly review — progress, hold or step down. One table per rule:
// the metrics (§6.3 "Metrics") from hand-built days, then each decision rule with its
// boundaries, then what the decision does to the stage ladder.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.js';
import { settleWaits, type HistoryDay, type LoggedSession } from '../../../src/core/engine/history.js';
import { decide, decideReview, rebalanceHint, reviewMetrics, weeksInStage, type ReviewInput, type ReviewMetrics } from '../../../src/core/engine/review.js';
import type { DayStatus } from '../../../src/core/engine/status.js';
import type { Plan, Stage } from '../../../src/core/plan/model.js';
import type { PlannedSession } from '../../../src/core/plan/resolve.js';
import type { SessionType } from '../../../src/core/plan/vocabulary.js';
import { DEFAULT_RULES } from '../../../src/core/rules.js';
import { planOf } from '../../helpers/plan.js';

// ---------------------------------------------------------------------------------
// Building blocks: a 14-day window ending on Sunday 2026-11-29 (Mon 16 … Sun 29).

const REVIEW = '2026-11-29';
const FIRST = '2026-11-16';
const at = (i: number) => addDays(FIRST, i);

/** Three rungs: ONE (min 2 weeks), TWO (min 1), THREE (min 1). */
const LADDER = [
  { id: 'ONE', minutes: { strength: 10, aerobic: 20, mixed: 12, mind_body: 8 }, min_weeks: 2 },
  { id: 'TWO', minutes: { strength: 12, aerobic: 24, mixed: 14, mind_body: 10 }, min_weeks: 1 },
  { id: 'THREE', minutes: { strength: 14, aerobic: 28, mixed: 16, mind_body: 12 }, min_weeks: 1 },
];
const ladder = (overrides: Record<string, unknown> = {}) => planOf({ stages: LADDER, ...overrides });
const stageOf = (plan: Plan, id: string): Stage => plan.stages.find((s) => s.id === id)!;

function planned(type: SessionType, optional = false): PlannedSession {
  return { type, session: type === 'rest' ? null : type, variant: 'standard', minutes: type === 'rest' ? 0 : 20, optional, items: [] };
}

interface DaySketch {
  /** Day of the window, 0 = Mon 2026-11-16 … 13 = Sun 2026-11-29. */
  at: number;
  status?: DayStatus;
  planned?: SessionType;
  optional?: boolean;
  /** What was logged: the log status and the actual type. */
  done?: LoggedSession['status'];
  type?: SessionType;
  rpe?: number | null;
}

/** Fourteen days; days not sketched are unlogged rest days without a check-in. */
function window(sketch: DaySketch[], length = 14, first = FIRST): HistoryDay[] {
  return Array.from({ length }, (_, i) => {
    const s = sketch.find((d) => d.at === i);
    const p = s?.planned ? planned(s.planned, s.optional) : planned('rest');
    const session: LoggedSession | null = s?.done
      ? {
          status: s.done,
          actual_type: s.type ?? (s.done === 'rest' ? 'rest' : p.type),
          actual_minutes: s.done === 'rest' ? 0 : 20,
          rpe: s.rpe ?? null,
          exercises: [],
        }
      : null;
    return { date: addDays(first, i), status: s?.status ?? 'unknown', planned: p, session };
  });
}

function input(plan: Plan, days: HistoryDay[], overrides: Partial<ReviewInput> = {}): ReviewInput {
  return { plan, date: REVIEW, start: FIRST, stage: plan.stages[0]!, stageStart: FIRST, days, events: [], loadSessions: [], ...overrides };
}

/** Metrics of a steady fortnight: every rule of "progress" is met at stage ONE (min 2 weeks). */
function metrics(overrides: Partial<ReviewMetrics> = {}): ReviewMetrics {
  return {
    planned: 6,
    completed: 5,
    completion: 0.83,
    avg_rpe: 3.6,
    red_days: 0,
    red_session_days: 0,
    treatment_change: false,
    avoidance: { detected: false, count: 0, days: [] },
    weeks_in_stage: 2,
    load: { acute: 310, chronic: 290, acwr: 1.07, monotony: 1.2, strain: 372, days_of_record: 96, ewma: { acute: 301.5, chronic: 284.2, ratio: 1.06 } },
    ...overrides,
  };
}

const avoided = (count: number) => ({
  detected: count >= 3,
  count,
  days: Array.from({ length: count }, (_, i) => ({ date: at(i * 7), planned: 'strength', done: 'mind_body' })),
});

const plan = ladder();
const ONE = stageOf(plan, 'ONE');
const R = DEFAULT_RULES.review;

// ---------------------------------------------------------------------------------
// Metrics

describe('metrics: planned counts non-optional training days on or after the start', () => {
  it.each<[string, DaySketch[], string, number]>([
    // name                                      days                                                                 start    planned
    [
      'three training days',
      [
        { at: 0, planned: 'strength' },
        { at: 2, planned: 'aerobic' },
        { at: 4, planned: 'mixed' },
      ],
      FIRST,
      3,
    ],
    [
      'mind_body is training too',
      [
        { at: 0, planned: 'mind_body' },
        { at: 2, planned: 'aerobic' },
      ],
      FIRST,
      2,
    ],
    [
      'an optional micro-session is not',
      [
        { at: 0, planned: 'strength' },
        { at: 6, planned: 'mind_body', optional: true },
      ],
      FIRST,
      1,
    ],
    [
      'rest days are not',
      [
        { at: 0, planned: 'rest' },
        { at: 1, planned: 'rest' },
        { at: 2, planned: 'aerobic' },
      ],
      FIRST,
      1,
    ],
    [
      'days before the start are not',
      [
        { at: 0, planned: 'strength' },
        { at: 6, planned: 'aerobic' },
        { at: 7, planned: 'strength' },
        { at: 9, planned: 'aerobic' },
      ],
      at(7),
      2,
    ],
    [
      'the start day itself is',
      [
        { at: 6, planned: 'aerobic' },
        { at: 7, planned: 'strength' },
      ],
      at(7),
      1,
    ],
    // v1.1: the real start date, not its Monday — a Wednesday start leaves out Monday and Tuesday
    [
      "a Wednesday start: that week's Monday and Tuesday are not",
      [
        { at: 7, planned: 'strength' },
        { at: 8, planned: 'aerobic' },
        { at: 9, planned: 'strength' },
        { at: 11, planned: 'aerobic' },
      ],
      at(9),
      2,
    ],
    ['nothing planned', [], FIRST, 0],
  ])('%s → planned %i', (_name, sketch, start, expected) => {
    expect(reviewMetrics(input(plan, window(sketch), { start })).planned).toBe(expected);
  });
});

describe('metrics: completed counts completed and adapted (adapted still counts)', () => {
  const three: DaySketch[] = [
    { at: 0, planned: 'strength' },
    { at: 2, planned: 'aerobic' },
    { at: 4, planned: 'mixed' },
  ];
  const logged = (...done: (LoggedSession['status'] | undefined)[]) => three.map((d, i) => ({ ...d, done: done[i] }));
  it.each<[string, DaySketch[], number, number | null]>([
    // name                                 days                                           completed completion
    ['all completed', logged('completed', 'completed', 'completed'), 3, 1],
    ['adapted counts as completed', logged('adapted', 'adapted', 'completed'), 3, 1],
    ['skipped does not', logged('completed', 'skipped', 'completed'), 2, 0.67],
    ['rest does not', logged('completed', 'rest', undefined), 1, 0.33],
    ['nothing logged', logged(), 0, 0],
    ['nothing planned → completion null', [{ at: 1, done: 'completed', type: 'aerobic' }], 0, null],
    ['a session on an unplanned day is not counted', [...three.slice(0, 1), { at: 1, done: 'completed', type: 'aerobic' }], 0, 0],
  ])('%s', (_name, sketch, completed, completion) => {
    const m = reviewMetrics(input(plan, window(sketch)));
    expect(m.completed).toBe(completed);
    expect(m.completion).toBe(completion);
  });
});

describe('metrics: red_days counts red and stop days; red_session_days those that were planned session days', () => {
  it.each<[string, DaySketch[], number, number]>([
    // name                                          days                                                                              red  red on session days
    [
      'red and stop both count',
      [
        { at: 0, status: 'red', planned: 'strength' },
        { at: 1, status: 'stop' },
      ],
      2,
      1,
    ],
    [
      'amber, green and unknown do not',
      [
        { at: 0, status: 'amber', planned: 'strength' },
        { at: 1, status: 'green' },
        { at: 2, planned: 'aerobic' },
      ],
      0,
      0,
    ],
    [
      'red on rest days: red days only',
      [
        { at: 1, status: 'red' },
        { at: 3, status: 'red' },
        { at: 5, status: 'stop' },
      ],
      3,
      0,
    ],
    ['red on an optional day is not a session day', [{ at: 6, status: 'red', planned: 'mind_body', optional: true }], 1, 0],
    [
      'three red session days',
      [
        { at: 0, status: 'red', planned: 'strength' },
        { at: 2, status: 'red', planned: 'aerobic' },
        { at: 4, status: 'stop', planned: 'mixed' },
      ],
      3,
      3,
    ],
  ])('%s', (_name, sketch, red, redSession) => {
    const m = reviewMetrics(input(plan, window(sketch)));
    expect(m.red_days).toBe(red);
    expect(m.red_session_days).toBe(redSession);
  });
});

describe('metrics: avg_rpe over logged sessions with an RPE', () => {
  it.each<[string, DaySketch[], number | null]>([
    [
      '3, 4 and one without RPE',
      [
        { at: 0, planned: 'strength', done: 'completed', rpe: 3 },
        { at: 2, planned: 'aerobic', done: 'adapted', rpe: 4 },
        { at: 4, planned: 'mixed', done: 'completed' },
      ],
      3.5,
    ],
    [
      '3, 4, 4 → 3.7 (one decimal)',
      [
        { at: 0, planned: 'strength', done: 'completed', rpe: 3 },
        { at: 2, planned: 'aerobic', done: 'completed', rpe: 4 },
        { at: 4, planned: 'mixed', done: 'completed', rpe: 4 },
      ],
      3.7,
    ],
    ['none with an RPE → null', [{ at: 0, planned: 'strength', done: 'completed' }], null],
    ['no sessions → null', [], null],
  ])('%s → %s', (_name, sketch, expected) => {
    expect(reviewMetrics(input(plan, window(sketch))).avg_rpe).toBe(expected);
  });
});

describe('metrics: avoidance = green/amber days where strength, aerobic or mixed was planned and mind-body or rest was done', () => {
  it.each<[string, DaySketch, boolean]>([
    // name                                               the day                                                                          counted
    ['green strength → mind_body', { at: 0, status: 'green', planned: 'strength', done: 'completed', type: 'mind_body' }, true],
    ['amber aerobic → mind_body (adapted)', { at: 0, status: 'amber', planned: 'aerobic', done: 'adapted', type: 'mind_body' }, true],
    ['green mixed → logged rest', { at: 0, status: 'green', planned: 'mixed', done: 'rest' }, true],
    ['green strength → completed as type rest', { at: 0, status: 'green', planned: 'strength', done: 'completed', type: 'rest' }, true],
    ['red strength → mind_body (a sensible adaptation)', { at: 0, status: 'red', planned: 'strength', done: 'completed', type: 'mind_body' }, false],
    ['stop strength → rest', { at: 0, status: 'stop', planned: 'strength', done: 'rest' }, false],
    ['no check-in (unknown) strength → mind_body', { at: 0, planned: 'strength', done: 'completed', type: 'mind_body' }, false],
    ['green mind_body planned → mind_body', { at: 0, status: 'green', planned: 'mind_body', done: 'completed', type: 'mind_body' }, false],
    ['green strength → aerobic', { at: 0, status: 'green', planned: 'strength', done: 'completed', type: 'aerobic' }, false],
    ['green strength → skipped', { at: 0, status: 'green', planned: 'strength', done: 'skipped', type: 'mind_body' }, false],
    ['green strength → nothing logged', { at: 0, status: 'green', planned: 'strength' }, false],
    ['green rest day → mind_body', { at: 1, status: 'green', done: 'completed', type: 'mind_body' }, false],
  ])('%s', (_name, day, counted) => {
    const m = reviewMetrics(input(plan, window([day])));
    expect(m.avoidance.count).toBe(counted ? 1 : 0);
    if (counted) expect(m.avoidance.days[0]).toMatchObject({ date: at(day.at), planned: day.planned });
  });

  it('detected at avoidance_hold (3), not at 2', () => {
    const swap = (i: number): DaySketch => ({ at: i, status: 'green', planned: 'strength', done: 'completed', type: 'mind_body' });
    expect(reviewMetrics(input(plan, window([swap(0), swap(7)]))).avoidance).toMatchObject({ detected: false, count: 2 });
    expect(reviewMetrics(input(plan, window([swap(0), swap(2), swap(7)]))).avoidance).toMatchObject({ detected: true, count: 3 });
  });
});

describe('metrics: treatment_change is such an event in the window', () => {
  it.each<[string, { date: string; type: string }[], boolean]>([
    ['none', [], false],
    [
      'illness and travel only',
      [
        { date: at(3), type: 'illness' },
        { date: at(4), type: 'travel' },
      ],
      false,
    ],
    ['an injury only', [{ date: at(3), type: 'injury:shin' }], false],
    ['a treatment change', [{ date: at(10), type: 'treatment_change' }], true],
  ])('%s → %s', (_name, events, expected) => {
    expect(reviewMetrics(input(plan, window([]), { events })).treatment_change).toBe(expected);
  });
});

describe('weeks_in_stage = floor((review − stage start + 1 day) / 7)', () => {
  it.each<[string, string, string, number]>([
    // name                                      stage start   review        weeks
    ['Mon → Sun 13 days later', '2026-11-16', '2026-11-29', 2],
    ['Mon → Sat 12 days later', '2026-11-16', '2026-11-28', 1],
    ['Mon → Sun 6 days later', '2026-11-16', '2026-11-22', 1],
    ['Mon → Sat 5 days later', '2026-11-16', '2026-11-21', 0],
    ['same day', '2026-11-16', '2026-11-16', 0],
    ['Mon → Sun 20 days later', '2026-11-16', '2026-12-06', 3],
    ['Wed → Tue 13 days later', '2026-11-18', '2026-12-01', 2],
    ['a stage that begins after the review', '2026-11-30', '2026-11-29', 0],
  ])('%s: %s → %s = %i', (_name, start, review, weeks) => {
    expect(weeksInStage(start, review)).toBe(weeks);
  });

  it('decideReview measures from the stage start it is given', () => {
    expect(reviewMetrics(input(plan, window([]), { stageStart: '2026-11-23' })).weeks_in_stage).toBe(1);
    expect(reviewMetrics(input(plan, window([]), { stageStart: FIRST })).weeks_in_stage).toBe(2);
  });
});

// ---------------------------------------------------------------------------------
// Decision rules (defaults). `decide` on hand-set metrics at stage ONE, not the last.

type Decision = 'progress' | 'hold' | 'step_down';

describe('step_down if any: red_session_days ≥ 3', () => {
  it.each<[string, Partial<ReviewMetrics>, Decision, string]>([
    ['3 red session days → step down', { red_days: 3, red_session_days: 3 }, 'step_down', '3 session days were red'],
    ['4 red session days → step down', { red_days: 4, red_session_days: 4 }, 'step_down', '4 session days were red'],
    ['2 red session days → not (hold on red days)', { red_days: 2, red_session_days: 2 }, 'hold', '2 red days'],
  ])('%s', (_name, m, decision, reason) => {
    const v = decide(metrics(m), R, ONE, false);
    expect(v.decision).toBe(decision);
    expect(v.reasons.join(' | ')).toContain(reason);
  });
});

describe('step_down if any: completion < 0.4 and (avg_rpe ≥ 7 or red_days ≥ 3)', () => {
  const low = { planned: 10, completed: 3, completion: 0.3 };
  it.each<[string, Partial<ReviewMetrics>, Decision, string]>([
    ['0.3 with RPE 7 → step down', { ...low, avg_rpe: 7 }, 'step_down', 'completed 3 of 10'],
    ['0.3 with RPE 7 names the RPE', { ...low, avg_rpe: 7 }, 'step_down', 'average RPE 7'],
    ['0.39 with RPE 7.5 → step down', { planned: 100, completed: 39, completion: 0.39, avg_rpe: 7.5 }, 'step_down', 'average RPE 7.5'],
    ['exactly 0.4 with RPE 7 → not', { planned: 10, completed: 4, completion: 0.4, avg_rpe: 7 }, 'hold', 'completed 4 of 10'],
    ['0.3 with RPE 6.9 → not', { ...low, avg_rpe: 6.9 }, 'hold', 'average RPE 6.9'],
    ['0.3 without RPE and 0 red days → not', { ...low, avg_rpe: null }, 'hold', 'no session effort (RPE) was logged'],
    ['0.3 with 3 red days (none on session days) → step down', { ...low, avg_rpe: 4, red_days: 3 }, 'step_down', '3 red days'],
    ['0.3 with 2 red days → not', { ...low, avg_rpe: 4, red_days: 2 }, 'hold', '2 red days'],
    [
      '0.5 with 3 red days → not (completion is fine for this rule)',
      { planned: 10, completed: 5, completion: 0.5, avg_rpe: 4, red_days: 3 },
      'hold',
      '3 red days',
    ],
    ['nothing planned (null) with RPE 7 → not', { planned: 0, completed: 0, completion: null, avg_rpe: 7 }, 'hold', 'nothing was planned'],
  ])('%s', (_name, m, decision, reason) => {
    const v = decide(metrics(m), R, ONE, false);
    expect(v.decision).toBe(decision);
    expect(v.reasons.join(' | ')).toContain(reason);
  });
});

describe('step_down if any: avg_rpe ≥ 8', () => {
  it.each<[string, number, Decision]>([
    ['RPE 8 → step down', 8, 'step_down'],
    ['RPE 9.5 → step down', 9.5, 'step_down'],
    ['RPE 7.9 → not via this rule (hold: above 5)', 7.9, 'hold'],
  ])('%s', (_name, rpe, decision) => {
    const v = decide(metrics({ avg_rpe: rpe }), R, ONE, false);
    expect(v.decision).toBe(decision);
    expect(v.reasons.join(' | ')).toContain(`average RPE ${rpe}`);
  });

  it('every step-down rule that applies is given as a reason', () => {
    const v = decide(metrics({ planned: 10, completed: 2, completion: 0.2, avg_rpe: 8.5, red_days: 4, red_session_days: 3 }), R, ONE, false);
    expect(v.decision).toBe('step_down');
    expect(v.reasons).toHaveLength(3);
  });
});

describe('progress needs all; each unmet condition holds and names its number', () => {
  it.each<[string, Partial<ReviewMetrics>, Decision, string]>([
    // completion ≥ 0.7
    ['completion 0.83 → progress', {}, 'progress', 'completed 5 of 6 planned sessions (83%)'],
    ['completion exactly 0.7 → progress', { planned: 10, completed: 7, completion: 0.7 }, 'progress', 'completed 7 of 10'],
    ['completion 0.69 → hold', { planned: 100, completed: 69, completion: 0.69 }, 'hold', 'completed 69 of 100 planned sessions (69%); progressing needs 70%'],
    ['nothing planned → hold', { planned: 0, completed: 0, completion: null }, 'hold', 'nothing was planned'],
    // avg_rpe known and ≤ 5
    ['average RPE 3.6 → progress', {}, 'progress', 'average RPE 3.6'],
    ['average RPE exactly 5 → progress', { avg_rpe: 5 }, 'progress', 'average RPE 5'],
    ['average RPE 5.1 → hold', { avg_rpe: 5.1 }, 'hold', 'average RPE 5.1; progressing needs 5 or less'],
    ['no RPE logged → hold', { avg_rpe: null }, 'hold', 'no session effort (RPE) was logged'],
    // red_days ≤ 1
    ['1 red day → progress', { red_days: 1, red_session_days: 1 }, 'progress', '1 red day'],
    ['2 red days → hold', { red_days: 2 }, 'hold', '2 red days; progressing allows 1'],
    // no treatment change
    ['a treatment change → hold', { treatment_change: true }, 'hold', 'treatment change'],
    // avoidance < 3
    ['avoidance 2 → progress', { avoidance: avoided(2) }, 'progress', 'completed 5 of 6'],
    ['avoidance 3 → hold', { avoidance: avoided(3) }, 'hold', '3 times a lighter mind-body session or rest'],
    // weeks_in_stage ≥ min_weeks (ONE: 2)
    ['2 of 2 weeks → progress', { weeks_in_stage: 2 }, 'progress', '2 weeks at ONE (at least 2)'],
    ['1 of 2 weeks → hold', { weeks_in_stage: 1 }, 'hold', '1 of 2 weeks at ONE'],
    ['0 weeks → hold', { weeks_in_stage: 0 }, 'hold', '0 of 2 weeks at ONE'],
  ])('%s', (_name, m, decision, reason) => {
    const v = decide(metrics(m), R, ONE, false);
    expect(v.decision).toBe(decision);
    expect(v.reasons.join(' | ')).toContain(reason);
  });

  it('a hold lists every unmet condition', () => {
    const v = decide(metrics({ avg_rpe: 6, red_days: 2, treatment_change: true, weeks_in_stage: 1 }), R, ONE, false);
    expect(v.decision).toBe('hold');
    expect(v.reasons.join(' | ')).toMatch(/average RPE 6.*2 red days.*treatment change.*1 of 2 weeks/);
  });

  it('not at the last stage: the last stage holds and says so', () => {
    const three = stageOf(plan, 'THREE');
    const v = decide(metrics(), R, three, true);
    expect(v.decision).toBe('hold');
    expect(v.reasons.join(' | ')).toContain('THREE is the last stage of the ladder');
  });

  it('step_down wins over every progress condition', () => {
    expect(decide(metrics({ avg_rpe: 8, completion: 1, completed: 6 }), R, ONE, false).decision).toBe('step_down');
  });
});

// ---------------------------------------------------------------------------------
// From days to a decision: decideReview on hand-built fortnights.

/** Mon/Wed/Fri training over two weeks: strength, aerobic, mixed. */
const SIX: DaySketch[] = [0, 2, 4, 7, 9, 11].map((i, n) => ({ at: i, planned: (['strength', 'aerobic', 'mixed'] as const)[n % 3] }));
const steady = (rpe = 4, status: DayStatus = 'green'): DaySketch[] => SIX.map((d) => ({ ...d, status, done: 'completed', rpe }));

describe('decideReview: decisions from the days', () => {
  it.each<[string, DaySketch[], Decision, string[]]>([
    [
      'six of six at RPE 4, green → progress',
      steady(),
      'progress',
      ['completed 6 of 6 planned sessions (100%)', 'average RPE 4', '0 red days', '2 weeks at ONE'],
    ],
    [
      'five of six at RPE 3–4 → progress',
      steady().map((d, i) => (i === 5 ? { ...d, done: undefined } : { ...d, rpe: i < 3 ? 3 : 4 })),
      'progress',
      ['completed 5 of 6 planned sessions (83%)', 'average RPE 3.4'],
    ],
    [
      'four of six (0.67) → hold',
      steady().map((d, i) => (i >= 4 ? { ...d, done: undefined } : d)),
      'hold',
      ['completed 4 of 6 planned sessions (67%); progressing needs 70%'],
    ],
    [
      'two of five (exactly 0.4) at RPE 7 → hold, not step down',
      steady(7)
        .slice(0, 5)
        .map((d, i) => (i >= 2 ? { ...d, done: undefined } : d)),
      'hold',
      ['completed 2 of 5 planned sessions (40%)', 'average RPE 7'],
    ],
    [
      'one of six at RPE 7 → step down',
      steady(7).map((d, i) => (i >= 1 ? { ...d, done: undefined } : d)),
      'step_down',
      ['completed 1 of 6 planned sessions (17%), below 40%, with average RPE 7'],
    ],
    [
      'three red session days → step down',
      steady().map((d, i) => (i < 3 ? { ...d, status: 'red', done: undefined } : d)),
      'step_down',
      ['3 session days were red'],
    ],
    [
      'two red session days → hold',
      steady().map((d, i) => (i < 2 ? { ...d, status: 'red', done: undefined } : d)),
      'hold',
      ['2 red days; progressing allows 1'],
    ],
    ['one red session day, adapted → progress', steady().map((d, i) => (i === 0 ? { ...d, status: 'red', done: 'adapted' } : d)), 'progress', ['1 red day']],
    ['RPE 8 throughout → step down', steady(8), 'step_down', ['average RPE 8: sessions felt very hard']],
    ['RPE 6 throughout → hold', steady(6), 'hold', ['average RPE 6; progressing needs 5 or less']],
    [
      'three green strength/aerobic/mixed days swapped for mind-body → hold',
      steady().map((d, i) => (i < 3 ? { ...d, type: 'mind_body' } : d)),
      'hold',
      ['3 times a lighter mind-body session or rest was chosen'],
    ],
    ['two swapped → progress', steady().map((d, i) => (i < 2 ? { ...d, type: 'mind_body' } : d)), 'progress', ['completed 6 of 6']],
  ])('%s', (_name, sketch, decision, reasons) => {
    const out = decideReview(input(plan, window(sketch)));
    expect(out.decision).toBe(decision);
    for (const r of reasons) expect(out.reasons.join(' | ')).toContain(r);
  });

  it('a treatment change in the window holds, with that reason', () => {
    const out = decideReview(input(plan, window(steady()), { events: [{ date: at(8), type: 'treatment_change' }] }));
    expect(out.decision).toBe('hold');
    expect(out.metrics.treatment_change).toBe(true);
    expect(out.reasons[0]).toContain('treatment change');
    expect(out.stage).toEqual({ from: 'ONE', to: 'ONE' });
  });

  it('min_weeks is respected: a stage begun 8 days ago (1 week) holds', () => {
    const out = decideReview(input(plan, window(steady()), { stageStart: at(6) }));
    expect(out.metrics.weeks_in_stage).toBe(1);
    expect(out.decision).toBe('hold');
    expect(out.reasons.join(' | ')).toContain('1 of 2 weeks at ONE');
  });

  it('avoidance: the message validates the choice and names the weekday to rebalance', () => {
    const out = decideReview(input(plan, window(steady().map((d) => (d.planned === 'strength' || d.at === 2 ? { ...d, type: 'mind_body' } : d)))));
    expect(out.decision).toBe('hold');
    expect(out.metrics.avoidance).toMatchObject({ detected: true, count: 3 });
    expect(out.message).toContain('Monday strength session');
    expect(out.message).toMatch(/sensible/);
  });
});

describe('rebalanceHint names the template day most often swapped', () => {
  it.each<[string, { date: string; planned: string; done: string }[], string]>([
    [
      'Mondays twice, a Wednesday once',
      [
        { date: at(0), planned: 'strength', done: 'mind_body' },
        { date: at(2), planned: 'aerobic', done: 'rest' },
        { date: at(7), planned: 'strength', done: 'mind_body' },
      ],
      'Monday strength',
    ],
    [
      'Fridays mixed',
      [
        { date: at(4), planned: 'mixed', done: 'rest' },
        { date: at(11), planned: 'mixed', done: 'rest' },
        { date: at(0), planned: 'strength', done: 'rest' },
      ],
      'Friday mixed',
    ],
    ['none', [], 'rebalanced'],
  ])('%s', (_name, days, text) => {
    expect(rebalanceHint(days)).toContain(text);
  });
});

// ---------------------------------------------------------------------------------
// The ladder: at most one rung, never below the first or above the last.

describe('the stage moves at most one rung, within the ladder', () => {
  const up = window(steady());
  const down = window(steady(8));
  it.each<[string, string, HistoryDay[], Decision, string, string | null]>([
    // name                                   at       days  decision     to       a reason that must be there
    ['progress from ONE → TWO (not THREE)', 'ONE', up, 'progress', 'TWO', null],
    ['progress from TWO → THREE', 'TWO', up, 'progress', 'THREE', null],
    ['progress at THREE (last) → hold, stays', 'THREE', up, 'hold', 'THREE', 'THREE is the last stage of the ladder'],
    ['step down from THREE → TWO (not ONE)', 'THREE', down, 'step_down', 'TWO', null],
    ['step down from TWO → ONE', 'TWO', down, 'step_down', 'ONE', null],
    ['step down at ONE (first) → stays, and says so', 'ONE', down, 'step_down', 'ONE', 'ONE is the first stage, so it stays'],
  ])('%s', (_name, from, days, decision, to, reason) => {
    const out = decideReview(input(plan, days, { stage: stageOf(plan, from) }));
    expect(out.decision).toBe(decision);
    expect(out.stage).toEqual({ from, to });
    if (reason) expect(out.reasons).toContain(reason);
    expect(out.effective).toBe('2026-11-30'); // a new stage begins the day after the review
    expect(out.window).toEqual({ from: FIRST, to: REVIEW, days: 14 });
  });

  it('run later than the review date (SPEC §6.3 v1.1): the new stage begins the day after the run, never in the past', () => {
    expect(decideReview(input(plan, up, { runOn: '2026-12-02' })).effective).toBe('2026-12-03');
    expect(decideReview(input(plan, up, { runOn: REVIEW })).effective).toBe('2026-11-30');
  });

  it('every message is gentle and says that scaling down or resting is fine', () => {
    for (const [stage, days] of [
      ['ONE', up],
      ['TWO', up],
      ['THREE', up],
      ['ONE', down],
      ['TWO', down],
    ] as const) {
      const out = decideReview(input(plan, days, { stage: stageOf(plan, stage) }));
      expect(out.message).toMatch(/scaling down or resting/i);
      expect(out.message).not.toMatch(/fail|missed|streak/i);
    }
    const first = decideReview(input(plan, down, { stage: ONE }));
    expect(first.message).toContain('already the first stage');
  });
});

// ---------------------------------------------------------------------------------
// rules.review in a plan replaces the defaults.

describe('rules.review overrides from the plan change the thresholds', () => {
  const half = steady().map((d, i) => (i >= 3 ? { ...d, done: undefined } : d)); // 3 of 6 = 0.5
  const rpe6 = steady(6);
  const twoRed = steady().map((d, i) => (i < 2 ? { ...d, status: 'red' as const, done: undefined } : d)); // 4 of 6, 2 red session days
  const twoSwaps = steady().map((d, i) => (i < 2 ? { ...d, type: 'mind_body' as const } : d));
  it.each<[string, DaySketch[], Record<string, number>, Decision, Decision, string]>([
    // name                             days      rules.review overrides                    default    overridden  reason under the override
    ['progress_min_completion 0.5', half, { progress_min_completion: 0.5 }, 'hold', 'progress', 'completed 3 of 6'],
    ['progress_max_rpe 6', rpe6, { progress_max_rpe: 6 }, 'hold', 'progress', 'average RPE 6'],
    ['progress_max_red_days 2 (and completion 0.6)', twoRed, { progress_max_red_days: 2, progress_min_completion: 0.6 }, 'hold', 'progress', '2 red days'],
    ['step_down_red_session_days 2', twoRed, { step_down_red_session_days: 2 }, 'hold', 'step_down', '2 session days were red (step down at 2)'],
    ['avoidance_hold 2', twoSwaps, { avoidance_hold: 2 }, 'progress', 'hold', '2 times a lighter mind-body session'],
    ['step_down_max_rpe 6', rpe6, { step_down_max_rpe: 6 }, 'hold', 'step_down', 'average RPE 6: sessions felt very hard (6 or more)'],
    [
      'step_down_low_completion 0.6 with step_down_rpe 5',
      half.map((d) => ({ ...d, rpe: 5 })),
      { step_down_low_completion: 0.6, step_down_rpe: 5 },
      'hold',
      'step_down',
      'below 60%',
    ],
  ])('%s', (_name, sketch, review, byDefault, overridden, reason) => {
    const days = window(sketch);
    expect(decideReview(input(plan, days)).decision).toBe(byDefault);
    const custom = ladder({ rules: { review } });
    const out = decideReview(input(custom, days, { stage: custom.stages[0]! }));
    expect(out.decision).toBe(overridden);
    expect(out.reasons.join(' | ')).toContain(reason);
  });

  it('window_days sets the reported window', () => {
    const custom = ladder({ rules: { review: { window_days: 7 } } });
    expect(decideReview(input(custom, window([]), { stage: custom.stages[0]! })).window).toEqual({ from: '2026-11-23', to: REVIEW, days: 7 });
  });

  it('a stage min_weeks from the plan is the one the rule uses', () => {
    const custom = planOf({ stages: [{ ...LADDER[0], min_weeks: 3 }, LADDER[1]] });
    const out = decideReview(input(custom, window(steady()), { stage: custom.stages[0]! }));
    expect(out.decision).toBe('hold');
    expect(out.reasons.join(' | ')).toContain('2 of 3 weeks at ONE');
  });
});

// ---------------------------------------------------------------------------------
// The rules compare the completion and RPE themselves (completed / planned), not the
// two-decimal value shown in the JSON: 16 of 23 sessions is 69.6%, below 70%.

describe('thresholds are compared on the exact completion, not its rounded display', () => {
  const daily = ladder({
    week_template: { mon: 'strength', tue: 'aerobic', wed: 'mixed', thu: 'strength', fri: 'aerobic', sat: 'mixed', sun: 'strength' },
    rules: { review: { window_days: 23 } },
  });
  const first = addDays(REVIEW, -22);
  const days = (done: number, rpe: number) =>
    window(
      Array.from({ length: 23 }, (_, i) => ({
        at: i,
        status: 'green' as const,
        planned: (['strength', 'aerobic', 'mixed'] as const)[i % 3],
        done: i < done ? ('completed' as const) : undefined,
        rpe,
      })),
      23,
      first,
    );
  it.each<[string, number, number, Decision]>([
    ['16 of 23 (69.6%) at RPE 4 → hold (below 70%)', 16, 4, 'hold'],
    ['17 of 23 (73.9%) at RPE 4 → progress', 17, 4, 'progress'],
  ])('%s', (_name, done, rpe, decision) => {
    const out = decideReview(input(daily, days(done, rpe), { start: first, stageStart: first, stage: daily.stages[0]! }));
    expect(out.metrics.planned).toBe(23);
    expect(out.decision).toBe(decision);
  });
});

// ---------------------------------------------------------------------------------
// SPEC §6.3 (v1.1): on a sequence plan a training session that waits for the athlete
// counts once, on the day it first fell due, however many days it waits.

describe('metrics: a waiting sequence session counts once, on the day it first fell due', () => {
  // Mon A done, Wed B done, then A falls due on Friday (at 11) and waits.
  const base: DaySketch[] = [
    { at: 7, planned: 'strength', done: 'completed', rpe: 5 },
    { at: 9, planned: 'strength', done: 'completed', rpe: 5 },
    { at: 11, planned: 'strength' },
    { at: 12, planned: 'strength' },
    { at: 13, planned: 'strength' },
  ];
  const waited = (lastDay: number, doneOn?: number, status: DayStatus = 'unknown') => {
    const days = window(base.map((d) => (d.at === doneOn ? { ...d, done: 'completed' as const, rpe: 5 } : d)).map((d) => (d.at >= 11 ? { ...d, status } : d)));
    const wait = { since: at(11), until: at(lastDay) };
    return settleWaits(days.map((d, i) => (i >= 11 && i <= lastDay ? { ...d, wait } : d)));
  };
  it.each<[string, HistoryDay[], number, number]>([
    // name                                         days                  planned (was)  completed
    ['waiting Friday to Sunday, not yet done', waited(13), 3, 2], // was 5 planned
    ['done on Sunday after a 3-day wait', waited(13, 13), 3, 3], // was 5 planned, 3 done
    ['done on Saturday: Sunday is a new session', waited(12, 12).map((d, i) => (i === 13 ? { ...d, wait: undefined } : d)), 4, 3],
  ])('%s → planned %i, completed %i', (_n, days, planned, completed) => {
    const m = reviewMetrics(input(plan, days));
    expect(m.planned).toBe(planned);
    expect(m.completed).toBe(completed);
  });

  it('red days while it waits are red days, but one session day', () => {
    const m = reviewMetrics(input(plan, waited(13, undefined, 'red')));
    expect(m.red_days).toBe(3);
    expect(m.red_session_days).toBe(1);
  });
});
