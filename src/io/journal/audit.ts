// The append-only audit trail (SPEC §6.5): who changed what, when. Triggers in the
// schema reject UPDATE and DELETE on this table.
import { userInfo } from 'node:os';
import { stmt, type Db } from './open.js';

export function actorName(env: NodeJS.ProcessEnv): string {
  if (env.REGIMEN_ACTOR) return env.REGIMEN_ACTOR;
  try {
    return userInfo().username;
  } catch {
    return env.USER || 'unknown';
  }
}

export interface AuditRow {
  id: number;
  at: string;
  athlete_id: string | null;
  action: string;
  actor: string;
  details: string;
}

/** `entry.at`: the clock's time (io/clock.ts clockTimestamp); the real moment when not given. */
export function appendAudit(db: Db, entry: { athlete: string | null; action: string; actor: string; details: unknown; at?: string }): void {
  stmt(db, 'INSERT INTO audit (at, athlete_id, action, actor, details) VALUES (?, ?, ?, ?, ?)').run(
    entry.at ?? new Date().toISOString(),
    entry.athlete,
    entry.action,
    entry.actor,
    JSON.stringify(entry.details),
  );
}

export function listAudit(db: Db, athlete?: string): AuditRow[] {
  return athlete
    ? (stmt(db, 'SELECT * FROM audit WHERE athlete_id = ? ORDER BY id').all(athlete) as AuditRow[])
    : (stmt(db, 'SELECT * FROM audit ORDER BY id').all() as AuditRow[]);
}
