// Exercise names in `log` matched to the day's planned items (SPEC §4 log, v1.1):
// case and extra spaces do not matter, and the stored name is the plan's spelling,
// so `last` and progression find the record. A name that matches nothing is kept as
// written but marked unmatched, with the closest planned name to suggest.
import { editDistance } from '../suggest.js';
import type { ExerciseActual } from './exercise-spec.js';

/** `  sit  to STAND ` and `Sit to stand` are one name. */
export function exerciseKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface ExerciseMiss {
  given: string;
  /** The planned item most like the name given, if anything was planned. */
  closest: string | undefined;
}

/**
 * The planned name most like `given`: one that contains it or that it contains
 * (`Sit to stand` → `Sit to stand from a chair`) first, then the fewest edits — offered
 * only when it is plausibly what was meant (it contains the name, shares a word, or is a
 * few typos away), so a walk logged on a strength day is not asked about a band row.
 */
export function closestPlanned(given: string, planned: readonly string[]): string | undefined {
  const key = exerciseKey(given);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const name of planned) {
    const k = exerciseKey(name);
    const contains = k.includes(key) || key.includes(k);
    const sharesWord = k.split(' ').some((w) => w.length >= 4 && key.split(' ').includes(w));
    const edits = editDistance(key, k);
    if (!contains && !sharesWord && edits > Math.max(1, Math.floor(key.length / 3))) continue;
    const score = (contains ? 0 : 1000) + edits;
    if (score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Each actual under the plan's spelling when its name matches a planned item, else as
 * written with `matched: false`; the misses, in order, for the warnings.
 */
export function matchExercises(actuals: readonly ExerciseActual[], planned: readonly string[]): { exercises: ExerciseActual[]; misses: ExerciseMiss[] } {
  const byKey = new Map<string, string>();
  for (const name of planned) if (!byKey.has(exerciseKey(name))) byKey.set(exerciseKey(name), name);
  const misses: ExerciseMiss[] = [];
  const exercises = actuals.map((a) => {
    const name = byKey.get(exerciseKey(a.exercise));
    if (name !== undefined) return { ...a, exercise: name, matched: true };
    misses.push({ given: a.exercise, closest: closestPlanned(a.exercise, planned) });
    return { ...a, exercise: a.exercise.trim().replace(/\s+/g, ' '), matched: false };
  });
  return { exercises, misses };
}
