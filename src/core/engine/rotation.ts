// Rotations in a log (SPEC §4 `detect`: "the session contents repeat in a fixed
// rotation"). Sessions are grouped into workouts by what was in them, then each
// workout's usual successor is found: A→B, B→A is an A/B rotation, whatever days of
// the week it fell on. Following successors from the last session gives the cycle,
// starting with the workout that is due next. A workout appears once per cycle (A/B,
// A/B/C, push/pull/legs); an A-A-B cycle reads as A/B, which is close enough to edit.
import type { IsoDate } from '../dates.js';
import type { TrainingType } from '../plan/vocabulary.js';
import type { ExerciseActual } from './exercise-spec.js';

export interface TrainingSession {
  date: IsoDate;
  type: TrainingType;
  minutes: number;
  exercises: ExerciseActual[];
}

/** Two sessions are the same workout when their exercise names overlap this much (Jaccard). */
export const SAME_WORKOUT = 0.5;
/** Longest cycle proposed: a week of different workouts is already a lot to follow. */
export const MAX_CYCLE = 7;

export interface Workout {
  type: TrainingType;
  /** Exercise names of the session that started the group. */
  exercises: string[];
  sessions: TrainingSession[];
}

export interface Rotation {
  workouts: Workout[];
  /** Workout index of each session, oldest first. */
  labels: number[];
  /** Workout indexes in rotation order, the one due next first. */
  cycle: number[];
  /** Share of transitions between consecutive sessions that follow the cycle. */
  share: number;
}

const namesOf = (s: TrainingSession) => new Set(s.exercises.map((e) => e.exercise.trim().toLowerCase()));

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  const union = a.size + b.size - both;
  return union ? both / union : 1;
}

/** Group sessions (oldest first) into workouts: same type and mostly the same exercises. */
export function groupWorkouts(sessions: TrainingSession[]): { workouts: Workout[]; labels: number[] } {
  const workouts: (Workout & { seed: Set<string> })[] = [];
  const labels = sessions.map((s) => {
    const names = namesOf(s);
    let index = workouts.findIndex((w) => w.type === s.type && (w.seed.size === 0) === (names.size === 0) && jaccard(w.seed, names) >= SAME_WORKOUT);
    if (index < 0) {
      index = workouts.length;
      workouts.push({ type: s.type, exercises: s.exercises.map((e) => e.exercise.trim()), sessions: [], seed: names });
    }
    workouts[index]!.sessions.push(s);
    return index;
  });
  return { workouts: workouts.map(({ seed: _, ...w }) => w), labels };
}

/**
 * Each workout's most common next workout. Ties go to a workout that was itself
 * followed by something (a lone session at the very end leads nowhere), then to the
 * most recent transition (the newer habit).
 */
function successors(labels: number[]): Map<number, { next: number; seen: number }> {
  const counts = new Map<number, Map<number, { n: number; last: number }>>();
  for (let i = 1; i < labels.length; i++) {
    const from = labels[i - 1]!;
    const next = counts.get(from) ?? new Map<number, { n: number; last: number }>();
    const c = next.get(labels[i]!) ?? { n: 0, last: 0 };
    next.set(labels[i]!, { n: c.n + 1, last: i });
    counts.set(from, next);
  }
  const leads = (x: number) => (counts.has(x) ? 1 : 0);
  const out = new Map<number, { next: number; seen: number }>();
  for (const [from, next] of counts) {
    const best = [...next.entries()].sort((a, b) => b[1].n - a[1].n || leads(b[0]) - leads(a[0]) || b[1].last - a[1].last)[0]!;
    out.set(from, { next: best[0], seen: best[1].n });
  }
  return out;
}

/** Follow successors from `start` until a workout repeats: the loop reached, or null. */
function loopFrom(start: number, succ: Map<number, { next: number }>): number[] | null {
  const walk: number[] = [];
  for (let x = succ.get(start)?.next; x !== undefined; x = succ.get(x)?.next) {
    const seen = walk.indexOf(x);
    if (seen >= 0) return walk.slice(seen);
    walk.push(x);
  }
  return null;
}

/** The rotation that best explains the log; null only for fewer than two sessions. */
export function detectRotation(sessions: TrainingSession[]): Rotation | null {
  if (sessions.length < 2) return null;
  const { workouts, labels } = groupWorkouts(sessions);
  const succ = successors(labels);
  // From the last session, the cycle starts with the workout due next. When that
  // session leads nowhere, an earlier one is the starting point.
  let cycle: number[] | null = null;
  for (let i = labels.length - 1; i >= 0 && !cycle; i--) cycle = loopFrom(labels[i]!, succ);
  // No usable loop (every session different, or a loop too long to follow): the most
  // frequent workouts in the order first done, from the one after the last session.
  // Its share is then about nil, and says so.
  if (!cycle || cycle.length > MAX_CYCLE) {
    const order = workouts
      .map((w, i) => ({ i, n: w.sessions.length }))
      .sort((a, b) => b.n - a.n || a.i - b.i)
      .slice(0, MAX_CYCLE)
      .map((x) => x.i)
      .sort((a, b) => a - b);
    const last = labels[labels.length - 1]!;
    const next = order.findIndex((i) => i > last);
    cycle = next < 0 ? order : [...order.slice(next), ...order.slice(0, next)];
  }
  // A transition is evidence of a fixed rotation only when it happened at least twice:
  // one A→B is a coincidence, not yet a habit.
  const inCycle = new Set(cycle);
  let follows = 0;
  for (let i = 1; i < labels.length; i++) {
    const s = succ.get(labels[i - 1]!);
    if (s && inCycle.has(labels[i - 1]!) && s.next === labels[i] && s.seen >= 2) follows++;
  }
  return { workouts, labels, cycle, share: Math.round((follows / (labels.length - 1)) * 100) / 100 };
}
