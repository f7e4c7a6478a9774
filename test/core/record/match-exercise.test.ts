// SPEC §4 log (v1.1): exercise names matched to the day's planned items.
import { describe, expect, it } from 'vitest';
import type { ExerciseActual } from '../../../src/core/engine/exercise-spec.js';
import { closestPlanned, matchExercises } from '../../../src/core/engine/match-exercise.js';
import { progressExercises } from '../../../src/core/engine/progression.js';

const PLANNED = ['Sit to stand from a chair', 'Wall push-up', 'Seated band row', 'Easy walk'];
const actual = (exercise: string): ExerciseActual => ({ exercise, sets: 2, reps: [10, 10], rir: 3 });

describe('names matched to the plan', () => {
  it.each([
    ['Wall push-up', 'Wall push-up'],
    ['wall push-up', 'Wall push-up'],
    ['WALL PUSH-UP', 'Wall push-up'],
    ['  Wall   push-up ', 'Wall push-up'],
    ['sit to stand FROM a  chair', 'Sit to stand from a chair'],
    ['easy walk', 'Easy walk'],
  ])('%j is stored as the plan spells it: %s', (given, stored) => {
    const r = matchExercises([actual(given)], PLANNED);
    expect(r.exercises).toEqual([{ ...actual(stored), matched: true }]);
    expect(r.misses).toEqual([]);
  });

  it.each([
    ['Sit to stand', 'Sit to stand from a chair'],
    ['Wall pushup', 'Wall push-up'],
    ['Band row', 'Seated band row'],
    ['Brisk walk', 'Easy walk'],
    ['Deadlift', undefined], // nothing plausibly meant: no guess (a walk on a strength day is not asked about a band row)
    ['Moderate walk', 'Easy walk'], // a shared word
    ['Slow breathing', undefined],
  ])('%j matches nothing: kept as written, unmatched, closest %s', (given, closest) => {
    const r = matchExercises([actual(given)], PLANNED);
    expect(r.exercises).toEqual([{ ...actual(given), matched: false }]);
    expect(r.misses).toEqual([{ given, closest }]);
  });

  it('on a day with nothing planned, every name is a miss with no suggestion', () => {
    expect(matchExercises([actual('Walk')], [])).toEqual({
      exercises: [{ ...actual('Walk'), matched: false }],
      misses: [{ given: 'Walk', closest: undefined }],
    });
    expect(closestPlanned('Walk', [])).toBeUndefined();
  });
});

describe('progression uses only matched names', () => {
  const item = { exercise: 'Sit to stand from a chair', sets: 2, reps: '10', load: '0kg', rir: 3 } as never;
  const day = (exercises: ExerciseActual[]) => [{ date: '2026-11-10', planned: { items: [item] }, session: { status: 'completed', exercises } }];
  const lifted: ExerciseActual = { exercise: 'Sit to stand from a chair', sets: 2, reps: [10, 10], load: '0kg', rir: 5 };

  it('a matched record is judged', () => {
    expect(progressExercises(day([{ ...lifted, matched: true }]), () => '0kg')).toHaveLength(1);
  });
  it('a record from before v1.1 (no mark) is judged as before', () => {
    expect(progressExercises(day([lifted]), () => '0kg')).toHaveLength(1);
  });
  it('an unmatched record is not, even under the same name', () => {
    expect(progressExercises(day([{ ...lifted, matched: false }]), () => '0kg')).toEqual([]);
  });
  it('timed work is never judged by reps', () => {
    expect(progressExercises(day([{ exercise: 'Sit to stand from a chair', sets: 2, reps: [], seconds: [30, 30], load: '0kg', rir: 3 }]), () => '0kg')).toEqual(
      [],
    );
  });
});
