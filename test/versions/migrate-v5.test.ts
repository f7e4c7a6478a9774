// SPEC §8: `review --all` for 500 athletes with a year each within 10× of `node -e 0`.
// The first day of record (MIN over every check-in and session, superseded ones
// included) cannot use the partial "current" indexes, so before v5 every athlete cost
// a scan of both tables. The queries the review reads per athlete must go through an
// index; v5 adds them to journals already in use and keeps every answer the same.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJournal } from '../../src/io/journal/open.js';
import { APPLICATION_ID, MIGRATIONS, readableAsIs, runMigration } from '../../src/io/journal/migrations.js';
import { loadSessionsBetween, recordStartOf } from '../../src/io/journal/record-start.js';

// Found by what it creates, not by its index: migrations may be reordered when branches merge.
const V5 = MIGRATIONS.findIndex((m) => typeof m === 'string' && m.includes('sessions_by_date'));
const T = '2026-11-01T08:00:00.000Z';

/** A journal at the schema before v5 (or after all migrations), one athlete with a few rows of each kind. */
function journal(upTo: number): Database.Database {
  const db = new Database(':memory:');
  for (const m of MIGRATIONS.slice(0, upTo)) runMigration(db, m);
  db.prepare("INSERT INTO athletes (id, name, status, created_at) VALUES ('me', 'me', 'active', ?)").run(T);
  db.prepare("INSERT INTO plan_versions (hash, plan_id, text, created_at) VALUES ('h', 'p', 'x', ?)").run(T);
  db.prepare(
    "INSERT INTO assignments (id, athlete_id, plan_id, plan_path, plan_hash, status, start_date, created_at) VALUES (1, 'me', 'p', '/p.yaml', 'h', 'active', '2026-03-01', ?)",
  ).run(T);
  const checkin = db.prepare(
    "INSERT INTO checkins (athlete_id, date, fatigue, pain, anxiety, low_mood, qol, status, superseded, created_at) VALUES ('me', ?, 2, 2, 2, 2, 8, 'green', ?, ?)",
  );
  // The earliest check-in was superseded (its current row is later on the same day): it still counts as a record.
  checkin.run('2026-02-10', 1, T);
  checkin.run('2026-02-11', 0, T);
  const session = db.prepare(
    "INSERT INTO sessions (athlete_id, date, actual_type, actual_minutes, status, rpe, replaced, created_at) VALUES ('me', ?, 'strength', ?, ?, ?, ?, ?)",
  );
  session.run('2026-03-02', 20, 'completed', 5, 1, T); // replaced: not a load session
  session.run('2026-03-02', 15, 'completed', 4, 0, T);
  session.run('2026-03-03', 10, 'adapted', 3, 0, T);
  session.run('2026-03-04', 0, 'skipped', null, 0, T);
  return db;
}

/** The SQL that `fn` prepares on `db`, each with its query plan. */
function plansOf(db: Database.Database, fn: () => void): { sql: string; plan: string[] }[] {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  try {
    fn();
  } finally {
    db.prepare = prepare;
  }
  return seen.map((sql) => {
    const params = (sql.match(/\?/g) ?? []).map(() => 'x');
    const rows = prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    return { sql, plan: rows.map((r) => r.detail) };
  });
}

describe('journal v5: the per-athlete reads of a review go through indexes', () => {
  it('is a migration that adds the two indexes', () => {
    expect(V5).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['the first day of record', (db: Database.Database) => recordStartOf(db, 'me')],
    ['the load sessions of a year', (db: Database.Database) => loadSessionsBetween(db, 'me', '2025-11-23', '2026-11-23')],
  ])('%s: no scan of check-ins or sessions', (_name, read) => {
    const db = journal(MIGRATIONS.length);
    try {
      const plans = plansOf(db, () => read(db));
      expect(plans.length).toBeGreaterThan(0);
      for (const { sql, plan } of plans) {
        const touching = plan.filter((line) => /\b(checkins|sessions)\b/.test(line));
        for (const line of touching) expect(line, sql).toMatch(/USING (COVERING )?INDEX/);
      }
    } finally {
      db.close();
    }
  });

  it('the load sessions are read from the index alone (no row lookups)', () => {
    const db = journal(MIGRATIONS.length);
    try {
      const plans = plansOf(db, () => loadSessionsBetween(db, 'me', '2025-11-23', '2026-11-23'));
      expect(plans.map((p) => p.plan.join('\n')).join('\n')).toMatch(/sessions USING COVERING INDEX/);
    } finally {
      db.close();
    }
  });

  it('a journal before v5, migrated, gives the same answers', () => {
    const before = journal(V5);
    try {
      const read = (db: Database.Database) => ({ start: recordStartOf(db, 'me'), load: loadSessionsBetween(db, 'me', '2026-01-01', '2026-12-31') });
      const old = read(before);
      expect(old).toEqual({
        start: '2026-02-10',
        load: [
          { date: '2026-03-02', rpe: 4, minutes: 15 },
          { date: '2026-03-03', rpe: 3, minutes: 10 },
        ],
      });
      for (const m of MIGRATIONS.slice(V5)) runMigration(before, m);
      const names = (before.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
      expect(names).toEqual(expect.arrayContaining(['checkins_by_date', 'sessions_by_date']));
      expect(read(before)).toEqual(old);
    } finally {
      before.close();
    }
  });
});

describe('a journal from just before v5 is read as it is (SPEC §3 v1.1: reading never migrates)', () => {
  it.each([
    [V5, true], // only the v5 indexes are missing: the rows mean the same
    [V5 + 1, true],
    [V5 - 1, false], // the v4 audit chain is missing: say what to run
    [1, false],
  ])('schema %i: readable as it is, %s', (version, readable) => {
    expect(readableAsIs(version)).toBe(readable);
  });

  it('opens read-only without changing a byte or leaving a file beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'regimen-v5-'));
    try {
      const path = join(dir, 'journal.db');
      const old = journal(V5);
      old.pragma(`application_id = ${APPLICATION_ID}`);
      old.pragma(`user_version = ${V5}`);
      old.prepare('VACUUM INTO ?').run(path);
      old.close();
      const sha = () => createHash('sha256').update(readFileSync(path)).digest('hex');
      const before = sha();
      const db = openJournal(path, { readOnly: true });
      try {
        expect(recordStartOf(db, 'me')).toBe('2026-02-10');
      } finally {
        db.close();
      }
      expect(sha()).toBe(before);
      expect(readdirSync(dir)).toEqual(['journal.db']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
