// Athletes, their plan assignments (one active at a time) and stage history.
import { PLAN_MODEL_VERSION, type Plan } from '../../core/plan/model.js';
import { stmt, type Db } from './open.js';

export type AthleteStatus = 'prospect' | 'active' | 'inactive' | 'archived';
export type AssignmentStatus = 'draft' | 'active' | 'inactive';

export interface AthleteRow {
  id: string;
  name: string;
  status: AthleteStatus;
  created_at: string;
}

export interface AssignmentRow {
  id: number;
  athlete_id: string;
  plan_id: string;
  plan_path: string;
  plan_hash: string;
  plan_stat: string | null;
  status: AssignmentStatus;
  start_date: string;
  created_at: string;
}

export interface StageChangeRow {
  id: number;
  assignment_id: number;
  stage: string;
  effective_date: string;
  reason: string;
}

const now = () => new Date().toISOString();

export function getAthlete(db: Db, id: string): AthleteRow | undefined {
  return stmt(db, 'SELECT * FROM athletes WHERE id = ?').get(id) as AthleteRow | undefined;
}

export function listAthletes(db: Db): AthleteRow[] {
  return stmt(db, 'SELECT * FROM athletes ORDER BY id').all() as AthleteRow[];
}

export function insertAthlete(db: Db, a: { id: string; name: string; status: AthleteStatus }): void {
  stmt(db, 'INSERT INTO athletes (id, name, status, created_at) VALUES (?, ?, ?, ?)').run(a.id, a.name, a.status, now());
}

export function setAthleteStatus(db: Db, id: string, status: AthleteStatus): void {
  stmt(db, 'UPDATE athletes SET status = ? WHERE id = ?').run(status, id);
}

/** Store a plan version (idempotent) with its normalised form for fast reads. */
export function savePlanVersion(db: Db, v: { hash: string; planId: string; text: string; plan: Plan }): void {
  stmt(
    db,
    `INSERT INTO plan_versions (hash, plan_id, text, normalized, model_version, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (hash) DO UPDATE SET normalized = excluded.normalized, model_version = excluded.model_version
     WHERE plan_versions.model_version IS NOT excluded.model_version`,
  ).run(v.hash, v.planId, v.text, JSON.stringify(v.plan), PLAN_MODEL_VERSION, now());
}

export function planVersionText(db: Db, hash: string): string | undefined {
  return (stmt(db, 'SELECT text FROM plan_versions WHERE hash = ?').get(hash) as { text: string } | undefined)?.text;
}

/** The normalised plan stored for this exact text, if this program version normalised it. */
const parsedPlans = new Map<string, Plan>();

export function cachedPlan(db: Db, hash: string): Plan | undefined {
  // Many athletes share a plan version: parse each one once per run.
  const seen = parsedPlans.get(hash);
  if (seen) return seen;
  const row = stmt(db, 'SELECT normalized, model_version FROM plan_versions WHERE hash = ?').get(hash) as
    | { normalized: string | null; model_version: number | null }
    | undefined;
  if (!row?.normalized || row.model_version !== PLAN_MODEL_VERSION) return undefined;
  const plan = JSON.parse(row.normalized) as Plan;
  parsedPlans.set(hash, plan);
  return plan;
}

export function activeAssignment(db: Db, athlete: string): AssignmentRow | undefined {
  return stmt(db, "SELECT * FROM assignments WHERE athlete_id = ? AND status = 'active'").get(athlete) as AssignmentRow | undefined;
}

export function assignmentFor(db: Db, athlete: string, planId: string): AssignmentRow | undefined {
  return stmt(db, 'SELECT * FROM assignments WHERE athlete_id = ? AND plan_id = ?').get(athlete, planId) as AssignmentRow | undefined;
}

export function draftAssignment(db: Db, athlete: string): AssignmentRow | undefined {
  return stmt(db, "SELECT * FROM assignments WHERE athlete_id = ? AND status = 'draft' ORDER BY id DESC").get(athlete) as AssignmentRow | undefined;
}

export function insertAssignment(
  db: Db,
  a: { athlete: string; planId: string; planPath: string; planHash: string; status: AssignmentStatus; start: string },
): number {
  const info = db
    .prepare('INSERT INTO assignments (athlete_id, plan_id, plan_path, plan_hash, status, start_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(a.athlete, a.planId, a.planPath, a.planHash, a.status, a.start, now());
  return Number(info.lastInsertRowid);
}

export function updateAssignment(
  db: Db,
  id: number,
  fields: Partial<Pick<AssignmentRow, 'status' | 'start_date' | 'plan_path' | 'plan_hash' | 'plan_stat'>>,
): void {
  const keys = Object.keys(fields);
  if (!keys.length) return;
  stmt(db, `UPDATE assignments SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...fields, id });
}

export function stageChanges(db: Db, assignmentId: number): StageChangeRow[] {
  return stmt(db, 'SELECT * FROM stage_changes WHERE assignment_id = ? ORDER BY effective_date, id').all(assignmentId) as StageChangeRow[];
}

export function insertStageChange(db: Db, c: { assignmentId: number; stage: string; effectiveDate: string; reason: string }): void {
  stmt(db, 'INSERT INTO stage_changes (assignment_id, stage, effective_date, reason, created_at) VALUES (?, ?, ?, ?, ?)').run(
    c.assignmentId,
    c.stage,
    c.effectiveDate,
    c.reason,
    now(),
  );
}

export function lastActivity(db: Db, athlete: string): string | null {
  const row = db
    .prepare('SELECT max(d) AS d FROM (SELECT max(date) AS d FROM sessions WHERE athlete_id = ? UNION ALL SELECT max(date) FROM checkins WHERE athlete_id = ?)')
    .get(athlete, athlete) as { d: string | null };
  return row.d;
}

/** The latest date with a logged session on or before a date. */
export function lastLogOnOrBefore(db: Db, athlete: string, date: string): string | null {
  const row = db.prepare('SELECT max(date) AS d FROM sessions WHERE athlete_id = ? AND date <= ? AND replaced = 0').get(athlete, date) as { d: string | null };
  return row.d;
}
