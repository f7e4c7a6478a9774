// SPEC §4 `today`: the last time a planned exercise was done, from a logged session —
// only under a name that matched a planned item (v1.1 `log`).
import { describe, expect, it } from 'vitest';
import { lastPerformance } from '../../../src/core/daily/last-performance.js';
import type { ExerciseActual } from '../../../src/core/engine/exercise-spec.js';

const squat: ExerciseActual = { exercise: 'Squat', sets: 3, reps: [8, 8, 6], load: '40 kg', rir: 2 };
const plank: ExerciseActual = { exercise: 'Plank', sets: 2, reps: [], seconds: [30, 45] };

describe('the last performance of a planned exercise', () => {
  it.each<[string, string, ExerciseActual[], object | null]>([
    ['sets, reps, load and RIR', 'squat', [squat], { exercise: 'squat', date: '2026-11-20', sets: 3, reps: '8,8,6', load: '40 kg', rir: 2 }],
    ['timed work keeps its seconds', 'Plank', [plank], { exercise: 'Plank', sets: 2, reps: '', seconds: [30, 45], load: null, rir: null }],
    ['a name that did not match what was planned does not count', 'Squat', [{ ...squat, matched: false }], null],
    ['a record from before v1.1 (no matched mark) counts', 'Squat', [squat], { sets: 3 }],
    ['not in the session', 'Bench', [squat, plank], null],
  ])('%s', (_n, exercise, actuals, expected) => {
    const last = lastPerformance(exercise, '2026-11-20', actuals);
    if (expected === null) expect(last).toBeNull();
    else expect(last).toMatchObject(expected);
  });
});
