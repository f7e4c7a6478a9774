// The audit trail's hash chain and append-only guards (SPEC §3 v1.1): the one way an
// audit event is written (appendChainedEvent, inside the command's write transaction),
// the backfill run once on migration, and the check behind `audit --verify`.
import { createRequire } from 'node:module';
import { AUDIT_GENESIS, canonicalAuditJson } from '../../core/audit-canonical.js';
import type { AuditRow } from './audit.js';
import { type Db, stmt as prepared } from './statements.js';

// node:crypto loads on first use, not at every start (see hashText in athlete-state.ts).
const requireHere = createRequire(import.meta.url);

const APPEND_ONLY = "SELECT RAISE(ABORT, 'the audit trail is append-only: events cannot be changed or removed')";

/**
 * Triggers that refuse every statement changing or removing an event. UPDATE and DELETE
 * are refused outright; REPLACE (INSERT OR REPLACE) deletes the old row without running
 * DELETE triggers, so an insert that names an id already there is refused before it can
 * replace anything; and an event without its hash cannot be added.
 */
export const AUDIT_GUARDS: readonly { name: string; sql: string }[] = [
  { name: 'audit_append_only_update', sql: `CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit BEGIN ${APPEND_ONLY}; END` },
  { name: 'audit_append_only_delete', sql: `CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit BEGIN ${APPEND_ONLY}; END` },
  {
    name: 'audit_append_only_replace',
    sql: `CREATE TRIGGER audit_append_only_replace BEFORE INSERT ON audit WHEN NEW.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE id = NEW.id) BEGIN ${APPEND_ONLY}; END`,
  },
  {
    name: 'audit_hash_required',
    sql: "CREATE TRIGGER audit_hash_required BEFORE INSERT ON audit WHEN NEW.hash IS NULL BEGIN SELECT RAISE(ABORT, 'an audit event needs its chained hash'); END",
  },
];

export const AUDIT_GUARDS_SQL = AUDIT_GUARDS.map((g) => `${g.sql};`).join('\n');

/** An audit row as stored (one type for the chain and the listing: audit.ts's AuditRow). */
type StoredAuditEvent = AuditRow;

export function chainHash(previous: string, e: Pick<StoredAuditEvent, 'at' | 'athlete_id' | 'action' | 'actor' | 'details'>): string {
  const text = canonicalAuditJson({ time: e.at, athlete: e.athlete_id, action: e.action, actor: e.actor, payload: JSON.parse(e.details) as unknown });
  const { createHash } = requireHere('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(previous).update(text).digest('hex');
}

function previousHash(db: Db, athlete: string | null): string {
  const row = (
    athlete === null
      ? prepared(db, 'SELECT hash FROM audit WHERE athlete_id IS NULL ORDER BY id DESC LIMIT 1').get()
      : prepared(db, 'SELECT hash FROM audit WHERE athlete_id = ? ORDER BY id DESC LIMIT 1').get(athlete)
  ) as { hash: string | null } | undefined;
  return row?.hash ?? AUDIT_GENESIS;
}

export interface NewAuditEvent {
  at: string;
  athlete: string | null;
  action: string;
  actor: string;
  details: unknown;
}

/**
 * Append one event with its chained hash. It must run inside the caller's write
 * transaction (BEGIN IMMEDIATE): the previous hash is read and the event written under
 * one lock, so two processes can never chain onto the same event.
 */
export function appendChainedEvent(db: Db, e: NewAuditEvent): { id: number; hash: string } {
  if (!db.inTransaction) throw new Error('appendChainedEvent must run inside a write transaction');
  const row = { at: e.at, athlete_id: e.athlete, action: e.action, actor: e.actor, details: JSON.stringify(e.details ?? null) };
  const hash = chainHash(previousHash(db, e.athlete), row);
  const info = prepared(db, 'INSERT INTO audit (at, athlete_id, action, actor, details, hash) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.at,
    row.athlete_id,
    row.action,
    row.actor,
    row.details,
    hash,
  );
  return { id: Number(info.lastInsertRowid), hash };
}

/** Migration: compute the chain once over the events already there (guards are off while it runs). */
export function backfillAuditChain(db: Db): void {
  const last = new Map<string | null, string>();
  const update = db.prepare('UPDATE audit SET hash = ? WHERE id = ?');
  // all(), not iterate(): the connection cannot update while a read is still stepping.
  for (const row of db.prepare('SELECT * FROM audit ORDER BY id').all() as StoredAuditEvent[]) {
    const hash = chainHash(last.get(row.athlete_id) ?? AUDIT_GENESIS, row);
    update.run(hash, row.id);
    last.set(row.athlete_id, hash);
  }
}

export type AuditVerdict = { ok: true; events: number } | { ok: false; events: number; event: number | null; problems: string[] };

const squash = (sql: string) => sql.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();

/** The first event whose id or hash does not match, in words, or null. */
function firstBadEvent(db: Db): { event: number; problem: string } | null {
  const last = new Map<string | null, string>();
  let expected = 1;
  for (const row of db.prepare('SELECT * FROM audit ORDER BY id').iterate() as IterableIterator<StoredAuditEvent>) {
    if (row.id !== expected) {
      const problem =
        row.id > expected + 1
          ? `events ${expected}–${row.id - 1} are missing: deleted after they were written`
          : `event ${expected} is missing: deleted after it was written`;
      return { event: expected, problem };
    }
    let hash: string;
    try {
      hash = chainHash(last.get(row.athlete_id) ?? AUDIT_GENESIS, row);
    } catch {
      hash = '';
    }
    if (row.hash !== hash) {
      const what = `${row.at.slice(0, 19).replace('T', ' ')} ${row.action}${row.athlete_id ? ` of ${row.athlete_id}` : ''}`;
      return {
        event: row.id,
        problem: `event ${row.id} (${what}) does not match its hash: it, or an earlier event of the same chain, was changed after it was written`,
      };
    }
    last.set(row.athlete_id, row.hash);
    expected++;
  }
  return null;
}

/**
 * `audit --verify`: event ids run without a gap (they are never reused or skipped, so a
 * gap is a deleted event), every event's hash is the chain's hash over its content, and
 * the guards are all there as written. The first event that does not match is named.
 */
export function verifyAudit(db: Db): AuditVerdict {
  const events = (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
  const problems: string[] = [];
  const bad = firstBadEvent(db);
  if (bad) problems.push(bad.problem);
  const triggers = new Map(
    (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'").all() as { name: string; sql: string }[]).map((t) => [
      t.name,
      t.sql,
    ]),
  );
  for (const g of AUDIT_GUARDS) {
    const sql = triggers.get(g.name);
    if (sql === undefined) problems.push(`the append-only guard ${g.name} is missing: it was removed by another tool`);
    else if (squash(sql) !== squash(g.sql)) problems.push(`the append-only guard ${g.name} has been altered`);
  }
  return problems.length ? { ok: false, events, event: bad?.event ?? null, problems } : { ok: true, events };
}
