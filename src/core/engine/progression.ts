// Exercise progression (SPEC §6.4): strength items with a load and an RIR target
// move by their increment from the most recent logged performance in the window.
// The new target is stored for the athlete; the plan file is never rewritten.
import type { IsoDate } from '../dates.js';
import type { Item } from '../plan/model.js';
import type { ExerciseActual } from './exercise-spec.js';

export type LoadChange = 'increase' | 'hold' | 'decrease';

export interface ExerciseProgression {
  exercise: string;
  from: string;
  to: string;
  change: LoadChange;
  reason: string;
}

interface Load {
  bodyweight: boolean;
  value: number;
  unit: 'kg' | 'lb';
}

const LOAD = /^(bw\+?)?(\d+(?:\.\d+)?)?(kg|lb)?$/;
export const KG_PER_LB = 0.45359237;

export function parseLoad(text: string): Load | null {
  const m = LOAD.exec(text);
  if (!m || (m[2] === undefined && !m[1])) return null;
  if (m[2] !== undefined && m[3] === undefined) return null;
  return { bodyweight: Boolean(m[1]), value: m[2] === undefined ? 0 : Number(m[2]), unit: (m[3] as 'kg' | 'lb' | undefined) ?? 'kg' };
}

export function formatLoad(l: Load): string {
  const n = `${Math.round(l.value * 1000) / 1000}${l.unit}`;
  if (!l.bodyweight) return n;
  return l.value > 0 ? `bw+${n}` : 'bw';
}

/** Default step: 2.5kg, or 5lb for loads in pounds (SPEC §2). */
export function defaultIncrement(unit: 'kg' | 'lb'): string {
  return unit === 'lb' ? '5lb' : '2.5kg';
}

/** The target reps: an integer, or the low end of a "lo-hi" range. */
export function targetReps(reps: string | undefined): number | null {
  if (reps === undefined) return null;
  const m = /^(\d+)(?:-\d+)?$/.exec(reps);
  return m ? Number(m[1]) : null;
}

/** An increment in a load's own unit (one given in the other unit is converted). */
export function stepIn(unit: Load['unit'], step: Load): number {
  if (step.unit === unit) return step.value;
  return step.unit === 'kg' ? step.value / KG_PER_LB : step.value * KG_PER_LB;
}

export function stepLoad(load: string, increment: string, direction: 1 | -1): string | null {
  const current = parseLoad(load);
  const step = parseLoad(increment);
  if (!current || !step || step.bodyweight) return null;
  // Bodyweight alone has nothing to add to or take from.
  if (current.bodyweight && current.value === 0 && direction < 0) return null;
  const stepValue = stepIn(current.unit, step);
  // A decrease never goes below one increment (or bodyweight), and never raises the load.
  const floor = current.bodyweight ? 0 : Math.min(current.value, stepValue);
  const value = Math.max(floor, current.value + direction * stepValue);
  return formatLoad({ ...current, value: Math.round(value * 100) / 100 });
}

/**
 * The load the next step is taken from (SPEC §6.4 v1.1): the load actually lifted in
 * the performance, in the target's unit, not the stored target — someone who lifted
 * 50kg against a 45kg target moves on from 50kg. A load converted from the other unit
 * is rounded to the nearest increment (100lb against a kg target with 2.5kg steps →
 * 45kg). A performance without a load, at bodyweight alone, or whose load is not of the
 * target's kind (plain against bw+), steps from the stored target.
 */
export function liftedLoad(target: string, lifted: string | undefined, increment: string): string {
  const t = parseLoad(target);
  const l = lifted === undefined ? null : parseLoad(lifted.trim().toLowerCase());
  if (!t || !l || l.bodyweight !== t.bodyweight || (l.bodyweight && l.value === 0)) return target;
  if (l.unit === t.unit) return formatLoad({ ...t, value: l.value });
  const value = l.unit === 'lb' ? l.value * KG_PER_LB : l.value / KG_PER_LB;
  const step = parseLoad(increment);
  const unitStep = step && !step.bodyweight && step.value > 0 ? stepIn(t.unit, step) : 0;
  const rounded = unitStep > 0 ? Math.round(value / unitStep) * unitStep : value;
  return formatLoad({ ...t, value: Math.round(rounded * 100) / 100 });
}

/** A change as the stored target sees it: the new target against the one in force. */
function changeOf(from: string, to: string): LoadChange {
  const a = parseLoad(from);
  const b = parseLoad(to);
  if (!a || !b || to === from) return 'hold';
  const inKg = (l: Load) => (l.unit === 'lb' ? l.value * KG_PER_LB : l.value);
  return inKg(b) > inKg(a) ? 'increase' : inKg(b) < inKg(a) ? 'decrease' : 'hold';
}

/**
 * One exercise: increase if every planned set reached the target reps and RIR was
 * at least one above target; decrease if RIR fell below target or reps fell short;
 * otherwise hold — each from the load actually lifted (`liftedLoad`). `change` says
 * how the stored target moves, so a hold at a heavier lifted load is an increase.
 */
export function progressExercise(item: Item, currentLoad: string, actual: ExerciseActual, date: IsoDate): ExerciseProgression | null {
  if (item.rir === undefined) return null;
  const target = targetReps(item.reps);
  const sets = item.sets ?? 1;
  const increment = item.increment ?? defaultIncrement(parseLoad(currentLoad)?.unit ?? 'kg');
  const base = liftedLoad(currentLoad, actual.load, increment);
  const done = actual.reps.slice(0, sets);
  const short = target !== null && (done.length < sets || done.some((r) => r < target));
  const atText = base === currentLoad ? '' : ` at ${actual.load} against the ${currentLoad} target`;
  const repsText = `${actual.reps.join(',')} reps (target ${sets}×${target ?? '?'})${atText}`;
  const rirText = actual.rir === undefined ? 'no RIR logged' : `RIR ${actual.rir} (target ${item.rir})`;
  let to = base;
  let reason: string;
  if (short || (actual.rir !== undefined && actual.rir < item.rir)) {
    const lower = stepLoad(base, increment, -1);
    const stepped = lower !== null && lower !== base;
    if (stepped) to = lower;
    reason = `${date}: ${repsText}, ${rirText}${short ? ': some reps fell short' : ': harder than planned'}; ${stepped ? `down ${increment}` : 'kept'}${base === currentLoad ? '' : ` from ${base}`}`;
  } else if (actual.rir !== undefined && actual.rir >= item.rir + 1) {
    const higher = stepLoad(base, increment, 1);
    if (higher) to = higher;
    // Name the load the step is taken from when it is not the target, so "room to add
    // 2.5kg" beside a target that stays (100lb lifted against 47.5kg) reads true.
    reason = `${date}: every set reached ${target ?? 'its'} reps${atText} with ${rirText}: room to add ${increment}${base === currentLoad ? '' : ` to ${base}, so ${to}`}`;
  } else {
    reason = `${date}: ${repsText}, ${rirText}: right on target, kept${base === currentLoad ? '' : ` at ${base}`}`;
  }
  return { exercise: item.exercise, from: currentLoad, to, change: changeOf(currentLoad, to), reason };
}

export interface ProgressionDay {
  date: IsoDate;
  planned: { items: Item[] } | null;
  session: { status?: string; exercises: ExerciseActual[] } | null;
}

/**
 * Every strength exercise planned in the window with a load and an RIR target,
 * judged on its most recent logged performance there. `currentLoad` is the athlete's
 * target in force on the review date (else the plan's load).
 */
export function progressExercises(days: ProgressionDay[], currentLoad: (exercise: string, planned: string) => string): ExerciseProgression[] {
  const items = new Map<string, Item>();
  for (const d of days)
    for (const item of d.planned?.items ?? []) if (item.load !== undefined && item.rir !== undefined) items.set(item.exercise.toLowerCase(), item);
  const out: ExerciseProgression[] = [];
  for (const [key, item] of items) {
    let latest: { date: IsoDate; actual: ExerciseActual } | undefined;
    for (const d of days) {
      // A session adapted for symptoms counts as done, but its lighter sets say nothing about the load.
      if (d.session?.status === 'adapted') continue;
      // Only a name matched to the plan counts (SPEC §4 log), and only sets counted in reps.
      const actual = d.session?.exercises.find((e) => e.exercise.toLowerCase() === key && e.matched !== false && e.reps.length > 0);
      if (actual && (!latest || d.date >= latest.date)) latest = { date: d.date, actual };
    }
    if (!latest) continue;
    const result = progressExercise(item, currentLoad(item.exercise, item.load!), latest.actual, latest.date);
    if (result) out.push(result);
  }
  return out;
}
