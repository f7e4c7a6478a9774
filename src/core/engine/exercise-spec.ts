// The `log --exercise` grammar (SPEC §4 `log`):
//   NAME: SETSxREPS[@LOAD][ rir N]      e.g. "Squat: 5x5@100kg", "Pull-ups: 3x8@bw rir2"
//   NAME: R1,R2,R3[@LOAD][ rir N]       e.g. "Bench press: 6,6,7,6@82.5kg rir1"
//   NAME: [SETSx]DURATION[@LOAD]        e.g. "Brisk walk: 20min", "Plank: 3x45s", "Walk: 1h15min" (v1.1)
//   NAME: DISTANCE                      e.g. "Easy run: 5km", "Walk: 3.1mi", "Sprint: 400m" (v1.1)
// A mistake is a value naming what was wrong and what is accepted, never a throw.
import { LOAD_PATTERN } from '../plan/vocabulary.js';

export interface ExerciseActual {
  exercise: string;
  sets: number;
  /** Reps of each set; empty for timed or distance work. */
  reps: number[];
  /** Timed work: each set's duration in seconds. */
  seconds?: number[];
  /** Distance work: the distance as written, normalised (`5km`, `3.1mi`, `400m`). */
  distance?: string;
  load?: string;
  rir?: number;
  /**
   * Whether the name matched an item planned that day (SPEC §4 log): progression and
   * `last` use only matched names. Absent in records from before v1.1 (then taken as
   * matched) and for athletes without a plan (nothing to match).
   */
  matched?: boolean;
}

export type ParseResult = { ok: true; value: ExerciseActual } | { ok: false; message: string };

const MAX_SETS = 20;
const MAX_REPS = 1000;
const MAX_RIR = 10;

const MAX_SET_SECONDS = 24 * 3600;
const MAX_KM = 1000;

const GRAMMAR =
  'use NAME: SETSxREPS[@LOAD][ rir N], NAME: R1,R2,R3[@LOAD][ rir N], NAME: [SETSx]DURATION or NAME: DISTANCE, e.g. "Squat: 5x5@100kg rir2", "Plank: 3x45s", "Brisk walk: 20min", "Easy run: 5km"';
const DURATIONS = 'a duration is hours, minutes and seconds in whole numbers, e.g. 20min, 90s, 1h15min, 1min30s';
const DISTANCES = 'a distance is a number with km, mi or m, e.g. 5km, 3.1mi, 400m';

/** `20min`, `90s`, `1h15min`, `1h`, `1min30s` → seconds; null when not a duration. */
export function parseDuration(text: string): number | null {
  // Unit words as people type them: `20min`, `20 mins`, `1 hour`, `30 sec`.
  const m = /^(?:(\d+)(?:h|hrs?|hours?))?(?:(\d+)(?:min|mins|minutes?))?(?:(\d+)(?:s|secs?|seconds?))?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** Seconds for people: `20 min`, `45 s`, `1 h 15 min`, `1 min 30 s`. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const min = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [h && `${h} h`, min && `${min} min`, s && `${s} s`].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 s';
}

const DISTANCE = /^(\d+(?:\.\d+)?)(km|mi|m)$/;
const METRES_PER = { km: 1000, mi: 1609.344, m: 1 } as const;

/** A stored distance (`5km`) in metres, for comparing one with another. */
export function distanceMetres(distance: string): number {
  const m = DISTANCE.exec(distance);
  return m ? Number(m[1]) * METRES_PER[m[2] as keyof typeof METRES_PER] : 0;
}

/**
 * The session's minutes when `log` is not given --minutes and every exercise logged
 * was timed ("Brisk walk: 20min", "Slow breathing: 5min"): their sum, rounded — the
 * person said how long they moved, so the record must not say the adapted minutes
 * instead. Undefined when anything was counted in reps or distance (the session was
 * longer than its timed parts), so the usual default applies.
 */
export function timedMinutes(exercises: Pick<ExerciseActual, 'seconds'>[]): number | undefined {
  if (!exercises.length || exercises.some((e) => !e.seconds?.length)) return undefined;
  const seconds = exercises.reduce((sum, e) => sum + e.seconds!.reduce((a, b) => a + b, 0), 0);
  return Math.max(1, Math.round(seconds / 60));
}

/** What was done, for people: `3×10`, `6,6,7,6`, `20 min`, `3×45 s`, `5 km` (load and RIR are shown apart). */
export function describeVolume(e: Pick<ExerciseActual, 'sets' | 'reps' | 'seconds' | 'distance'> & { minutes?: number }): string {
  if (e.distance !== undefined) {
    const m = DISTANCE.exec(e.distance);
    return m ? `${m[1]} ${m[2]}` : e.distance;
  }
  const each = e.seconds ?? e.reps;
  // An imported activity (a watch's FIT file) has no sets or reps, only its minutes.
  if (!each.length) return e.minutes ? `${e.minutes} min` : '';
  const same = each.length > 0 && each.every((x) => x === each[0]);
  if (e.seconds) return same ? `${e.sets > 1 ? `${e.sets}×` : ''}${formatDuration(each[0]!)}` : each.map(formatDuration).join(', ');
  return same && e.sets > 1 ? `${e.sets}×${each[0]} reps` : `${each.join(',')} reps`;
}
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
    const raw = rest
      .slice(at + 1)
      .replace(/\s+/g, '')
      .toLowerCase();
    if (!raw) return fail('no load after "@"', LOADS);
    if (!LOAD_PATTERN.test(raw)) return fail(`load "${rest.slice(at + 1).trim()}" is not a load`, LOADS);
    load = raw;
    rest = rest.slice(0, at).trim();
  }

  const volume = rest.replace(/\s+/g, '').toLowerCase();
  if (!volume) return fail(`no sets or reps after "${exercise}:"`);
  const timed = parseTimedOrDistance(exercise, volume, load, rir);
  if (timed) return timed;
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

/** DURATION, SETSxDURATION or DISTANCE (null: the volume is reps, or malformed reps). */
function parseTimedOrDistance(exercise: string, volume: string, load: string | undefined, rir: number | undefined): ParseResult | null {
  const distance = /^(\d+(?:[.,]\d+)?)(km|mi|m)$/.exec(volume);
  if (distance) {
    const number = distance[1]!.replace(',', '.');
    const metres = Number(number) * METRES_PER[distance[2] as keyof typeof METRES_PER];
    if (metres <= 0 || metres > MAX_KM * 1000) return fail(`distance "${volume}" is out of range (more than 0, at most ${MAX_KM} km)`, DISTANCES);
    // Written back in one form (`5.0km` → `5km`), so the same distance is stored the same way.
    const value: ExerciseActual = { exercise, sets: 1, reps: [], distance: `${Number(number)}${distance[2]}` };
    if (load !== undefined) value.load = load;
    if (rir !== undefined) value.rir = rir;
    return { ok: true, value };
  }
  // Any letter other than the x of SETSx means a duration or a distance was meant.
  const m = /^(\d+)[x×](.*)$/.exec(volume) ?? [volume, undefined, volume];
  // Commas are the R1,R2 form; only a number followed by unit letters is timed work.
  if (!/^\d/.test(m[2]!) || !/[a-z]/.test(m[2]!) || m[2]!.includes(',')) return null;
  const sets = m[1] === undefined ? 1 : Number(m[1]);
  const seconds = parseDuration(m[2]!);
  if (seconds === null) {
    if (/^\d+(?:[.,]\d+)?[a-z]+$/.test(m[2]!) && /(km|mi|m)$/.test(m[2]!) && m[1] !== undefined)
      return fail(`"${volume}": a distance is for the whole exercise, not per set`, DISTANCES);
    return fail(`"${m[2]}" is not a duration or a distance`, `${DURATIONS}; ${DISTANCES}`);
  }
  if (sets < 1 || sets > MAX_SETS) return fail(`sets ${sets} is out of range (1–${MAX_SETS})`);
  if (seconds <= 0 || seconds > MAX_SET_SECONDS) return fail(`duration "${m[2]}" is out of range (more than 0, at most 24h)`, DURATIONS);
  const value: ExerciseActual = { exercise, sets, reps: [], seconds: Array.from({ length: sets }, () => seconds) };
  if (load !== undefined) value.load = load;
  if (rir !== undefined) value.rir = rir;
  return { ok: true, value };
}
