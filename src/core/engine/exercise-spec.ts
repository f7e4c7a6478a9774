// The `log --exercise` grammar (SPEC §4 `log`):
//   NAME: SETSxREPS[@LOAD][ rir N]      e.g. "Squat: 5x5@100kg", "Pull-ups: 3x8@bw rir2"
//   NAME: R1,R2,R3[@LOAD][ rir N]       e.g. "Bench press: 6,6,7,6@82.5kg rir1"
// A mistake is a value naming what was wrong and what is accepted, never a throw.
import { LOAD_PATTERN } from '../plan/vocabulary.js';

export interface ExerciseActual {
  exercise: string;
  sets: number;
  reps: number[];
  load?: string;
  rir?: number;
}

export type ParseResult = { ok: true; value: ExerciseActual } | { ok: false; message: string };

const MAX_SETS = 20;
const MAX_REPS = 1000;
const MAX_RIR = 10;

const GRAMMAR = 'use NAME: SETSxREPS[@LOAD][ rir N] or NAME: R1,R2,R3[@LOAD][ rir N], e.g. "Squat: 5x5@100kg rir2"';
const LOADS = 'a load is <n>kg, <n>lb, bw or bw+<n>kg|lb, e.g. "Pull-ups: 3x8@bw+10kg"';

const fail = (problem: string, hint = GRAMMAR): ParseResult => ({ ok: false, message: `${problem}: ${hint}` });

export function parseExerciseSpec(text: string): ParseResult {
  // The last colon separates the name, so a name may itself hold one ("Tempo squat 3:1:1: 3x5").
  const colon = text.lastIndexOf(':');
  if (colon < 0) return fail(`"${text.trim()}" has no ":" after the exercise name`);
  const exercise = text.slice(0, colon).trim();
  let rest = text.slice(colon + 1).trim();
  if (!exercise) return fail('the exercise name before ":" is empty');
  if (!rest) return fail(`nothing after "${exercise}:"`);

  let rir: number | undefined;
  const rirMatch = /\s*rir\s*(\S*)$/i.exec(rest);
  if (rirMatch) {
    const raw = rirMatch[1] ?? '';
    if (!/^\d+$/.test(raw) || Number(raw) > MAX_RIR) return fail(`rir "${raw}" must be a whole number from 0 to ${MAX_RIR}`);
    rir = Number(raw);
    rest = rest.slice(0, rirMatch.index).trim();
  }

  let load: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const raw = rest.slice(at + 1).replace(/\s+/g, '').toLowerCase();
    if (!raw) return fail('no load after "@"', LOADS);
    if (!LOAD_PATTERN.test(raw)) return fail(`load "${rest.slice(at + 1).trim()}" is not a load`, LOADS);
    load = raw;
    rest = rest.slice(0, at).trim();
  }

  const volume = rest.replace(/\s+/g, '');
  if (!volume) return fail(`no sets or reps after "${exercise}:"`);
  let reps: number[];
  const setsByReps = /^(\d+)[x×](\d+)$/i.exec(volume);
  if (setsByReps) {
    const sets = Number(setsByReps[1]);
    if (sets < 1 || sets > MAX_SETS) return fail(`sets ${sets} is out of range (1–${MAX_SETS})`);
    reps = Array.from({ length: sets }, () => Number(setsByReps[2]));
  } else if (!volume.includes(',') && /[x×]/i.test(volume)) {
    return fail(`"${volume}" is not SETSxREPS with whole numbers`);
  } else {
    const parts = volume.split(',');
    if (!parts.every((p) => /^\d+$/.test(p))) return fail(`reps "${volume}" must be whole numbers`);
    reps = parts.map(Number);
    if (reps.length > MAX_SETS) return fail(`${reps.length} sets is out of range (1–${MAX_SETS})`);
  }
  const tooMany = reps.find((r) => r > MAX_REPS);
  if (tooMany !== undefined) return fail(`reps ${tooMany} is out of range (0–${MAX_REPS})`);

  const value: ExerciseActual = { exercise, sets: reps.length, reps };
  if (load !== undefined) value.load = load;
  if (rir !== undefined) value.rir = rir;
  return { ok: true, value };
}
