// `today` shows, beside each planned exercise, the last time it was done (SPEC §4
// `today`, v1.1 `log`): only a name that matched a planned item counts.
import type { IsoDate } from '../dates.js';
import { describeVolume, type ExerciseActual } from '../engine/exercise-spec.js';

export interface LastPerformance {
  exercise: string;
  date: IsoDate;
  sets: number;
  reps: string;
  seconds?: number[];
  distance?: string;
  done?: string;
  load: string | null;
  rir: number | null;
}

/** What a logged session on `date` did of `exercise`, or null when it did not do it under a matched name. */
export function lastPerformance(exercise: string, date: IsoDate, actuals: readonly ExerciseActual[]): LastPerformance | null {
  const actual = actuals.find((e) => e.exercise.toLowerCase() === exercise.toLowerCase() && e.matched !== false);
  if (!actual) return null;
  return {
    exercise,
    date,
    sets: actual.sets,
    reps: actual.reps.join(','),
    ...(actual.seconds ? { seconds: actual.seconds } : {}),
    ...(actual.distance ? { distance: actual.distance } : {}),
    done: describeVolume(actual),
    load: actual.load ?? null,
    rir: actual.rir ?? null,
  };
}
