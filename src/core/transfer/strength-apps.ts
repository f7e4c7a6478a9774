// Workouts from strength-app CSV exports (SPEC §4 import --from strong|hevy): one row
// per set, grouped into workouts by start time, each workout a completed session on
// its date with its exercise actuals.
//
// Column layouts, as those apps export them (read from open-source parsers of them):
// - Strong: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,
//   Seconds,Notes,Workout Notes,RPE` (github.com/mwcaisse/strong-data-viz
//   src/models/StrongExportRow.ts); older exports are `;`-separated and add `Weight Unit`
//   and `Distance Unit` (github.com/mtanzim/vis-strong-go README). Date is
//   "YYYY-MM-DD HH:MM:SS"; "Set Order" is a number, or W/D/F for warm-up/drop/failure sets
//   in newer versions; without `Weight Unit` the weight is in kg.
// - Hevy: `title,start_time,end_time,description,exercise_title,superset_id,
//   exercise_notes,set_index,set_type,weight_kg|weight_lbs,reps,distance_km|distance_miles,
//   duration_seconds,rpe` (github.com/Jake-Leicht/Hevy-Dashboard-App
//   src/utils/interfaces/interfaces.ts; github.com/multiplex55/Multi_Hevy_Workout_Dashboard
//   README). start_time is "26 Jul 2025, 07:06"; set_type `warmup` marks warm-up sets.
import { isIsoDate, type IsoDate } from '../dates.js';
import type { ImportProblem } from './validate.js';

export type StrengthApp = 'strong' | 'hevy';

export interface SetActual {
  exercise: string;
  reps: number;
  /** e.g. "82.5kg"; absent for body-weight sets with no weight. */
  load?: string;
  rpe?: number;
}

export interface ExerciseImport {
  exercise: string;
  sets: number;
  reps: number[];
  load?: string;
  rpe?: number[];
  source: StrengthApp;
}

export interface Workout {
  /** The workout's start as written (its identity in the file). */
  start: string;
  date: IsoDate;
  title: string;
  minutes: number;
  exercises: ExerciseImport[];
}

export const REQUIRED_COLUMNS: Record<StrengthApp, string[]> = {
  strong: ['Date', 'Workout Name', 'Exercise Name', 'Set Order', 'Weight', 'Reps'],
  hevy: ['title', 'start_time', 'end_time', 'exercise_title', 'set_index', 'set_type', 'reps'],
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar date of an app's timestamp, or null when it is not one. */
export function workoutDate(app: StrengthApp, text: string): IsoDate | null {
  const t = text.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})[ T]/.exec(`${t} `);
  if (iso && isIsoDate(iso[1]!)) return iso[1]!;
  if (app === 'hevy') {
    const m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})/.exec(t);
    const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
    if (m && month >= 0) {
      const date = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
      return isIsoDate(date) ? date : null;
    }
  }
  return null;
}

/** Minutes from Strong's "1h 5m" / "45m" / "3600" or from Hevy's start and end, else 0. */
function strongMinutes(text: string | undefined): number {
  if (!text) return 0;
  if (/^\d+$/.test(text.trim())) return Math.round(Number(text) / 60);
  const h = /(\d+)\s*h/.exec(text);
  const m = /(\d+)\s*m(?!s)/.exec(text);
  return (h ? Number(h[1]) * 60 : 0) + (m ? Number(m[1]) : 0);
}

function hevyMinutes(start: string, end: string | undefined): number {
  const clock = (t: string | undefined) => {
    const m = t ? /(\d{1,2}):(\d{2})\s*$/.exec(t.trim()) : null;
    return m ? Number(m[1]) * 60 + Number(m[2]) : null;
  };
  const a = clock(start);
  const b = clock(end);
  if (a === null || b === null) return 0;
  return b >= a ? b - a : b + 24 * 60 - a;
}

const numberOrNull = (text: string | undefined): number | null => {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
};

/** A load with its unit: "82.5kg". */
const loadText = (value: number, unit: string) => `${Number(value.toFixed(3))}${unit}`;

/**
 * Workouts from the parsed records (one object per row, keyed by the header), or the
 * problems found, each naming the row (1 = the header line) and the column.
 */
export function readWorkouts(app: StrengthApp, header: string[], records: Record<string, string>[]): { workouts: Workout[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const missing = REQUIRED_COLUMNS[app].filter((c) => !header.includes(c));
  if (app === 'hevy' && !header.includes('weight_kg') && !header.includes('weight_lbs')) missing.push('weight_kg');
  if (missing.length)
    return {
      workouts: [],
      problems: missing.map((c) => ({
        record: 'the header',
        field: c,
        message: `column is missing (a ${app} export has ${REQUIRED_COLUMNS[app].join(', ')})`,
      })),
    };

  const workouts = new Map<string, Workout>();
  records.forEach((r, i) => {
    const record = `row ${i + 2}`;
    const start = (app === 'strong' ? r.Date : r.start_time) ?? '';
    const date = workoutDate(app, start);
    if (!date) {
      problems.push({ record, field: app === 'strong' ? 'Date' : 'start_time', message: `"${start}" is not a date this importer reads` });
      return;
    }
    const exercise = (app === 'strong' ? r['Exercise Name'] : r.exercise_title)?.trim() ?? '';
    if (!exercise) {
      problems.push({ record, field: app === 'strong' ? 'Exercise Name' : 'exercise_title', message: 'is empty' });
      return;
    }
    const warmup = app === 'strong' ? /^w/i.test(r['Set Order'] ?? '') : r.set_type === 'warmup';
    const reps = numberOrNull(app === 'strong' ? r.Reps : r.reps);
    const weightColumn = app === 'strong' ? 'Weight' : header.includes('weight_kg') ? 'weight_kg' : 'weight_lbs';
    const weight = numberOrNull(r[weightColumn]);
    const rpe = numberOrNull(app === 'strong' ? r.RPE : r.rpe);
    if (reps !== null && (!Number.isInteger(reps) || reps < 0 || reps > 1000))
      problems.push({ record, field: app === 'strong' ? 'Reps' : 'reps', message: `"${app === 'strong' ? r.Reps : r.reps}" is not a whole number of reps` });
    if (weight !== null && (Number.isNaN(weight) || weight < 0))
      problems.push({ record, field: weightColumn, message: `"${r[weightColumn]}" is not a weight` });
    if (rpe !== null && (Number.isNaN(rpe) || rpe < 0 || rpe > 10))
      problems.push({ record, field: app === 'strong' ? 'RPE' : 'rpe', message: `"${app === 'strong' ? r.RPE : r.rpe}" is not accepted (RPE from 0 to 10)` });
    const unit =
      app === 'strong' ? ((r['Weight Unit'] ?? 'kg').trim().toLowerCase().startsWith('lb') ? 'lb' : 'kg') : weightColumn === 'weight_lbs' ? 'lb' : 'kg';

    let w = workouts.get(start);
    if (!w) {
      const title = (app === 'strong' ? r['Workout Name'] : r.title) ?? '';
      const minutes = app === 'strong' ? strongMinutes(r.Duration) : hevyMinutes(start, r.end_time);
      workouts.set(start, (w = { start, date, title, minutes, exercises: [] }));
    }
    // Warm-up sets and rows without reps (cardio rows, timed holds) are not work sets.
    if (warmup || reps === null || Number.isNaN(reps)) return;
    const set: SetActual = { exercise, reps, ...(weight ? { load: loadText(weight, unit) } : {}), ...(rpe !== null && !Number.isNaN(rpe) ? { rpe } : {}) };
    let e = w.exercises.find((x) => x.exercise === exercise);
    if (!e) w.exercises.push((e = { exercise, sets: 0, reps: [], source: app }));
    e.sets++;
    e.reps.push(set.reps);
    // The heaviest load of the exercise stands for it (ExerciseActual holds one load).
    if (set.load && (!e.load || Number.parseFloat(set.load) > Number.parseFloat(e.load))) e.load = set.load;
    if (set.rpe !== undefined) e.rpe = [...(e.rpe ?? []), set.rpe];
  });
  return { workouts: [...workouts.values()], problems };
}
