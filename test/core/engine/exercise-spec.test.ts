// SPEC §4 `log --exercise`: NAME: SETSxREPS[@LOAD][ rir N] or NAME: R1,R2,R3[@LOAD][ rir N];
// (v1.1) NAME: [SETSx]DURATION and NAME: DISTANCE.
import { describe, expect, it } from 'vitest';
import { describeVolume, formatDuration, parseExerciseSpec, timedMinutes, type ExerciseActual } from '../../../src/core/engine/exercise-spec.js';

describe('valid forms', () => {
  it.each<[string, ExerciseActual]>([
    ['Bench press: 6,6,7,6@82.5kg rir1', { exercise: 'Bench press', sets: 4, reps: [6, 6, 7, 6], load: '82.5kg', rir: 1 }],
    ['Pull-ups: 3x8@bw rir2', { exercise: 'Pull-ups', sets: 3, reps: [8, 8, 8], load: 'bw', rir: 2 }],
    ['Squat: 5x5@100kg', { exercise: 'Squat', sets: 5, reps: [5, 5, 5, 5, 5], load: '100kg' }],
    ['Plank: 3x1', { exercise: 'Plank', sets: 3, reps: [1, 1, 1] }],
    ['Squat: 5×5 @ 100kg rir 2', { exercise: 'Squat', sets: 5, reps: [5, 5, 5, 5, 5], load: '100kg', rir: 2 }],
    ['Dips: 3X10@bw+10kg', { exercise: 'Dips', sets: 3, reps: [10, 10, 10], load: 'bw+10kg' }],
    ['Row: 8, 8, 6 @ 135LB', { exercise: 'Row', sets: 3, reps: [8, 8, 6], load: '135lb' }],
    ['Deadlift: 1x3@140kg rir0', { exercise: 'Deadlift', sets: 1, reps: [3], load: '140kg', rir: 0 }],
    ['Sit to stand: 12', { exercise: 'Sit to stand', sets: 1, reps: [12] }],
    ['Curl: 10,8,0 rir0', { exercise: 'Curl', sets: 3, reps: [10, 8, 0], rir: 0 }],
    ['Squat: 20x1@60kg rir10', { exercise: 'Squat', sets: 20, reps: Array(20).fill(1), load: '60kg', rir: 10 }],
    ['  Tempo squat 3:1:1 : 3x5@60kg ', { exercise: 'Tempo squat 3:1:1', sets: 3, reps: [5, 5, 5], load: '60kg' }],
  ])('%s', (text, value) => {
    expect(parseExerciseSpec(text)).toEqual({ ok: true, value });
  });
});

describe('malformed specs say what was wrong and what is accepted', () => {
  const USE =
    'use NAME: SETSxREPS[@LOAD][ rir N], NAME: R1,R2,R3[@LOAD][ rir N], NAME: [SETSx]DURATION or NAME: DISTANCE, e.g. "Squat: 5x5@100kg rir2", "Plank: 3x45s", "Brisk walk: 20min", "Easy run: 5km"';
  const LOADS = 'a load is <n>kg, <n>lb, bw or bw+<n>kg|lb, e.g. "Pull-ups: 3x8@bw+10kg"';
  it.each([
    ['Squat 5x5', `"Squat 5x5" has no ":" after the exercise name: ${USE}`],
    [': 5x5', `the exercise name before ":" is empty: ${USE}`],
    ['Squat:', `nothing after "Squat:": ${USE}`],
    ['Squat: @100kg', `no sets or reps after "Squat:": ${USE}`],
    ['Bench: 6,x,7', `reps "6,x,7" must be whole numbers: ${USE}`],
    ['Bench: 6,,7', `reps "6,,7" must be whole numbers: ${USE}`],
    ['Bench: 6.5,6', `reps "6.5,6" must be whole numbers: ${USE}`],
    ['Squat: 5xfive', `"5xfive" is not SETSxREPS with whole numbers: ${USE}`],
    ['Squat: 0x5', `sets 0 is out of range (1–20): ${USE}`],
    ['Squat: 21x5', `sets 21 is out of range (1–20): ${USE}`],
    [`Squat: ${Array(21).fill(5).join(',')}`, `21 sets is out of range (1–20): ${USE}`],
    ['Squat: 3x1001', `reps 1001 is out of range (0–1000): ${USE}`],
    ['Squat: 5x5@', `no load after "@": ${LOADS}`],
    ['Squat: 5x5@100', `load "100" is not a load: ${LOADS}`],
    ['Squat: 5x5@100kgs', `load "100kgs" is not a load: ${LOADS}`],
    ['Squat: 5x5@100kg rir', `rir "" must be a whole number from 0 to 10: ${USE}`],
    ['Squat: 5x5@100kg rir11', `rir "11" must be a whole number from 0 to 10: ${USE}`],
    ['Squat: 5x5@100kg rir 1.5', `rir "1.5" must be a whole number from 0 to 10: ${USE}`],
  ])('%s', (text, message) => {
    expect(parseExerciseSpec(text)).toEqual({ ok: false, message });
  });
});

describe('timed and distance work (v1.1)', () => {
  it.each<[string, ExerciseActual]>([
    ['Brisk walk: 20min', { exercise: 'Brisk walk', sets: 1, reps: [], seconds: [1200] }],
    ['Slow breathing: 5 min', { exercise: 'Slow breathing', sets: 1, reps: [], seconds: [300] }],
    ['Plank: 3x45s', { exercise: 'Plank', sets: 3, reps: [], seconds: [45, 45, 45] }],
    ['Walk: 1h15min', { exercise: 'Walk', sets: 1, reps: [], seconds: [4500] }],
    ['Walk: 1 hour', { exercise: 'Walk', sets: 1, reps: [], seconds: [3600] }],
    ['Rest walk: 90s', { exercise: 'Rest walk', sets: 1, reps: [], seconds: [90] }],
    ['Stretch: 1min30s', { exercise: 'Stretch', sets: 1, reps: [], seconds: [90] }],
    ['Wall sit: 2 x 30 sec rir2', { exercise: 'Wall sit', sets: 2, reps: [], seconds: [30, 30], rir: 2 }],
    ['Farmer carry: 3x40s@20kg', { exercise: 'Farmer carry', sets: 3, reps: [], seconds: [40, 40, 40], load: '20kg' }],
    ['Easy run: 5km', { exercise: 'Easy run', sets: 1, reps: [], distance: '5km' }],
    ['Walk: 3.1mi', { exercise: 'Walk', sets: 1, reps: [], distance: '3.1mi' }],
    ['Sprint: 400m', { exercise: 'Sprint', sets: 1, reps: [], distance: '400m' }],
    ['Easy run: 5.0 KM', { exercise: 'Easy run', sets: 1, reps: [], distance: '5km' }],
  ])('%s', (text, value) => {
    expect(parseExerciseSpec(text)).toEqual({ ok: true, value });
  });

  const DURATIONS = 'a duration is hours, minutes and seconds in whole numbers, e.g. 20min, 90s, 1h15min, 1min30s';
  const DISTANCES = 'a distance is a number with km, mi or m, e.g. 5km, 3.1mi, 400m';
  it.each([
    ['Walk: 1.5h', `"1.5h" is not a duration or a distance: ${DURATIONS}; ${DISTANCES}`],
    ['Walk: 20minutes5', `"20minutes5" is not a duration or a distance: ${DURATIONS}; ${DISTANCES}`],
    ['Walk: 15min1h', `"15min1h" is not a duration or a distance: ${DURATIONS}; ${DISTANCES}`],
    ['Walk: 20 furlongs', `"20furlongs" is not a duration or a distance: ${DURATIONS}; ${DISTANCES}`],
    ['Walk: 0min', `duration "0min" is out of range (more than 0, at most 24h): ${DURATIONS}`],
    ['Walk: 25h', `duration "25h" is out of range (more than 0, at most 24h): ${DURATIONS}`],
    ['Run: 0km', `distance "0km" is out of range (more than 0, at most 1000 km): ${DISTANCES}`],
    ['Run: 2000km', `distance "2000km" is out of range (more than 0, at most 1000 km): ${DISTANCES}`],
    ['Intervals: 6x400m', `"6x400m": a distance is for the whole exercise, not per set: ${DISTANCES}`],
  ])('%s is refused', (text, message) => {
    expect(parseExerciseSpec(text)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('reads back for people: no "reps" for a walk', () => {
    const shown = (spec: string) => {
      const r = parseExerciseSpec(spec);
      if (!r.ok) throw new Error(r.message);
      return describeVolume(r.value);
    };
    expect(shown('Brisk walk: 20min')).toBe('20 min');
    expect(shown('Plank: 3x45s')).toBe('3×45 s');
    expect(shown('Walk: 1h15min')).toBe('1 h 15 min');
    expect(shown('Easy run: 5km')).toBe('5 km');
    expect(shown('Squat: 3x10')).toBe('3×10 reps');
    expect(shown('Bench: 6,6,7')).toBe('6,6,7 reps');
    expect(formatDuration(90)).toBe('1 min 30 s');
  });
});

describe('log minutes from timed work (no --minutes given)', () => {
  const parsed = (...specs: string[]) =>
    specs.map((t) => {
      const r = parseExerciseSpec(t);
      if (!r.ok) throw new Error(r.message);
      return r.value;
    });
  it.each<[string, string[], number | undefined]>([
    ['one walk', ['Brisk walk: 20min'], 20],
    ['walk and breathing add up', ['Moderate walk: 12min', 'Easy walk: 3min'], 15],
    ['sets of a duration', ['Plank: 3x45s', 'Slow breathing: 5min'], 7],
    ['a short hold is at least a minute', ['Plank: 20s'], 1],
    ['anything in reps: the usual default', ['Moderate walk: 10min', 'Sit to stand: 1x10'], undefined],
    ['a distance: the usual default', ['Easy run: 5km'], undefined],
    ['nothing logged: the usual default', [], undefined],
  ])('%s', (_n, specs, minutes) => {
    expect(timedMinutes(parsed(...specs))).toBe(minutes);
  });
});
