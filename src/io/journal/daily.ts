// The daily record: check-ins, logged sessions and events.
import type { ExerciseActual } from '../../core/engine/exercise-spec.js';
import type { Signals } from '../../core/engine/status.js';
import type { PlannedSession } from '../../core/plan/resolve.js';
import { stmt, type Db } from './open.js';

const now = () => new Date().toISOString();

export interface CheckinRow extends Signals {
  id: number;
  athlete_id: string;
  date: string;
  flags: string;
  note: string | null;
  status: string;
  superseded: number;
  created_at: string;
}

export interface SessionRow {
  id: number;
  athlete_id: string;
  date: string;
  assignment_id: number | null;
  plan_hash: string | null;
  planned: string | null;
  planned_type: string | null;
  planned_minutes: number | null;
  planned_stage: string | null;
  current_stage: string | null;
  actual_type: string;
  actual_minutes: number;
  status: 'completed' | 'adapted' | 'skipped' | 'rest';
  rpe: number | null;
  energy: number | null;
  exercises: string;
  note: string | null;
  symptoms: string | null;
  adapted_for_symptoms: number;
  adaptation: string | null;
  seq_index: number | null;
  idempotency_key: string | null;
  replaced: number;
  created_at: string;
}

// The JSON columns of the daily record, decoded here and nowhere else (STYLE habit 10):
// they hold what regimen itself wrote with JSON.stringify, so they are read as written.

/** A check-in's symptom flags (`checkins.flags`). */
export function checkinFlags(row: Pick<CheckinRow, 'flags'>): string[] {
  return JSON.parse(row.flags) as string[];
}

/** What a logged session did, exercise by exercise (`sessions.exercises`). */
export function sessionExercises(row: Pick<SessionRow, 'exercises'>): ExerciseActual[] {
  return JSON.parse(row.exercises) as ExerciseActual[];
}

/** The session planned for the day as it stood when logged (`sessions.planned`), or null. */
export function sessionPlanned(row: Pick<SessionRow, 'planned'>): PlannedSession | null {
  return row.planned ? (JSON.parse(row.planned) as PlannedSession) : null;
}

/** The check-in a session was logged under (`sessions.symptoms`: status, signals, flags), or null. */
export function sessionSymptoms(row: Pick<SessionRow, 'symptoms'>): { status: string; signals: Signals; flags: string[] } | null {
  return row.symptoms ? (JSON.parse(row.symptoms) as { status: string; signals: Signals; flags: string[] }) : null;
}

export interface EventRow {
  id: number;
  athlete_id: string;
  date: string;
  type: string;
  site: string | null;
  note: string | null;
}

export function currentCheckin(db: Db, athlete: string, date: string): CheckinRow | undefined {
  return stmt(db, 'SELECT * FROM checkins WHERE athlete_id = ? AND date = ? AND superseded = 0').get(athlete, date) as CheckinRow | undefined;
}

export function checkinsBetween(db: Db, athlete: string, from: string, to: string): CheckinRow[] {
  return stmt(db, 'SELECT * FROM checkins WHERE athlete_id = ? AND date BETWEEN ? AND ? AND superseded = 0 ORDER BY date').all(
    athlete,
    from,
    to,
  ) as CheckinRow[];
}

/** A second check-in on a date supersedes the first; the first stays in history. */
export function insertCheckin(db: Db, c: { athlete: string; date: string; signals: Signals; flags: string[]; note?: string; status: string }): number {
  stmt(db, 'UPDATE checkins SET superseded = 1 WHERE athlete_id = ? AND date = ? AND superseded = 0').run(c.athlete, c.date);
  const s = c.signals;
  const info = db
    .prepare(
      'INSERT INTO checkins (athlete_id, date, fatigue, pain, anxiety, low_mood, qol, flags, note, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(c.athlete, c.date, s.fatigue, s.pain, s.anxiety, s.low_mood, s.qol, JSON.stringify(c.flags), c.note ?? null, c.status, now());
  return Number(info.lastInsertRowid);
}

export function currentSession(db: Db, athlete: string, date: string): SessionRow | undefined {
  return stmt(db, 'SELECT * FROM sessions WHERE athlete_id = ? AND date = ? AND replaced = 0').get(athlete, date) as SessionRow | undefined;
}

export function sessionByKey(db: Db, athlete: string, key: string): SessionRow | undefined {
  return stmt(db, 'SELECT * FROM sessions WHERE athlete_id = ? AND idempotency_key = ?').get(athlete, key) as SessionRow | undefined;
}

export function sessionsBetween(db: Db, athlete: string, from: string, to: string): SessionRow[] {
  return stmt(db, 'SELECT * FROM sessions WHERE athlete_id = ? AND date BETWEEN ? AND ? AND replaced = 0 ORDER BY date').all(athlete, from, to) as SessionRow[];
}

/** The latest logged session (before `before`) that includes the exercise under a name matched to the plan. */
export function lastWithExercise(db: Db, athlete: string, exercise: string, before: string): SessionRow | undefined {
  return stmt(
    db,
    "SELECT * FROM sessions WHERE athlete_id = ? AND date < ? AND replaced = 0 AND exercises != '[]' AND EXISTS (SELECT 1 FROM json_each(sessions.exercises) WHERE json_extract(value, '$.exercise') = ? COLLATE NOCASE AND IFNULL(json_extract(value, '$.matched'), 1) = 1) ORDER BY date DESC LIMIT 1",
  ).get(athlete, before, exercise) as SessionRow | undefined;
}

export type NewSession = Omit<SessionRow, 'id' | 'replaced' | 'created_at'>;

export function insertSession(db: Db, s: NewSession): number {
  const info = db
    .prepare(
      `INSERT INTO sessions (athlete_id, date, assignment_id, plan_hash, planned, planned_type, planned_minutes, planned_stage, current_stage,
        actual_type, actual_minutes, status, rpe, energy, exercises, note, symptoms, adapted_for_symptoms, adaptation, seq_index, idempotency_key, created_at)
       VALUES (@athlete_id, @date, @assignment_id, @plan_hash, @planned, @planned_type, @planned_minutes, @planned_stage, @current_stage,
        @actual_type, @actual_minutes, @status, @rpe, @energy, @exercises, @note, @symptoms, @adapted_for_symptoms, @adaptation, @seq_index, @idempotency_key, @created_at)`,
    )
    .run({ ...s, created_at: now() });
  return Number(info.lastInsertRowid);
}

export function markReplaced(db: Db, id: number): void {
  stmt(db, 'UPDATE sessions SET replaced = 1 WHERE id = ?').run(id);
}

export function insertEvent(db: Db, e: { athlete: string; date: string; type: string; site: string | null; note: string | null }): number {
  const info = stmt(db, 'INSERT INTO events (athlete_id, date, type, site, note, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    e.athlete,
    e.date,
    e.type,
    e.site,
    e.note,
    now(),
  );
  return Number(info.lastInsertRowid);
}

export function eventsBetween(db: Db, athlete: string, from: string, to: string): EventRow[] {
  return stmt(db, 'SELECT * FROM events WHERE athlete_id = ? AND date BETWEEN ? AND ? ORDER BY date, id').all(athlete, from, to) as EventRow[];
}
