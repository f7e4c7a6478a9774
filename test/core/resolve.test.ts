// SPEC §2.1: one table per resolution rule.
import { describe, expect, it } from 'vitest';
import { previewContext, resolveSchedule, ScheduleResolver } from '../../src/core/plan/resolve.js';
import { deriveGentle, deriveMinimal, variantItems } from '../../src/core/plan/variants.js';
import { planOf } from '../helpers/plan.js';

const MON = '2026-11-23';
const day = (plan: ReturnType<typeof planOf>, date: string, start = MON, stage?: string) =>
  new ScheduleResolver(plan, previewContext(plan, start, stage)).day(date);

describe('which day (weekly)', () => {
  const plan = planOf({
    stages: [
      { id: 'ONE', minutes: { strength: 10, aerobic: 20, mixed: 12 } },
      { id: 'TWO', minutes: { strength: 10, aerobic: 20, mixed: 12 }, week_template: { tue: 'aerobic' } },
    ],
    phases: [
      { id: 'base', type: 'base', weeks: 2, week_template: { thu: 'strength' } },
      { id: 'after', type: 'maintain', weeks: 2 },
    ],
  });
  it.each([
    ['plan template on a template day', 'ONE', '2026-12-07', 'strength'], // week 3, phase "after" (no template) → plan template
    ['a missing weekday is rest', 'ONE', '2026-12-08', 'rest'],
    ['phase template beats the plan', 'ONE', '2026-11-26', 'strength'], // thursday in base
    ['phase template replaces, not merges', 'ONE', '2026-11-23', 'rest'], // monday in base: not in phase template
    ['stage template beats the phase', 'TWO', '2026-11-24', 'aerobic'],
    ['stage template replaces the phase', 'TWO', '2026-11-26', 'rest'],
  ])('%s', (_name, stage, date, type) => {
    expect(day(plan, date, MON, stage).planned?.type).toBe(type);
  });
});

describe('which day (sequence)', () => {
  const plan = planOf({
    schedule: 'sequence',
    week_template: undefined,
    days: [
      { name: 'Push', type: 'strength', session: 'strength' },
      { name: 'Walk', type: 'aerobic' },
      { name: 'Rest', type: 'rest' },
    ],
  });
  it('steps one day per calendar day from the start and wraps around', () => {
    const days = resolveSchedule(plan, previewContext(plan, MON), MON, '2026-11-29').map((d) => d.planned?.day);
    expect(days).toEqual(['Push', 'Walk', 'Rest', 'Push', 'Walk', 'Rest', 'Push']);
  });
  it('follows the journal position when one is given', () => {
    const ctx = { ...previewContext(plan, MON), sequenceIndexOn: (d: string) => (d === '2026-11-25' ? 1 : 2) };
    expect(resolveSchedule(plan, ctx, '2026-11-25', '2026-11-26').map((d) => d.planned?.day)).toEqual(['Walk', 'Rest']);
  });
});

describe('which session', () => {
  const plan = planOf({
    week_template: { mon: { type: 'aerobic', session: 'walk' }, tue: 'aerobic', wed: 'rest', thu: 'mind_body' },
    sessions: {
      walk: { type: 'aerobic', standard: [{ exercise: 'Walk', minutes: 15 }] },
      aerobic: { standard: [{ exercise: 'Cycle', minutes: 20 }] },
    },
  });
  it.each([
    ['the day names its session', '2026-11-23', 'walk'],
    ['else the session named like the type', '2026-11-24', 'aerobic'],
    ['rest days have no session', '2026-11-25', null],
    ['no session for the type: none, with no items', '2026-11-26', null],
  ])('%s', (_n, date, session) => {
    expect(day(plan, date).planned?.session).toBe(session);
  });
});

describe('minutes', () => {
  it.each([
    ["the day's minutes win", { mon: { type: 'aerobic', minutes: 33 } }, { aerobic: 20 }, 1, 33],
    ["else the stage's minutes for the type", { mon: 'aerobic' }, { aerobic: 20 }, 1, 20],
    ["else the sum of the session's item minutes", { mon: 'aerobic' }, {}, 1, 20],
    ['then × stage.volume, rounded', { mon: 'aerobic' }, { aerobic: 25 }, 1.1, 28],
  ])('%s', (_n, template, minutes, volume, expected) => {
    const plan = planOf({ week_template: template, stages: [{ id: 'ONE', minutes, volume }] });
    expect(day(plan, MON).planned?.minutes).toBe(expected);
  });

  it('weekly_minutes scales every non-optional session of the week by one factor, then volume', () => {
    const plan = planOf({
      stages: [{ id: 'ONE', minutes: { strength: 10, aerobic: 20, mixed: 10 }, volume: 1 }],
      week_template: { mon: 'strength', wed: 'aerobic', fri: 'mixed', sun: { type: 'mind_body', optional: true, minutes: 5 } },
      phases: [{ id: 'base', type: 'base', weeks: 2, weekly_minutes: [80, 120] }],
    });
    const days = resolveSchedule(plan, previewContext(plan, MON), MON, '2026-12-06');
    const week = (w: number) => days.filter((d) => d.week === w && !d.planned?.optional).reduce((s, d) => s + (d.planned?.minutes ?? 0), 0);
    expect(week(1)).toBe(80);
    expect(week(2)).toBe(120);
    expect(days[0]!.planned?.minutes).toBe(20); // 10 × 80/40
    expect(days.find((d) => d.date === '2026-11-29')!.planned?.minutes).toBe(5); // optional: not scaled
    // Item minutes scale with their session.
    expect(days.find((d) => d.date === '2026-11-25')!.planned?.items[0]!.minutes).toBe(40);
  });

  it('volume applies after weekly scaling', () => {
    const plan = planOf({
      stages: [{ id: 'ONE', minutes: { strength: 10, aerobic: 30 }, volume: 0.5 }],
      week_template: { mon: 'strength', wed: 'aerobic' },
      phases: [{ id: 'base', type: 'base', weeks: 1, weekly_minutes: 80 }],
    });
    const days = resolveSchedule(plan, previewContext(plan, MON), MON, '2026-11-29');
    expect(days.reduce((s, d) => s + (d.planned?.minutes ?? 0), 0)).toBe(40);
  });
});

describe('sets', () => {
  const plan = planOf({
    stages: [
      { id: 'ONE', sets: 2, minutes: { strength: 10 } },
      { id: 'TWO', minutes: { strength: 10 } },
    ],
  });
  it.each([
    ["the item's sets", 'ONE', 2, 3],
    ['else stage.sets', 'ONE', 0, 2],
    ['else 1', 'TWO', 0, 1],
  ])('%s', (_n, stage, index, sets) => {
    expect(day(plan, MON, MON, stage).planned?.items[index]!.sets).toBe(sets);
  });
});

describe('variants', () => {
  const standard = [
    { exercise: 'Squat', sets: 3, reps: '10', rir: 2 },
    { exercise: 'Row', sets: 1, reps: '8-12', rir: 5 },
    { exercise: 'Walk', minutes: 10 },
  ];
  it('gentle is derived from standard: sets −1 (≥1), reps ×0.8 (≥1), rir +1, minutes ×0.7', () => {
    expect(deriveGentle(standard)).toEqual([
      { exercise: 'Squat', sets: 2, reps: '8', rir: 3 },
      { exercise: 'Row', sets: 1, reps: '6-10', rir: 5 },
      { exercise: 'Walk', minutes: 7 },
    ]);
  });
  it('reps never drop below 1', () => {
    expect(deriveGentle([{ exercise: 'Chin-up', sets: 1, reps: '1' }])[0]!.reps).toBe('1');
  });
  it('minimal is derived from gentle: first two items, one set, minutes ×0.4', () => {
    const minimal = deriveMinimal(deriveGentle([{ exercise: 'Walk', minutes: 10 }, ...standard]));
    expect(minimal).toHaveLength(2);
    expect(minimal[0]!.minutes).toBeCloseTo(2.8);
    expect(minimal[1]).toEqual({ exercise: 'Squat', sets: 1, reps: '8', rir: 3 });
  });
  it('written variants are used as written', () => {
    const plan = planOf({
      sessions: { strength: { standard: [{ exercise: 'A', reps: 10 }], gentle: [{ exercise: 'B', reps: 5 }], minimal: [{ exercise: 'C', reps: 3 }] } },
    });
    const s = plan.sessions.strength!;
    expect(variantItems(s, 'gentle', plan.stages[0]).map((i) => i.exercise)).toEqual(['B']);
    expect(variantItems(s, 'minimal', plan.stages[0]).map((i) => i.exercise)).toEqual(['C']);
  });
  it('minimal is derived from a written gentle', () => {
    const plan = planOf({
      sessions: {
        strength: {
          standard: [{ exercise: 'A', reps: 10 }],
          gentle: [
            { exercise: 'B', sets: 3, reps: 5 },
            { exercise: 'C', reps: 4 },
            { exercise: 'D', reps: 4 },
          ],
        },
      },
    });
    expect(variantItems(plan.sessions.strength!, 'minimal', plan.stages[0])).toEqual([
      { exercise: 'B', sets: 1, reps: '5' },
      { exercise: 'C', sets: 1, reps: '4' },
    ]);
  });
});

describe('phases and dates', () => {
  const phases = [
    { id: 'base', type: 'base', weeks: 2 },
    { id: 'build', type: 'build', weeks: 3 },
    { id: 'taper', type: 'taper', weeks: 1, protected: true },
  ];
  it('with goal.date, phases are laid backwards: the last ends with the goal week', () => {
    const plan = planOf({ goal: { kind: 'event', title: 'Race', date: '2027-01-13', fallback: 'Finish' }, phases });
    const r = new ScheduleResolver(plan, previewContext(plan, '2026-11-01'));
    expect(r.windows.map((w) => [w.phase.id, w.start, w.end])).toEqual([
      ['base', '2026-12-07', '2026-12-20'],
      ['build', '2026-12-21', '2027-01-10'],
      ['taper', '2027-01-11', '2027-01-17'],
    ]);
  });
  it('nothing is planned after goal.date; before the first phase the plan template applies', () => {
    const plan = planOf({ goal: { kind: 'event', title: 'Race', date: '2027-01-13', fallback: 'Finish' }, phases });
    const r = new ScheduleResolver(plan, previewContext(plan, '2026-11-23'));
    expect(r.day('2027-01-13').planned).not.toBeNull();
    expect(r.day('2027-01-14').planned).toBeNull();
    expect(r.day('2026-11-30')).toMatchObject({ phase: null, block: null, week: 2 });
  });
  it('without goal.date, phases start at the athlete start week (normalised to Monday)', () => {
    const plan = planOf({ phases });
    const r = new ScheduleResolver(plan, previewContext(plan, '2026-11-26'));
    expect(r.windows[0]!.start).toBe('2026-11-23');
    expect(r.day('2026-11-23')).toMatchObject({ week: 1, phase: 'base' });
    expect(r.day('2026-11-22').planned).toBeNull();
  });
  it('nothing is planned before the real start: a Wednesday starter has no Monday session, week 1 all the same', () => {
    const plan = planOf();
    const r = new ScheduleResolver(plan, previewContext(plan, '2026-11-25'));
    expect(r.day('2026-11-23')).toMatchObject({ week: 1, stage: 'ONE', planned: null });
    expect(r.day('2026-11-25')).toMatchObject({ week: 1, planned: { type: 'aerobic' } });
  });
  it('without phases the plan is open-ended', () => {
    const plan = planOf();
    expect(day(plan, '2036-11-24')).toMatchObject({ week: 523, phase: null, planned: { type: 'strength' } });
  });
});

describe('blocks', () => {
  const plan = planOf({
    phases: [
      { id: 'base', type: 'base', weeks: 3 },
      { id: 'build', type: 'build', weeks: 3 },
      { id: 'peak', type: 'peak', weeks: 2, blocks: ['progression', 'recovery'] },
    ],
  });
  const blocks = resolveSchedule(plan, previewContext(plan, MON), MON, '2027-01-17')
    .filter((_, i) => i % 7 === 0)
    .map((d) => `${d.phase}:${d.block}`);
  it('first week intro, last week of build/peak peak, else progression; blocks: overrides', () => {
    expect(blocks).toEqual([
      'base:intro',
      'base:progression',
      'base:progression',
      'build:intro',
      'build:progression',
      'build:peak',
      'peak:progression',
      'peak:recovery',
    ]);
  });
});
