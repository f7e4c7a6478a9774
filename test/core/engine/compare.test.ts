// SPEC §4 history --compare: each period beside the previous one, per exercise.
// Reading chosen: like progression and `last`, only names matched to the plan are
// compared; a name that matched nothing is listed as not compared, never as its own row.
import { describe, expect, it } from 'vitest';
import { comparePeriods } from '../../../src/core/engine/compare.js';
import type { ExerciseActual } from '../../../src/core/engine/exercise-spec.js';

const squat = (load: string, matched?: boolean): ExerciseActual => ({
  exercise: 'Squat',
  sets: 5,
  reps: [5, 5, 5, 5, 5],
  load,
  ...(matched === undefined ? {} : { matched }),
});

describe('history --compare', () => {
  it('compares matched names and names the unmatched ones without comparing them', () => {
    const out = comparePeriods([
      { period: 'W1', from: '2027-01-04', to: '2027-01-10', sessions: [{ date: '2027-01-04', exercises: [squat('60kg', true)] }] },
      {
        period: 'W2',
        from: '2027-01-11',
        to: '2027-01-17',
        sessions: [
          { date: '2027-01-11', exercises: [squat('62.5kg', true), { exercise: 'Squatt', sets: 5, reps: [5, 5, 5, 5, 5], load: '100kg', matched: false }] },
        ],
      },
    ]);
    expect(out[1]!.exercises.map((e) => [e.exercise, e.change])).toEqual([['Squat', '+2.5kg']]);
    expect(out[1]!.not_compared).toEqual(['Squatt']);
    expect(out[0]!.not_compared).toEqual([]);
  });

  it('records from before matching (no flag) are compared as before', () => {
    const out = comparePeriods([{ period: 'W1', from: '2027-01-04', to: '2027-01-10', sessions: [{ date: '2027-01-04', exercises: [squat('60kg')] }] }]);
    expect(out[0]!.exercises.map((e) => e.exercise)).toEqual(['Squat']);
  });
});
