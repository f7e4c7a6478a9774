// `regimen detect` (SPEC §4): turn what the person actually did into a plan. Pure:
// the logged sessions, the window's last day and its length in weeks are arguments.
//
// Two readings of the same log, the weekly one first:
// - weekday pattern: over the N weeks ending on `to` (N × 7 days, so every weekday
//   occurs exactly N times), a weekday is a template day when a session was logged on
//   it in at least half of the weeks; its type is the most common one there (a tie goes
//   to the type logged there most recently: the newer habit); its share is the
//   fraction of weeks with a session of that type. Overall confidence is how well the
//   template and the log overlap: hits / (template slots + sessions it does not explain).
// - rotation (only when that confidence is below 0.5): sessions are grouped into
//   workouts by their exercises, and the sequence of workouts is searched for the
//   shortest period that repeats. Its confidence is the share of sessions that match
//   the session one period earlier.
import { addDays, daysBetween, weekdayIndex, WEEKDAYS, type IsoDate, type Weekday } from '../dates.js';
import type { ItemInput, PlanInput, SessionInput } from '../plan/schema.js';
import { isTrainingType, LOAD_PATTERN, TRAINING_TYPES, typeWord, type TrainingType } from '../plan/vocabulary.js';
import type { ExerciseActual } from './exercise-spec.js';
import { detectRotation, type Rotation, type TrainingSession } from './rotation.js';

/** The thresholds of SPEC §4 `detect`, and the ones it leaves to us (marked). */
export const DETECT = {
  minSessions: 6,
  /** A weekday is a template day when logged in at least this share of the weeks. */
  templateWeekShare: 0.5,
  /** Below this weekly confidence, a rotation is looked for. */
  weeklyMinConfidence: 0.5,
  /** Ours: an exercise belongs to a session when it was logged in at least half of its sessions. */
  exerciseMinShare: 0.5,
  /** Ours: the first stage's min_weeks (the plan's default, SPEC §2). */
  minWeeks: 2,
} as const;

export interface LoggedSession {
  date: IsoDate;
  /** The actual type; `rest` and anything that is not a training type is not training. */
  type: string;
  minutes: number;
  exercises: ExerciseActual[];
}

export interface DetectOptions {
  weeks: number;
  /** The window's last day (the command's today). */
  to: IsoDate;
  athleteId?: string;
  athleteName?: string;
}

export interface WeekdayEvidence {
  weekday: Weekday;
  /** Weeks with any session on this weekday. */
  weeks: number;
  type: TrainingType | null;
  /** Weeks with a session of `type` on this weekday. */
  typeWeeks: number;
  /** typeWeeks over all weeks: the day's confidence. */
  share: number;
  template: boolean;
}

export interface SequenceDayEvidence {
  name: string;
  session: string;
  type: TrainingType;
  sessions: number;
  minutes: number | null;
  exercises: string[];
}

export interface SequenceEvidence {
  /** Share of sessions that follow the rotation. */
  share: number;
  days: SequenceDayEvidence[];
  /** Rest days placed after each workout: the usual gap between sessions, less one. */
  restDays: number;
}

export interface Detection {
  ok: true;
  confidence: number;
  sessions: number;
  /** First and last logged session used. */
  from: IsoDate;
  to: IsoDate;
  window: { from: IsoDate; to: IsoDate; weeks: number };
  schedule: 'weekly' | 'sequence';
  /** Weekly plans: the template days. Empty for a sequence. */
  days: Partial<Record<Weekday, { type: TrainingType; share: number }>>;
  /** All seven weekdays, for the evidence comment (days left out included). */
  weekdays: WeekdayEvidence[];
  weeklyConfidence: number;
  sequence?: SequenceEvidence;
  plan: PlanInput;
}

export interface TooFewSessions {
  ok: false;
  sessions: number;
  needed: number;
  window: { from: IsoDate; to: IsoDate; weeks: number };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Plan minutes are positive and at most 600 (SPEC §2 schema). */
function planMinutes(values: number[]): number | undefined {
  const m = median(values);
  return m === undefined || m <= 0 ? undefined : clamp(Math.round(m), 1, 600);
}

// ---------------------------------------------------------------------------------
// Weekday pattern

interface WeeklyReading {
  weekdays: WeekdayEvidence[];
  template: Partial<Record<Weekday, TrainingType>>;
  confidence: number;
}

export function readWeekdays(sessions: TrainingSession[], windowFrom: IsoDate, weeks: number): WeeklyReading {
  const weekdays: WeekdayEvidence[] = [];
  const template: Partial<Record<Weekday, TrainingType>> = {};
  let hits = 0;
  WEEKDAYS.forEach((weekday, w) => {
    const here = sessions.filter((s) => weekdayIndex(s.date) === w);
    const weekOf = (s: TrainingSession) => Math.floor(daysBetween(windowFrom, s.date) / 7);
    const anyWeeks = new Set(here.map(weekOf)).size;
    let best: { type: TrainingType; weeks: number; latest: IsoDate } | null = null;
    for (const type of TRAINING_TYPES) {
      const ofType = here.filter((s) => s.type === type);
      if (!ofType.length) continue;
      const candidate = { type, weeks: new Set(ofType.map(weekOf)).size, latest: ofType[ofType.length - 1]!.date };
      if (!best || candidate.weeks > best.weeks || (candidate.weeks === best.weeks && candidate.latest > best.latest)) best = candidate;
    }
    const isTemplate = best !== null && anyWeeks >= weeks * DETECT.templateWeekShare;
    if (isTemplate) {
      template[weekday] = best!.type;
      hits += best!.weeks;
    }
    weekdays.push({
      weekday,
      weeks: anyWeeks,
      type: best?.type ?? null,
      typeWeeks: best?.weeks ?? 0,
      share: best ? round2(best.weeks / weeks) : 0,
      template: isTemplate,
    });
  });
  const slots = Object.keys(template).length * weeks;
  const unexplained = sessions.length - hits;
  return { weekdays, template, confidence: slots ? round2(hits / (slots + unexplained)) : 0 };
}

// ---------------------------------------------------------------------------------
// Sessions and items from what was logged

const FALLBACK_EXERCISE: Record<TrainingType, string> = {
  strength: 'Strength training',
  aerobic: 'Walk',
  mixed: 'Mixed training',
  mind_body: 'Mobility and breathing',
};

interface ExerciseStats {
  name: string;
  sessions: number;
  positions: number[];
  sets: number[];
  reps: number[];
  load?: string;
  rirs: number[];
  /** Timed work: each logged session's total seconds (sets × duration). */
  seconds: number[];
  /** Distance work: the latest distance logged. */
  distance?: string;
  first: number;
}

/** One item per exercise logged in at least half of the sessions; else one block of minutes. */
export function itemsFrom(group: TrainingSession[], type: TrainingType): ItemInput[] {
  const withExercises = group.filter((s) => s.exercises.length);
  const stats = new Map<string, ExerciseStats>();
  let order = 0;
  withExercises.forEach((session) => {
    const seen = new Set<string>();
    session.exercises.forEach((e, position) => {
      const key = e.exercise.trim().toLowerCase();
      const s = stats.get(key) ?? { name: e.exercise.trim(), sessions: 0, positions: [], sets: [], reps: [], rirs: [], seconds: [], first: order++ };
      if (!seen.has(key)) s.sessions++;
      seen.add(key);
      // Sessions come oldest first, so the last value seen is the latest.
      s.name = e.exercise.trim();
      s.positions.push(position);
      s.sets.push(e.sets);
      const reps = median(e.reps);
      if (reps !== undefined) s.reps.push(reps);
      if (e.seconds?.length) s.seconds.push(e.seconds.reduce((a, b) => a + b, 0));
      if (e.distance !== undefined) s.distance = e.distance;
      if (e.load !== undefined && LOAD_PATTERN.test(e.load)) s.load = e.load;
      if (e.rir !== undefined) s.rirs.push(e.rir);
      stats.set(key, s);
    });
  });
  const kept = [...stats.values()]
    .filter((s) => s.sessions >= withExercises.length * DETECT.exerciseMinShare)
    .sort((a, b) => median(a.positions)! - median(b.positions)! || a.first - b.first);
  if (!kept.length) {
    const minutes = planMinutes(group.map((s) => s.minutes));
    const note = `Detected from ${group.length} logged ${typeWord(type)} session${group.length === 1 ? '' : 's'}; rename it to what you do.`;
    return [{ exercise: FALLBACK_EXERCISE[type], ...(minutes !== undefined ? { minutes } : {}), note }];
  }
  return kept.map((s) => {
    const item: ItemInput = { exercise: s.name, sets: clamp(Math.round(median(s.sets)!), 1, 20) };
    const reps = median(s.reps);
    if (reps !== undefined && Math.round(reps) >= 1) item.reps = clamp(Math.round(reps), 1, 1000);
    // Timed and distance work become minutes and distance items (SPEC §2 item fields),
    // not sets of nothing: "Brisk walk: 20min" → minutes 20, "Easy run: 5km" → distance 5km.
    const seconds = median(s.seconds);
    if (seconds !== undefined && !item.reps) item.minutes = clamp(Math.round(seconds / 60), 1, 600);
    if (s.distance !== undefined && !item.reps) item.distance = s.distance;
    if (s.load !== undefined) item.load = s.load;
    const rir = median(s.rirs);
    // Logs accept RIR up to 10; a plan's target is 0–5.
    if (rir !== undefined) item.rir = clamp(Math.round(rir), 0, 5);
    return item;
  });
}

function stageMinutes(groups: Map<TrainingType, TrainingSession[]>): Partial<Record<TrainingType, number>> {
  const out: Partial<Record<TrainingType, number>> = {};
  for (const type of TRAINING_TYPES) {
    const m = planMinutes((groups.get(type) ?? []).map((s) => s.minutes));
    if (m !== undefined) out[type] = m;
  }
  return out;
}

const listWords = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);
const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function planHeader(opts: DetectOptions): Pick<PlanInput, 'schema' | 'id' | 'name'> {
  const slug = (opts.athleteId ?? opts.athleteName ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return {
    schema: 'regimen/v1',
    id: slug ? `detected-${slug}` : 'detected',
    name: opts.athleteName ? `Detected plan for ${opts.athleteName}` : 'Detected plan',
  };
}

function weeklyPlan(reading: WeeklyReading, sessions: TrainingSession[], opts: DetectOptions, evidence: string): PlanInput {
  const groups = new Map<TrainingType, TrainingSession[]>();
  for (const s of sessions) {
    const type = reading.template[WEEKDAYS[weekdayIndex(s.date)]!];
    if (type !== undefined && s.type === type) groups.set(type, [...(groups.get(type) ?? []), s]);
  }
  const week_template: Record<string, TrainingType> = {};
  for (const wd of WEEKDAYS) if (reading.template[wd]) week_template[wd] = reading.template[wd]!;
  const sessionsOut: Record<string, SessionInput> = {};
  for (const type of TRAINING_TYPES) {
    const group = groups.get(type);
    if (group) sessionsOut[type] = { standard: itemsFrom(group, type) };
  }
  const byType = TRAINING_TYPES.filter((t) => groups.has(t)).map(
    (t) => `${typeWord(t)} on ${listWords(WEEKDAYS.filter((wd) => reading.template[wd] === t).map(capital))}`,
  );
  return {
    ...planHeader(opts),
    description: `Detected by regimen detect from ${evidence}: ${byType.join('; ')}. It repeats the weeks you have had; edit it freely, and a lighter day or a rest day is always fine.`,
    schedule: 'weekly',
    week_template,
    stages: [{ id: 'DETECTED', description: 'What you have been doing lately, kept steady.', minutes: stageMinutes(groups), min_weeks: DETECT.minWeeks }],
    sessions: sessionsOut,
  };
}

function sequencePlan(rotation: Rotation, sessions: TrainingSession[], opts: DetectOptions, evidence: string): { plan: PlanInput; sequence: SequenceEvidence } {
  // Training days wait for the athlete and rest days pass by themselves (SPEC §4 `log`),
  // so rest entries only set the usual spacing: the median gap between sessions, less one.
  const gaps = sessions.slice(1).map((s, i) => daysBetween(sessions[i]!.date, s.date));
  let restDays = clamp(Math.round(median(gaps) ?? 1) - 1, 0, 6);
  while (rotation.cycle.length * (1 + restDays) > 30) restDays--;

  // Workouts with exercises are Workout A, B, …; one without is named after its type.
  // Letters follow the order the workouts were first done, not the cycle's order,
  // which moves on with every session logged.
  const named = new Map<number, { name: string; session: string }>();
  let letter = 0;
  for (const id of [...new Set(rotation.cycle)].sort((a, b) => a - b)) {
    const w = rotation.workouts[id]!;
    if (w.exercises.length) {
      const l = String.fromCharCode(97 + letter++);
      named.set(id, { name: `Workout ${l.toUpperCase()}`, session: `workout_${l}` });
    } else named.set(id, { name: capital(typeWord(w.type)), session: w.type });
  }
  const groups = new Map<TrainingType, TrainingSession[]>();
  for (const id of new Set(rotation.cycle)) {
    const w = rotation.workouts[id]!;
    groups.set(w.type, [...(groups.get(w.type) ?? []), ...w.sessions]);
  }
  const minutes = stageMinutes(groups);
  const days: NonNullable<PlanInput['days']> = [];
  const sessionsOut: Record<string, SessionInput> = {};
  const evidenceDays: SequenceDayEvidence[] = [];
  for (const id of rotation.cycle) {
    const w = rotation.workouts[id]!;
    const { name, session } = named.get(id)!;
    const own = planMinutes(w.sessions.map((s) => s.minutes));
    days.push({ name, type: w.type, session, ...(own !== undefined && own !== minutes[w.type] ? { minutes: own } : {}) });
    for (let r = 0; r < restDays; r++) days.push({ name: 'Rest', type: 'rest' });
    if (!sessionsOut[session]) {
      sessionsOut[session] = { ...(session !== w.type ? { type: w.type } : {}), standard: itemsFrom(w.sessions, w.type) };
      evidenceDays.push({ name, session, type: w.type, sessions: w.sessions.length, minutes: own ?? null, exercises: w.exercises });
    }
  }
  const workouts = listWords(evidenceDays.map((d) => d.name));
  const rest = restDays ? `, each followed by ${plural(restDays, 'rest day')}` : '';
  return {
    plan: {
      ...planHeader(opts),
      description: `Detected by regimen detect from ${evidence}: ${workouts} in a fixed rotation${rest}. A training day waits for you and rest days pass by themselves, so any days of the week work; a lighter day or a rest day is always fine.`,
      schedule: 'sequence',
      days,
      stages: [{ id: 'DETECTED', description: 'What you have been doing lately, kept steady.', minutes, min_weeks: DETECT.minWeeks }],
      sessions: sessionsOut,
    },
    sequence: { share: rotation.share, days: evidenceDays, restDays },
  };
}

// ---------------------------------------------------------------------------------

/** SPEC §4 `detect`: the plan the log describes, or how many more sessions are needed. */
export function detectPlan(logged: LoggedSession[], opts: DetectOptions): Detection | TooFewSessions {
  const window = { from: addDays(opts.to, -7 * opts.weeks + 1), to: opts.to, weeks: opts.weeks };
  const sessions: TrainingSession[] = logged
    .flatMap((s) => (isTrainingType(s.type) && s.date >= window.from && s.date <= window.to ? [{ ...s, type: s.type }] : []))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (sessions.length < DETECT.minSessions) return { ok: false, sessions: sessions.length, needed: DETECT.minSessions - sessions.length, window };

  const from = sessions[0]!.date;
  const to = sessions[sessions.length - 1]!.date;
  const evidence = `${sessions.length} sessions logged ${from} to ${to}`;
  const weekly = readWeekdays(sessions, window.from, opts.weeks);
  const hasTemplate = Object.keys(weekly.template).length > 0;
  const base = { ok: true as const, sessions: sessions.length, from, to, window, weekdays: weekly.weekdays, weeklyConfidence: weekly.confidence };

  if (weekly.confidence < DETECT.weeklyMinConfidence) {
    const rotation = detectRotation(sessions);
    // A weak weekly reading gives way to a rotation that explains the log better; a
    // weekly plan with no days at all is no plan, so then the rotation is used anyway.
    if (rotation && (rotation.share > weekly.confidence || !hasTemplate)) {
      const { plan, sequence } = sequencePlan(rotation, sessions, opts, evidence);
      return { ...base, confidence: rotation.share, schedule: 'sequence', days: {}, sequence, plan };
    }
  }
  const days: Detection['days'] = {};
  for (const d of weekly.weekdays) if (d.template) days[d.weekday] = { type: d.type!, share: d.share };
  return { ...base, confidence: weekly.confidence, schedule: 'weekly', days, plan: weeklyPlan(weekly, sessions, opts, evidence) };
}
