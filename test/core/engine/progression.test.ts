// SPEC §6.4: exercise progression, as text in → text out (Liftosaur style). A plan
// item and what was logged (the `log --exercise` grammar) go in; the next load comes out.
//   increase by `increment` when every planned set reached the target reps (the low
//   end of a range) and the logged RIR ≥ target + 1; decrease when RIR < target or
//   reps fell short; otherwise hold. Default increment 2.5kg, or 5lb for pounds.
import { describe, expect, it } from 'vitest';
import { parseExerciseSpec, type ExerciseActual } from '../../../src/core/engine/exercise-spec.js';
import {
  defaultIncrement,
  liftedLoad,
  parseLoad,
  progressExercise,
  progressExercises,
  stepLoad,
  targetReps,
  type LoadChange,
  type ProgressionDay,
} from '../../../src/core/engine/progression.js';
import type { Item } from '../../../src/core/plan/model.js';

const DATE = '2026-11-27';

function logged(spec: string): ExerciseActual {
  const r = parseExerciseSpec(spec);
  if (!r.ok) throw new Error(`bad spec in test: ${spec}: ${r.message}`);
  return r.value;
}

/** "Back squat 5x5@60kg rir2 +2.5kg" style items, written out as the plan would. */
const squat: Item = { exercise: 'Back squat', sets: 5, reps: '5', load: '80kg', rir: 2, increment: '2.5kg' };
const bench: Item = { exercise: 'Bench press', sets: 4, reps: '6-8', load: '80kg', rir: 2, increment: '2.5kg' };
const deadlift: Item = { exercise: 'Deadlift', sets: 1, reps: '5', load: '80kg', rir: 2, increment: '5kg' };
const press: Item = { exercise: 'Overhead press', sets: 3, reps: '5', load: '30kg', rir: 2 }; // no increment: the default
const pullup: Item = { exercise: 'Pull-ups', sets: 3, reps: '8', load: 'bw', rir: 2 };

function progress(item: Item, current: string, spec: string) {
  return progressExercise(item, current, logged(spec), DATE)!;
}

describe('increase, decrease or hold, by the item increment', () => {
  it.each<[string, Item, string, string, string, LoadChange]>([
    // name                                           item      current     logged                                       → load      change
    ['all reps, RIR 3 (target 2) → up', squat, '80kg', 'Back squat: 5x5@80kg rir3', '82.5kg', 'increase'],
    ['all reps, RIR 5 → up one increment only', squat, '80kg', 'Back squat: 5x5@80kg rir5', '82.5kg', 'increase'],
    ['all reps, RIR 2 (on target) → hold', squat, '80kg', 'Back squat: 5x5@80kg rir2', '80kg', 'hold'],
    ['all reps, RIR 1 (below target) → down', squat, '80kg', 'Back squat: 5x5@80kg rir1', '77.5kg', 'decrease'],
    ['all reps, RIR 0 → down one increment only', squat, '80kg', 'Back squat: 5x5@80kg rir0', '77.5kg', 'decrease'],
    ['one set short, RIR 3 → down', squat, '80kg', 'Back squat: 5,5,5,5,4@80kg rir3', '77.5kg', 'decrease'],
    ['fewer sets than planned, RIR 3 → down', squat, '80kg', 'Back squat: 4x5@80kg rir3', '77.5kg', 'decrease'],
    ['an extra set beyond the plan does not matter', squat, '80kg', 'Back squat: 5,5,5,5,5,3@80kg rir3', '82.5kg', 'increase'],
    ['all reps, no RIR logged → hold', squat, '80kg', 'Back squat: 5x5@80kg', '80kg', 'hold'],
    ['reps short, no RIR logged → down', squat, '80kg', 'Back squat: 5,5,3,3,3@80kg', '77.5kg', 'decrease'],
    // the load moves from the athlete's current target, not from the plan's
    ['current target 90kg, RIR 3 → 92.5kg', squat, '90kg', 'Back squat: 5x5@90kg rir3', '92.5kg', 'increase'],
    // a range: the low end is the target
    ['range 6-8: 6,6,7,6 with RIR 3 → up', bench, '80kg', 'Bench press: 6,6,7,6@80kg rir3', '82.5kg', 'increase'],
    ['range 6-8: 6,6,5,6 with RIR 3 → down', bench, '80kg', 'Bench press: 6,6,5,6@80kg rir3', '77.5kg', 'decrease'],
    // SPEC v1.1: the step is taken from the 82.5kg lifted (it was 77.5kg from the 80kg target before)
    ['SPEC: planned RIR 2, "6,6,7,6@82.5kg rir1" → down from what was lifted', bench, '80kg', 'Bench press: 6,6,7,6@82.5kg rir1', '80kg', 'hold'],
    // the increment comes from the item
    ['increment 5kg: RIR 3 → +5kg', deadlift, '80kg', 'Deadlift: 1x5@80kg rir3', '85kg', 'increase'],
    ['increment 5kg: RIR 1 → −5kg', deadlift, '80kg', 'Deadlift: 1x5@80kg rir1', '75kg', 'decrease'],
    // default increment by unit
    ['no increment, kg → 2.5kg up', press, '30kg', 'Overhead press: 3x5@30kg rir3', '32.5kg', 'increase'],
    ['no increment, kg → 2.5kg down', press, '30kg', 'Overhead press: 3x5@30kg rir1', '27.5kg', 'decrease'],
    ['no increment, lb → 5lb up', press, '135lb', 'Overhead press: 3x5@135lb rir3', '140lb', 'increase'],
    ['no increment, lb → 5lb down', press, '135lb', 'Overhead press: 3x5@135lb rir1', '130lb', 'decrease'],
    // bodyweight plus a load
    ['bw+10kg, RIR 3 → bw+12.5kg', pullup, 'bw+10kg', 'Pull-ups: 3x8@bw+10kg rir3', 'bw+12.5kg', 'increase'],
    ['bw+10kg, RIR 1 → bw+7.5kg', pullup, 'bw+10kg', 'Pull-ups: 3x8@bw+10kg rir1', 'bw+7.5kg', 'decrease'],
    ['bw+2.5kg, RIR 1 → bw', pullup, 'bw+2.5kg', 'Pull-ups: 3x8@bw+2.5kg rir1', 'bw', 'decrease'],
    ['bw+20lb, RIR 3 → bw+25lb', pullup, 'bw+20lb', 'Pull-ups: 3x8@bw+20lb rir3', 'bw+25lb', 'increase'],
    // bodyweight alone never goes below bodyweight
    ['bw, RIR 3 → bw+2.5kg', pullup, 'bw', 'Pull-ups: 3x8@bw rir3', 'bw+2.5kg', 'increase'],
    ['bw, RIR 1 → stays bw', pullup, 'bw', 'Pull-ups: 3x8@bw rir1', 'bw', 'hold'],
    ['bw, reps short → stays bw', pullup, 'bw', 'Pull-ups: 8,6,5@bw rir2', 'bw', 'hold'],
    // the smallest plain load is one increment: it is kept rather than reaching zero
    ['2.5kg, RIR 1 → stays 2.5kg', press, '2.5kg', 'Overhead press: 3x5@2.5kg rir1', '2.5kg', 'hold'],
  ])('%s', (_name, item, current, spec, to, change) => {
    const p = progress(item, current, spec);
    expect(p.exercise).toBe(item.exercise);
    expect(p.from).toBe(current);
    expect(p.to).toBe(to);
    expect(p.change).toBe(change);
    expect(p.reason).toContain(DATE);
  });
});

describe('a decrease never makes the load heavier', () => {
  // 1kg − 2.5kg has nowhere to go: the load may stay, but must not rise to 2.5kg.
  it.each<[string, Item, string, string]>([
    ['1kg with increment 2.5kg, RIR 1', press, '1kg', 'Overhead press: 3x5@1kg rir1'],
    ['2lb with increment 5lb, reps short', press, '2lb', 'Overhead press: 5,5,3@2lb rir2'],
  ])('%s', (_name, item, current, spec) => {
    const p = progress(item, current, spec);
    expect(p.change).not.toBe('increase');
    expect(parseLoad(p.to)!.value).toBeLessThanOrEqual(parseLoad(current)!.value);
  });
});

describe('each reason names its numbers', () => {
  it.each<[string, Item, string, string, string[]]>([
    ['up', squat, '80kg', 'Back squat: 5x5@80kg rir3', ['RIR 3 (target 2)', 'room to add 2.5kg']],
    // Lifted lighter than the target, in the other unit: the step is from 45kg (100lb) and lands on the target.
    [
      'up from a lighter load in lb',
      squat,
      '47.5kg',
      'Back squat: 5x5@100lb rir3',
      ['at 100lb against the 47.5kg target', 'room to add 2.5kg to 45kg, so 47.5kg'],
    ],
    ['down on RIR', bench, '80kg', 'Bench press: 6,6,7,6@82.5kg rir1', ['6,6,7,6 reps', 'RIR 1 (target 2)', 'down 2.5kg']],
    ['down on reps', squat, '80kg', 'Back squat: 5,5,5,5,4@80kg rir3', ['5,5,5,5,4 reps (target 5×5)', 'fell short']],
    ['hold on target', squat, '80kg', 'Back squat: 5x5@80kg rir2', ['RIR 2 (target 2)', 'on target']],
    ['bw kept', pullup, 'bw', 'Pull-ups: 3x8@bw rir1', ['RIR 1 (target 2)', 'kept']],
    ['no RIR', squat, '80kg', 'Back squat: 5x5@80kg', ['no RIR logged']],
  ])('%s', (_name, item, current, spec, parts) => {
    const { reason } = progress(item, current, spec);
    for (const part of parts) expect(reason).toContain(part);
  });
});

describe('only items with an RIR target progress', () => {
  it('an item without rir gives nothing', () => {
    expect(progressExercise({ exercise: 'Band row', sets: 3, reps: '12', load: '10kg' }, '10kg', logged('Band row: 3x12@10kg rir4'), DATE)).toBeNull();
  });
  it('an item without reps judges on RIR alone', () => {
    const carry: Item = { exercise: 'Farmer carry', load: '20kg', rir: 2 };
    expect(progressExercise(carry, '20kg', logged('Farmer carry: 1x1@20kg rir3'), DATE)!.to).toBe('22.5kg');
    expect(progressExercise(carry, '20kg', logged('Farmer carry: 1x1@20kg rir1'), DATE)!.to).toBe('17.5kg');
  });
});

describe('loads and steps', () => {
  it.each<[string, ReturnType<typeof parseLoad>]>([
    ['80kg', { bodyweight: false, value: 80, unit: 'kg' }],
    ['82.5kg', { bodyweight: false, value: 82.5, unit: 'kg' }],
    ['135lb', { bodyweight: false, value: 135, unit: 'lb' }],
    ['bw', { bodyweight: true, value: 0, unit: 'kg' }],
    ['bw+10kg', { bodyweight: true, value: 10, unit: 'kg' }],
    ['bw+25lb', { bodyweight: true, value: 25, unit: 'lb' }],
    ['80', null],
    ['kg', null],
    ['', null],
    ['heavy', null],
  ])('parseLoad(%j)', (text, expected) => {
    expect(parseLoad(text)).toEqual(expected);
  });

  it.each<[string, string, 1 | -1, string | null]>([
    ['80kg', '2.5kg', 1, '82.5kg'],
    ['80kg', '2.5kg', -1, '77.5kg'],
    ['80kg', '1.25kg', 1, '81.25kg'],
    ['100lb', '5lb', -1, '95lb'],
    ['bw+10kg', '5kg', 1, 'bw+15kg'],
    ['bw+5kg', '5kg', -1, 'bw'],
    ['bw', '2.5kg', 1, 'bw+2.5kg'],
    ['bw', '2.5kg', -1, null], // nothing to take from bodyweight
    ['80kg', 'bw', 1, null], // an increment is never bodyweight
    ['heavy', '2.5kg', 1, null],
  ])('stepLoad(%s, %s, %i) → %s', (load, increment, direction, expected) => {
    expect(stepLoad(load, increment, direction)).toBe(expected);
  });

  it.each<[string | undefined, number | null]>([
    ['5', 5],
    ['6-8', 6],
    ['8-15', 8],
    [undefined, null],
  ])('targetReps(%s) → %s', (reps, expected) => {
    expect(targetReps(reps)).toBe(expected);
  });

  it('default increment: 2.5kg, or 5lb for pounds', () => {
    expect(defaultIncrement('kg')).toBe('2.5kg');
    expect(defaultIncrement('lb')).toBe('5lb');
  });
});

describe('progressExercises: every loaded item with an RIR, judged on its most recent performance in the window', () => {
  const row: Item = { exercise: 'Barbell row', sets: 5, reps: '5', load: '45kg', rir: 2, increment: '2.5kg' };
  const walk: Item = { exercise: 'Walk', minutes: 10 };
  const noRir: Item = { exercise: 'Curl', sets: 3, reps: '10', load: '10kg' };
  const day = (date: string, items: Item[] | null, specs: string[] | null): ProgressionDay => ({
    date,
    planned: items ? { items } : null,
    session: specs ? { exercises: specs.map(logged) } : null,
  });
  const days: ProgressionDay[] = [
    day('2026-11-16', [squat, bench, walk, noRir], ['Back squat: 5x5@80kg rir1', 'Bench press: 6,6,6,6@80kg rir3', 'Curl: 3x10@10kg rir4']),
    day('2026-11-17', null, null),
    day('2026-11-18', [squat, row], ['back squat: 5x5@80kg rir3']), // names match case-insensitively
    day('2026-11-20', [squat, bench, row], null), // planned, not logged
  ];

  it.each<[string, string, string, LoadChange, string]>([
    // exercise       from      to        change       judged on
    ['Back squat', '80kg', '82.5kg', 'increase', '2026-11-18'], // the most recent (rir3), not the first (rir1)
    ['Bench press', '80kg', '82.5kg', 'increase', '2026-11-16'],
  ])('%s: %s → %s', (exercise, from, to, change, date) => {
    const out = progressExercises(days, (_e, planned) => planned);
    const p = out.find((e) => e.exercise === exercise)!;
    expect(p).toMatchObject({ from, to, change });
    expect(p.reason).toContain(date);
  });

  it('items never logged, without a load or without an RIR are left out', () => {
    const names = progressExercises(days, (_e, planned) => planned)
      .map((e) => e.exercise)
      .sort();
    expect(names).toEqual(['Back squat', 'Bench press']);
  });

  it('the current load is the athlete target in force, when there is one (the step is from what was lifted)', () => {
    // SPEC v1.1: 80kg lifted at RIR 3 against an 85kg target → 82.5kg (it was 87.5kg before)
    const out = progressExercises(days, (exercise, planned) => (exercise === 'Back squat' ? '85kg' : planned));
    expect(out.find((e) => e.exercise === 'Back squat')).toMatchObject({ from: '85kg', to: '82.5kg', change: 'decrease' });
    expect(out.find((e) => e.exercise === 'Bench press')).toMatchObject({ from: '80kg', to: '82.5kg' });
  });

  it('a name logged without matching the plan is left out, even when newer (SPEC §4 log: progression uses matched names)', () => {
    // 2026-11-18's "back squat" at RIR 3 would be an increase; logged as unmatched it must not count.
    const unmatched = days.map((d) =>
      d.date === '2026-11-18' && d.session ? { ...d, session: { exercises: d.session.exercises.map((e) => ({ ...e, matched: false })) } } : d,
    );
    const p = progressExercises(unmatched, (_e, planned) => planned).find((e) => e.exercise === 'Back squat')!;
    expect(p).toMatchObject({ from: '80kg', to: '77.5kg', change: 'decrease' });
    expect(p.reason).toContain('2026-11-16');
  });
});

// ---------------------------------------------------------------------------------
// SPEC §6.4 (v1.1): the step is taken from the load actually lifted.

describe('the step is taken from the load actually lifted, in the target unit', () => {
  const row: Item = { exercise: 'Barbell row', sets: 5, reps: '5', load: '45kg', rir: 2, increment: '2.5kg' };
  const rowLb: Item = { ...row, load: '100lb', increment: '5lb' };
  it.each<[string, Item, string, string, string, LoadChange]>([
    // name                                                 item    target     logged                                   → target    change of the stored target
    ['SPEC: 50kg lifted vs 45kg at target RIR → holds at 50kg', row, '45kg', 'Barbell row: 5x5@50kg rir2', '50kg', 'increase'],
    ['SPEC: 40kg lifted and fell short → 37.5kg', row, '45kg', 'Barbell row: 5,5,5,4,3@40kg rir2', '37.5kg', 'decrease'],
    ['50kg lifted with reps to spare → 52.5kg', row, '45kg', 'Barbell row: 5x5@50kg rir3', '52.5kg', 'increase'],
    ['50kg lifted, harder than planned → 47.5kg', row, '45kg', 'Barbell row: 5x5@50kg rir1', '47.5kg', 'increase'],
    ['42.5kg lifted at target RIR → 42.5kg', row, '45kg', 'Barbell row: 5x5@42.5kg rir2', '42.5kg', 'decrease'],
    ['no load logged → from the stored target', row, '45kg', 'Barbell row: 5x5 rir3', '47.5kg', 'increase'],
    ['bw logged against a plain load → from the stored target', row, '45kg', 'Barbell row: 5x5@bw rir2', '45kg', 'hold'],
    // units: 1 lb = 0.45359237 kg, rounded to the increment
    ['110lb lifted vs a kg target: 49.9kg → 50kg, on target', row, '45kg', 'Barbell row: 5x5@110lb rir2', '50kg', 'increase'],
    ['50kg lifted vs a lb target: 110.2lb → 110lb, reps to spare → 115lb', rowLb, '100lb', 'Barbell row: 5x5@50kg rir3', '115lb', 'increase'],
    ['same load as the target: unchanged behaviour', row, '45kg', 'Barbell row: 5x5@45kg rir2', '45kg', 'hold'],
    // bodyweight plus a load
    ['bw+15kg lifted vs bw+10kg, on target → bw+15kg', pullup, 'bw+10kg', 'Pull-ups: 3x8@bw+15kg rir2', 'bw+15kg', 'increase'],
    ['bw lifted vs bw+10kg → from the stored target', pullup, 'bw+10kg', 'Pull-ups: 3x8@bw rir2', 'bw+10kg', 'hold'],
  ])('%s', (_name, item, current, spec, to, change) => {
    const p = progress(item, current, spec);
    expect(p.from).toBe(current);
    expect(p.to).toBe(to);
    expect(p.change).toBe(change);
  });

  it('the reason names the load lifted beside the target', () => {
    expect(progress(row, '45kg', 'Barbell row: 5x5@50kg rir2').reason).toMatch(/at 50kg against the 45kg target.*kept at 50kg/);
  });

  it.each<[string, string | undefined, string, string]>([
    ['45kg', '50kg', '2.5kg', '50kg'],
    ['45kg', undefined, '2.5kg', '45kg'],
    ['45kg', 'bw', '2.5kg', '45kg'],
    ['45kg', '100lb', '2.5kg', '45kg'], // 45.36kg → nearest 2.5kg
    ['45kg', '100lb', '1kg', '45kg'],
    ['100lb', '45kg', '5lb', '100lb'], // 99.2lb → 100lb
    ['100lb', '45kg', '2.5lb', '100lb'],
    ['100lb', '47kg', '2.5lb', '102.5lb'], // 103.6lb → 102.5lb
  ])('liftedLoad(target %s, lifted %s, step %s) → %s', (target, lifted, step, expected) => {
    expect(liftedLoad(target, lifted, step)).toBe(expected);
  });
});
