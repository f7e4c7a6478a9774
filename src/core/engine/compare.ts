// `history --compare` (SPEC §4): each period beside the previous one, per exercise:
// the best set (heaviest load, then most reps), its load and reps.
import type { IsoDate } from '../dates.js';
import type { ExerciseActual } from './exercise-spec.js';
import { KG_PER_LB, parseLoad } from './progression.js';

export interface BestSet {
  date: IsoDate;
  load: string | null;
  reps: number;
  sets: number;
  total_reps: number;
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
}

/** Comparable number for a load: kg (lb converted), bodyweight as 0 plus any added load. */
export function loadValue(load: string | undefined | null): number {
  const parsed = load ? parseLoad(load) : null;
  if (!parsed) return 0;
  return parsed.unit === 'lb' ? parsed.value * KG_PER_LB : parsed.value;
}

function better(a: BestSet, b: BestSet): boolean {
  const la = loadValue(a.load);
  const lb = loadValue(b.load);
  return la > lb || (la === lb && a.reps > b.reps);
}

export function bestSets(sessions: { date: IsoDate; exercises: ExerciseActual[] }[]): Map<string, BestSet> {
  const out = new Map<string, BestSet>();
  for (const s of sessions) {
    for (const e of s.exercises) {
      if (!e.reps.length) continue;
      const candidate: BestSet = { date: s.date, load: e.load ?? null, reps: Math.max(...e.reps), sets: e.sets, total_reps: e.reps.reduce((a, b) => a + b, 0) };
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
  const dr = current.reps - previous.reps;
  return dr === 0 ? 'same' : `${dr > 0 ? '+' : ''}${dr} reps`;
}

export function comparePeriods(
  periods: { period: string; from: IsoDate; to: IsoDate; sessions: { date: IsoDate; exercises: ExerciseActual[] }[] }[],
): PeriodComparison[] {
  const names = new Map<string, string>();
  for (const p of periods) for (const s of p.sessions) for (const e of s.exercises) names.set(e.exercise.toLowerCase(), names.get(e.exercise.toLowerCase()) ?? e.exercise);
  const bests = periods.map((p) => bestSets(p.sessions));
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
  }));
}
