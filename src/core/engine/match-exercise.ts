// Exercise names in `log` matched to the day's planned items (SPEC §4 log, v1.1):
// case and extra spaces do not matter, and the stored name is the plan's spelling,
// so `last` and progression find the record. A name that matches nothing is kept as
// written but marked unmatched, with the closest planned name to suggest.
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

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The planned name most like `given`: one that contains it or that it contains
 * (`Sit to stand` → `Sit to stand from a chair`) first, then the fewest edits.
 * Always an answer when something was planned: the warning is to help, not to decide.
 */
export function closestPlanned(given: string, planned: readonly string[]): string | undefined {
  const key = exerciseKey(given);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const name of planned) {
    const k = exerciseKey(name);
    const contains = k.includes(key) || key.includes(k);
    const score = (contains ? 0 : 1000) + editDistance(key, k);
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
