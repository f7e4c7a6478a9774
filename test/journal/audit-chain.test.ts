// SPEC §3 v1.1 "tamper-evident audit", in-process on real journal files: no SQL
// statement changes or removes an event (REPLACE included), each event's hash is chained
// to the previous event of its athlete, `verifyAudit` names the first event that does not
// match, and journals from before get their chain once, on migration.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT_GENESIS, canonicalAuditJson } from '../../src/core/audit-canonical.js';
import { AUDIT_GUARDS, chainHash, verifyAudit } from '../../src/io/journal/audit-chain.js';
import { appendAudit, listAudit } from '../../src/io/journal/audit.js';
import { APPLICATION_ID, MIGRATIONS, runMigration, SCHEMA_VERSION } from '../../src/io/journal/migrations.js';
import { openJournal, writeTransaction, type Db } from '../../src/io/journal/open.js';

const dir = mkdtempSync(join(tmpdir(), 'regimen-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** A fresh journal with a few events of two athletes and one of no athlete. */
function journalWithEvents(): { path: string; db: Db } {
  const path = join(dir, `j${++n}.db`);
  const db = openJournal(path, { create: true });
  writeTransaction(db, () => {
    db.prepare("INSERT INTO athletes (id, name, status, created_at) VALUES ('me', 'Me', 'active', 'x'), ('ana', 'Ana', 'active', 'x')").run();
    appendAudit(db, { athlete: 'me', action: 'athlete.status_changed', actor: 'coach', details: { from: null, to: 'active' }, at: '2026-11-02T08:00:00.000Z' });
    appendAudit(db, {
      athlete: 'ana',
      action: 'athlete.status_changed',
      actor: 'coach',
      details: { from: null, to: 'active' },
      at: '2026-11-02T08:01:00.000Z',
    });
    appendAudit(db, {
      athlete: 'me',
      action: 'stage.changed',
      actor: 'coach',
      details: { from: 'FOUNDATIONS', to: 'BUILD_1', week: '2026-W46' },
      at: '2026-11-16T08:00:00.000Z',
    });
    appendAudit(db, { athlete: null, action: 'import.applied', actor: 'coach', details: { athletes: 2 }, at: '2026-11-17T08:00:00.000Z' });
    appendAudit(db, { athlete: 'me', action: 'repair.proposed', actor: 'coach', details: { proposal: 1 }, at: '2026-11-18T08:00:00.000Z' });
  });
  return { path, db };
}

describe('canonical JSON of an audit event', () => {
  it('sorts keys at every depth, keeps array order, has no whitespace', () => {
    expect(canonicalAuditJson({ time: 't', athlete: null, action: 'a', actor: 'x', payload: { b: [3, { z: 1, a: 2 }], a: 'é\n' } })).toBe(
      '{"action":"a","actor":"x","athlete":null,"payload":{"a":"é\\n","b":[3,{"a":2,"z":1}]},"time":"t"}',
    );
  });
  it('is the same whatever order the payload was written in', () => {
    const a = canonicalAuditJson({ time: 't', athlete: 'me', action: 'a', actor: 'x', payload: { from: 1, to: 2 } });
    const b = canonicalAuditJson({ time: 't', athlete: 'me', action: 'a', actor: 'x', payload: { to: 2, from: 1 } });
    expect(a).toBe(b);
  });
});

describe('the chain', () => {
  it('hashes each event over the previous hash of the same athlete; no athlete is its own chain', () => {
    const { db } = journalWithEvents();
    const rows = listAudit(db);
    db.close();
    const [me1, ana1, me2, none1, me3] = rows;
    expect(me1!.hash).toBe(chainHash(AUDIT_GENESIS, me1!));
    expect(ana1!.hash).toBe(chainHash(AUDIT_GENESIS, ana1!));
    expect(me2!.hash).toBe(chainHash(me1!.hash!, me2!));
    expect(none1!.hash).toBe(chainHash(AUDIT_GENESIS, none1!));
    expect(me3!.hash).toBe(chainHash(me2!.hash!, me3!));
    expect(new Set(rows.map((r) => r.hash)).size).toBe(5);
  });

  it('an intact journal verifies: ok with the number of events', () => {
    const { db } = journalWithEvents();
    expect(verifyAudit(db)).toEqual({ ok: true, events: 5 });
    db.close();
  });

  it('refuses to append outside a write transaction (the previous hash must be read under the lock)', () => {
    const { db } = journalWithEvents();
    expect(() => appendAudit(db, { athlete: 'me', action: 'x', actor: 'y', details: {}, at: '2026-11-19T08:00:00.000Z' })).toThrow(/write transaction/);
    db.close();
  });
});

describe('no SQL statement changes or removes an event', () => {
  const attacks: [string, string][] = [
    ['REPLACE with an existing id', "REPLACE INTO audit (id, at, athlete_id, action, actor, details, hash) VALUES (1, 'x', 'me', 'forged', 'x', '{}', 'h')"],
    [
      'INSERT OR REPLACE with an existing id',
      "INSERT OR REPLACE INTO audit (id, at, athlete_id, action, actor, details, hash) VALUES (3, 'x', 'me', 'forged', 'x', '{}', 'h')",
    ],
    ['REPLACE through rowid', "REPLACE INTO audit (rowid, at, athlete_id, action, actor, details, hash) VALUES (2, 'x', 'ana', 'forged', 'x', '{}', 'h')"],
    [
      'UPSERT',
      "INSERT INTO audit (id, at, athlete_id, action, actor, details, hash) VALUES (1, 'x', 'me', 'forged', 'x', '{}', 'h') ON CONFLICT (id) DO UPDATE SET action = 'forged'",
    ],
    ['UPDATE', "UPDATE audit SET details = '{}' WHERE id = 1"],
    ['DELETE', 'DELETE FROM audit WHERE id = 5'],
    ['an event without its hash', "INSERT INTO audit (at, athlete_id, action, actor, details) VALUES ('x', 'me', 'forged', 'x', '{}')"],
  ];
  it.each(attacks)('%s is refused and changes nothing', (_name, sql) => {
    const { path, db } = journalWithEvents();
    const before = listAudit(db);
    db.close();
    const raw = new Database(path);
    expect(() => raw.prepare(sql).run()).toThrow(/append-only|needs its chained hash/);
    raw.close();
    const again = openJournal(path, { readOnly: true });
    expect(listAudit(again)).toEqual(before);
    expect(verifyAudit(again)).toEqual({ ok: true, events: 5 });
    again.close();
  });
});

describe('audit --verify detects edits made by other means', () => {
  function tamper(sql: string): ReturnType<typeof verifyAudit> {
    const { path, db } = journalWithEvents();
    db.close();
    const raw = new Database(path);
    raw.exec(sql);
    raw.close();
    const again = openJournal(path, { readOnly: true });
    try {
      return verifyAudit(again);
    } finally {
      again.close();
    }
  }

  it('triggers dropped and an event deleted: names the deleted event and the missing guards', () => {
    const v = tamper('DROP TRIGGER audit_append_only_update; DROP TRIGGER audit_append_only_delete; DELETE FROM audit WHERE id = 3;');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.event).toBe(3);
    expect(v.problems[0]).toMatch(/^event 3 is missing/);
    expect(v.problems.join('\n')).toMatch(/audit_append_only_update is missing/);
    expect(v.problems.join('\n')).toMatch(/audit_append_only_delete is missing/);
  });

  it('several events deleted in a row: names them as a range, in plain grammar', () => {
    const v = tamper('DROP TRIGGER audit_append_only_delete; DELETE FROM audit WHERE id IN (2, 3);');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.event).toBe(2);
    expect(v.problems[0]).toMatch(/^events 2–3 are missing: deleted after they were written/);
  });

  it('an event rewritten with its guard put back: names that event', () => {
    const update = AUDIT_GUARDS.find((g) => g.name === 'audit_append_only_update')!.sql;
    const v = tamper(
      `DROP TRIGGER audit_append_only_update; UPDATE audit SET details = '{"from":"FOUNDATIONS","to":"GROW","week":"2026-W46"}' WHERE id = 3; ${update};`,
    );
    expect(v).toMatchObject({ ok: false, event: 3 });
    if (!v.ok) expect(v.problems).toEqual([expect.stringMatching(/^event 3 \(2026-11-16 08:00:00 stage\.changed of me\) does not match its hash/)]);
  });

  it('an event rewritten with a recomputed hash: the next event of that athlete does not match', () => {
    const { path, db } = journalWithEvents();
    const rows = listAudit(db);
    db.close();
    const forged = { ...rows[2]!, details: '{"from":"FOUNDATIONS","to":"GROW"}' };
    const raw = new Database(path);
    raw.exec('DROP TRIGGER audit_append_only_update');
    raw.prepare('UPDATE audit SET details = ?, hash = ? WHERE id = 3').run(forged.details, chainHash(rows[0]!.hash!, forged));
    raw.close();
    const again = openJournal(path, { readOnly: true });
    const v = verifyAudit(again);
    again.close();
    expect(v).toMatchObject({ ok: false, event: 5 });
  });

  it('the last event deleted, the gap left at the end by a later event: names the gap', () => {
    const v = tamper('DROP TRIGGER audit_append_only_delete; DELETE FROM audit WHERE id = 4;');
    expect(v).toMatchObject({ ok: false, event: 4 });
  });

  it('a guard replaced by a trigger that does nothing: named as altered', () => {
    const v = tamper('DROP TRIGGER audit_append_only_delete; CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit BEGIN SELECT 1; END;');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems).toEqual(['the append-only guard audit_append_only_delete has been altered']);
  });
});

describe('journals from before get their chain on migration', () => {
  it('computes the chain once over the events already there, then guards them', () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    for (const m of MIGRATIONS.slice(0, 2)) runMigration(old, m);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.pragma('user_version = 2');
    old.prepare("INSERT INTO athletes (id, name, status, created_at) VALUES ('me', 'Me', 'active', 'x')").run();
    const insert = old.prepare('INSERT INTO audit (at, athlete_id, action, actor, details) VALUES (?, ?, ?, ?, ?)');
    insert.run('2026-01-01T00:00:00.000Z', 'me', 'athlete.status_changed', 'coach', '{"to":"active","from":null}');
    insert.run('2026-01-08T00:00:00.000Z', 'me', 'plan.assigned', 'coach', '{"plan":"p"}');
    insert.run('2026-01-09T00:00:00.000Z', null, 'import.applied', 'coach', '{}');
    old.close();

    // Reading commands never migrate: an older journal is read as it is, or refused with what to run.
    expect(() => openJournal(path, { readOnly: true })).toThrow(/older regimen/);
    const db = openJournal(path, { create: false });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(verifyAudit(db)).toEqual({ ok: true, events: 3 });
    const rows = listAudit(db);
    expect(rows[1]!.hash).toBe(chainHash(rows[0]!.hash!, rows[1]!));
    expect(rows[2]!.hash).toBe(chainHash(AUDIT_GENESIS, rows[2]!));
    expect(() => db.prepare("REPLACE INTO audit (id, at, athlete_id, action, actor, details, hash) VALUES (1, 'x', 'me', 'f', 'x', '{}', 'h')").run()).toThrow(
      /append-only/,
    );
    // New events continue the migrated chain.
    writeTransaction(db, () => appendAudit(db, { athlete: 'me', action: 'stage.changed', actor: 'coach', details: {}, at: '2026-11-19T08:00:00.000Z' }));
    expect(verifyAudit(db)).toEqual({ ok: true, events: 4 });
    db.close();
  });
});
