// SPEC §6.4: exercise progression, as text in → text out (Liftosaur style). A plan
// item and what was logged (the `log --exercise` grammar) go in; the next load comes out.
//   increase by `increment` when every planned set reached the target reps (the low
//   end of a range) and the logged RIR ≥ target + 1; decrease when RIR < target or
//   reps fell short; otherwise hold. Default increment 2.5kg, or 5lb for pounds.
import { describe, expect, it } from 'vitest';
import { parseExerciseSpec, type ExerciseActual } from '../../../src/core/engine/exercise-spec.js';
import { defaultIncrement, parseLoad, progressExercise, progressExercises, stepLoad, targetReps, type LoadChange, type ProgressionDay } from '../../../src/core/engine/progression.js';
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
    ['SPEC: planned RIR 2, "6,6,7,6@82.5kg rir1" → the load falls', bench, '80kg', 'Bench press: 6,6,7,6@82.5kg rir1', '77.5kg', 'decrease'],
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
    const names = progressExercises(days, (_e, planned) => planned).map((e) => e.exercise).sort();
    expect(names).toEqual(['Back squat', 'Bench press']);
  });

  it('the current load is the athlete target in force, when there is one', () => {
    const out = progressExercises(days, (exercise, planned) => (exercise === 'Back squat' ? '85kg' : planned));
    expect(out.find((e) => e.exercise === 'Back squat')).toMatchObject({ from: '85kg', to: '87.5kg' });
    expect(out.find((e) => e.exercise === 'Bench press')).toMatchObject({ from: '80kg', to: '82.5kg' });
  });
});
