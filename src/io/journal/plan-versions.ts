// The plan versions each assignment has used, with the date from which each applied
// (SPEC §3; migration v3). Rows are kept in the order they were recorded.
import type { IsoDate } from '../../core/dates.js';
import type { PlanVersionSpan } from '../../core/plan/versions.js';
import { stmt, type Db } from './open.js';

/**
 * The versions recorded for an assignment, oldest first. (A journal from before v3 never
 * gets here: reading commands refuse it and writing commands migrate it first.)
 */
export function planVersionSpans(db: Db, assignmentId: number): PlanVersionSpan[] {
  const rows = stmt(db, 'SELECT plan_hash, from_date FROM assignment_plan_versions WHERE assignment_id = ? ORDER BY id').all(assignmentId) as {
    plan_hash: string;
    from_date: string;
  }[];
  return rows.map((r) => ({ hash: r.plan_hash, from: r.from_date }));
}

/** Record that `hash` applies from `from`, unless it is already the latest version recorded. */
export function recordPlanVersionSpan(db: Db, v: { assignmentId: number; hash: string; from: IsoDate }): boolean {
  const latest = stmt(db, 'SELECT plan_hash FROM assignment_plan_versions WHERE assignment_id = ? ORDER BY id DESC LIMIT 1').get(v.assignmentId) as
    | { plan_hash: string }
    | undefined;
  if (latest?.plan_hash === v.hash) return false;
  stmt(db, 'INSERT INTO assignment_plan_versions (assignment_id, plan_hash, from_date, created_at) VALUES (?, ?, ?, ?)').run(
    v.assignmentId,
    v.hash,
    v.from,
    new Date().toISOString(),
  );
  return true;
}
