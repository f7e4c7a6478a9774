// The append-only audit trail (SPEC §3 v1.1, §6.5): who changed what, when. Guards in
// the schema refuse any statement that changes or removes an event, and each event's
// hash is chained to the previous one of its athlete (audit-chain.ts). appendAudit is
// the single way an audit event is written.
import { userInfo } from 'node:os';
import { appendChainedEvent } from './audit-chain.js';
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
  hash: string | null;
}

/** An event's details (`audit.details`), as appended. */
export function auditDetails(row: Pick<AuditRow, 'details'>): unknown {
  return JSON.parse(row.details) as unknown;
}

/**
 * Append one event (inside the command's write transaction). `entry.at`: the clock's time
 * (io/clock.ts clockTimestamp), always given: SPEC §4 (repair) has audit times come from
 * the clock, $REGIMEN_NOW included, so that a scripted week keeps its events in order.
 */
export function appendAudit(
  db: Db,
  entry: { athlete: string | null; action: string; actor: string; details: unknown; at: string },
): { id: number; hash: string } {
  return appendChainedEvent(db, { at: entry.at, athlete: entry.athlete, action: entry.action, actor: entry.actor, details: entry.details });
}

export function listAudit(db: Db, athlete?: string): AuditRow[] {
  return athlete
    ? (stmt(db, 'SELECT * FROM audit WHERE athlete_id = ? ORDER BY id').all(athlete) as AuditRow[])
    : (stmt(db, 'SELECT * FROM audit ORDER BY id').all() as AuditRow[]);
}
