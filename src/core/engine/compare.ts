// `history --compare` (SPEC §4): each period beside the previous one, per exercise:
// the best set (heaviest load, then most reps), its load and reps.
import type { IsoDate } from '../dates.js';
import { describeVolume, distanceMetres, formatDuration, type ExerciseActual } from './exercise-spec.js';
import { KG_PER_LB, parseLoad } from './progression.js';

export interface BestSet {
  date: IsoDate;
  load: string | null;
  reps: number;
  sets: number;
  total_reps: number;
  /** Timed work: the longest set, in seconds (reps are then 0). */
  seconds?: number;
  /** Distance work: the longest distance (`5km`; reps are then 0). */
  distance?: string;
}

export interface ExerciseComparison {
  exercise: string;
  current: BestSet | null;
  previous: BestSet | null;
  change: string;
}

export interface PeriodComparison {
  period: string;
  from: IsoDate;
  to: IsoDate;
  exercises: ExerciseComparison[];
  /**
   * Names logged in the period that matched no planned item (SPEC §4 log: progression
   * and `last` use matched names only). They are not compared — a typo would show as a
   * "new" exercise beside the real one "not done" — but are named so nothing is hidden.
   */
  not_compared: string[];
}

/** Matched to the plan, or from a record that predates matching (taken as matched). */
const compared = (e: ExerciseActual) => e.matched !== false;

/** Comparable number for a load: kg (lb converted), bodyweight as 0 plus any added load. */
export function loadValue(load: string | undefined | null): number {
  const parsed = load ? parseLoad(load) : null;
  if (!parsed) return 0;
  return parsed.unit === 'lb' ? parsed.value * KG_PER_LB : parsed.value;
}

/** Reps, seconds or metres: the measure the set was counted in. */
function amount(b: BestSet): number {
  if (b.distance !== undefined) return distanceMetres(b.distance);
  return b.seconds ?? b.reps;
}

function better(a: BestSet, b: BestSet): boolean {
  const la = loadValue(a.load);
  const lb = loadValue(b.load);
  return la > lb || (la === lb && amount(a) > amount(b));
}

function bestOf(date: IsoDate, e: ExerciseActual): BestSet | null {
  const base = { date, load: e.load ?? null, sets: e.sets };
  if (e.distance !== undefined) return { ...base, reps: 0, total_reps: 0, distance: e.distance };
  if (e.seconds?.length) return { ...base, reps: 0, total_reps: 0, seconds: Math.max(...e.seconds) };
  if (!e.reps.length) return null;
  return { ...base, reps: Math.max(...e.reps), total_reps: e.reps.reduce((a, b) => a + b, 0) };
}

export function bestSets(sessions: { date: IsoDate; exercises: ExerciseActual[] }[]): Map<string, BestSet> {
  const out = new Map<string, BestSet>();
  for (const s of sessions) {
    for (const e of s.exercises) {
      const candidate = bestOf(s.date, e);
      if (!candidate) continue;
      const key = e.exercise.toLowerCase();
      const current = out.get(key);
      if (!current || better(candidate, current)) out.set(key, { ...candidate });
    }
  }
  return out;
}

function describeChange(current: BestSet | null, previous: BestSet | null): string {
  if (!current) return 'not done this period';
  if (!previous) return 'new this period';
  const dl = loadValue(current.load) - loadValue(previous.load);
  if (Math.abs(dl) > 1e-9) return `${dl > 0 ? '+' : ''}${Math.round(dl * 100) / 100}kg`;
  const sign = (x: number) => (x > 0 ? '+' : '-');
  if (current.distance !== undefined || previous.distance !== undefined) {
    const dm = amount(current) - amount(previous);
    if (Math.abs(dm) < 0.5) return 'same';
    return Math.abs(dm) >= 1000 ? `${sign(dm)}${Math.round(Math.abs(dm) / 100) / 10} km` : `${sign(dm)}${Math.round(Math.abs(dm))} m`;
  }
  if (current.seconds !== undefined || previous.seconds !== undefined) {
    const ds = amount(current) - amount(previous);
    return ds === 0 ? 'same' : `${sign(ds)}${formatDuration(Math.abs(ds))}`;
  }
  const dr = current.reps - previous.reps;
  return dr === 0 ? 'same' : `${dr > 0 ? '+' : ''}${dr} reps`;
}

export function comparePeriods(
  periods: { period: string; from: IsoDate; to: IsoDate; sessions: { date: IsoDate; exercises: ExerciseActual[] }[] }[],
): PeriodComparison[] {
  const names = new Map<string, string>();
  for (const p of periods)
    for (const s of p.sessions)
      for (const e of s.exercises.filter(compared)) names.set(e.exercise.toLowerCase(), names.get(e.exercise.toLowerCase()) ?? e.exercise);
  const bests = periods.map((p) => bestSets(p.sessions.map((s) => ({ ...s, exercises: s.exercises.filter(compared) }))));
  return periods.map((p, i) => ({
    period: p.period,
    from: p.from,
    to: p.to,
    exercises: [...names]
      .filter(([key]) => bests[i]!.has(key) || (i > 0 && bests[i - 1]!.has(key)))
      .map(([key, name]) => {
        const current = bests[i]!.get(key) ?? null;
        const previous = i > 0 ? (bests[i - 1]!.get(key) ?? null) : null;
        return { exercise: name, current, previous, change: describeChange(current, previous) };
      }),
    not_compared: [...new Set(p.sessions.flatMap((s) => s.exercises.filter((e) => !compared(e)).map((e) => e.exercise)))],
  }));
}

/** A best set for people: `15 reps @ 20kg`, `20 min`, `5 km`. */
export function describeBest(b: BestSet): string {
  const what =
    b.distance !== undefined
      ? describeVolume({ sets: 1, reps: [], distance: b.distance })
      : b.seconds !== undefined
        ? formatDuration(b.seconds)
        : `${b.reps} reps`;
  return `${what}${b.load ? ` @ ${b.load}` : ''}`;
}
