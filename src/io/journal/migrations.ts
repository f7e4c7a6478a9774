// The journal schema, as forward migrations. PRAGMA user_version is the index of
// the last migration applied; a journal is migrated (after a backup) on open.
// A step is SQL, or a function for what SQL cannot do (hashing in JS); every step runs
// inside the one migration transaction, so steps can be reordered as whole entries.
import type BetterSqlite3 from 'better-sqlite3';
import { AUDIT_GUARDS_SQL, backfillAuditChain } from './audit-chain.js';

export type Migration = string | ((db: BetterSqlite3.Database) => void);

export function runMigration(db: BetterSqlite3.Database, step: Migration): void {
  if (typeof step === 'string') db.exec(step);
  else step(db);
}

export const APPLICATION_ID = 0x52474d4e; // "RGMN": marks a file as a regimen journal

export const MIGRATIONS: Migration[] = [
  // v1: athletes, plans, the daily record and the audit trail. (assignments.seq_anchor_*
  // are unused since sequence positions are replayed from the logged sessions.)
  `
  CREATE TABLE athletes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('prospect', 'active', 'inactive', 'archived')),
    created_at TEXT NOT NULL
  );
  CREATE TABLE plan_versions (
    hash TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL,
    text TEXT NOT NULL,
    -- The validated, normalised plan (JSON), so daily commands need not re-validate.
    normalized TEXT,
    model_version INTEGER,
    created_at TEXT NOT NULL
  );
  CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    athlete_id TEXT NOT NULL REFERENCES athletes(id),
    plan_id TEXT NOT NULL,
    plan_path TEXT NOT NULL,
    -- The latest version of the plan seen for this assignment, and the file's size and
    -- mtime then: an unchanged file is read from the cache without hashing it again.
    plan_hash TEXT NOT NULL REFERENCES plan_versions(hash),
    plan_stat TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'inactive')),
    start_date TEXT NOT NULL,
    seq_anchor_date TEXT,
    seq_anchor_index INTEGER,
    created_at TEXT NOT NULL,
    UNIQUE (athlete_id, plan_id)
  );
  CREATE UNIQUE INDEX assignments_one_active ON assignments(athlete_id) WHERE status = 'active';
  CREATE TABLE stage_changes (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments(id),
    stage TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX stage_changes_by_assignment ON stage_changes(assignment_id, effective_date);
  CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    athlete_id TEXT NOT NULL REFERENCES athletes(id),
    date TEXT NOT NULL,
    fatigue INTEGER NOT NULL CHECK (fatigue BETWEEN 0 AND 10),
    pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    anxiety INTEGER NOT NULL CHECK (anxiety BETWEEN 0 AND 10),
    low_mood INTEGER NOT NULL CHECK (low_mood BETWEEN 0 AND 10),
    qol INTEGER NOT NULL CHECK (qol BETWEEN 0 AND 10),
    flags TEXT NOT NULL DEFAULT '[]',
    note TEXT,
    status TEXT NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX checkins_current ON checkins(athlete_id, date) WHERE superseded = 0;
  CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    athlete_id TEXT NOT NULL REFERENCES athletes(id),
    date TEXT NOT NULL,
    assignment_id INTEGER REFERENCES assignments(id),
    plan_hash TEXT REFERENCES plan_versions(hash),
    planned TEXT,
    planned_type TEXT,
    planned_minutes INTEGER,
    planned_stage TEXT,
    current_stage TEXT,
    actual_type TEXT NOT NULL,
    actual_minutes INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('completed', 'adapted', 'skipped', 'rest')),
    rpe INTEGER CHECK (rpe BETWEEN 0 AND 10),
    energy INTEGER CHECK (energy BETWEEN 1 AND 10),
    exercises TEXT NOT NULL DEFAULT '[]',
    note TEXT,
    symptoms TEXT,
    adapted_for_symptoms INTEGER NOT NULL DEFAULT 0,
    adaptation TEXT,
    seq_index INTEGER,
    idempotency_key TEXT,
    replaced INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX sessions_current ON sessions(athlete_id, date) WHERE replaced = 0;
  CREATE UNIQUE INDEX sessions_idempotency ON sessions(athlete_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
  CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    athlete_id TEXT NOT NULL REFERENCES athletes(id),
    date TEXT NOT NULL,
    type TEXT NOT NULL,
    site TEXT,
    note TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX events_by_date ON events(athlete_id, date);
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    athlete_id TEXT,
    action TEXT NOT NULL,
    actor TEXT NOT NULL,
    details TEXT NOT NULL
  );
  CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  `,
  // v2: weekly reviews, per-athlete exercise targets, repairs and coach adjustments.
  `
  CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    athlete_id TEXT NOT NULL REFERENCES athletes(id),
    assignment_id INTEGER REFERENCES assignments(id),
    week TEXT NOT NULL,
    date TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('progress', 'hold', 'step_down')),
    result TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (athlete_id, week)
  );
  CREATE TABLE exercise_targets (
    id INTEGER PRIMARY KEY,
    athlete_id TEXT NOT NULL REFERENCES athletes(id),
    exercise TEXT NOT NULL,
    load TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    review_id INTEGER REFERENCES reviews(id),
    created_at TEXT NOT NULL
  );
  CREATE INDEX exercise_targets_by_athlete ON exercise_targets(athlete_id, exercise, effective_date);
  CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    athlete_id TEXT NOT NULL REFERENCES athletes(id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'applied', 'rejected')),
    body TEXT NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL,
    decided_at TEXT
  );
  `,
  // v3 (SPEC §3): the date from which each plan version applied, per assignment, so a
  // past day that was never logged is resolved with the version in force on it. Rows
  // are read in the order they were recorded: the latest recorded version whose
  // from_date is on or before a day is the one in force (the first applies before any).
  // Depends only on v1's tables, so it may be reordered with other migrations.
  //
  // Backfill: before v3 only \`log\` stored a new version, so the record says which
  // version each logged session was planned with, not when a file was edited. Each run
  // of sessions logged with one version (in the order they were written) applies from
  // the date of its first session; the first version applies from the assignment's
  // start. A version the assignment saw after its last session (a later \`plan use\`)
  // applies from the day after that session: the earliest day the record allows, and
  // the days the program already showed from that file before the migration.
  `
  CREATE TABLE assignment_plan_versions (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignments(id),
    plan_hash TEXT NOT NULL REFERENCES plan_versions(hash),
    from_date TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX assignment_plan_versions_by_assignment ON assignment_plan_versions(assignment_id, id);
  INSERT INTO assignment_plan_versions (assignment_id, plan_hash, from_date, created_at)
    SELECT r.assignment_id, r.plan_hash, CASE WHEN r.prev IS NULL THEN a.start_date ELSE r.date END, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM (
      SELECT id, assignment_id, plan_hash, date, lag(plan_hash) OVER (PARTITION BY assignment_id ORDER BY id) AS prev
      FROM sessions WHERE assignment_id IS NOT NULL AND plan_hash IS NOT NULL
    ) r JOIN assignments a ON a.id = r.assignment_id
    WHERE r.prev IS NULL OR r.prev <> r.plan_hash
    ORDER BY r.assignment_id, r.id;
  INSERT INTO assignment_plan_versions (assignment_id, plan_hash, from_date, created_at)
    SELECT a.id, a.plan_hash,
      coalesce((SELECT date(max(s.date), '+1 day') FROM sessions s WHERE s.assignment_id = a.id AND s.plan_hash IS NOT NULL), a.start_date),
      strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    FROM assignments a
    WHERE a.plan_hash IS NOT (SELECT v.plan_hash FROM assignment_plan_versions v WHERE v.assignment_id = a.id ORDER BY v.id DESC LIMIT 1)
    ORDER BY a.id;
  `,
  // v4 (issue 13, SPEC §3 v1.1): the tamper-evident audit: each event's hash chained to the
  // previous event of its athlete, computed once here for the events already there; the
  // guards then refuse any statement that would change or remove an event. Depends only
  // on v1's audit table, so it may be reordered with other migrations.
  (db) => {
    db.exec(`
      DROP TRIGGER audit_append_only_update;
      DROP TRIGGER audit_append_only_delete;
      ALTER TABLE audit ADD COLUMN hash TEXT;
      CREATE INDEX audit_by_athlete ON audit(athlete_id, id);
    `);
    backfillAuditChain(db);
    db.exec(AUDIT_GUARDS_SQL);
  },
  // v5 (SPEC §8): indexes for what every review and `today` reads of the whole record.
  // The first day of record (record-start.ts) takes MIN(date) over every check-in and
  // session, superseded ones included, which the partial "current" indexes cannot
  // answer: without these, each athlete cost a scan of both tables (a coach's 500
  // athletes × a year: 80 s for `review --all`). The sessions index also covers the
  // load metrics' year of (date, status, rpe, minutes), so those rows are read from
  // the index alone. Adds indexes only, so it may be reordered with other migrations.
  `
  CREATE INDEX checkins_by_date ON checkins(athlete_id, date);
  CREATE INDEX sessions_by_date ON sessions(athlete_id, date, replaced, status, rpe, actual_minutes);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

const onlyAddsIndexes = (step: Migration | undefined): boolean => typeof step === 'string' && /^(\s*CREATE INDEX [^;]+;)+\s*$/.test(step);

/**
 * Whether reading commands can read a journal at schema `version` as it is (SPEC §3 v1.1:
 * they never migrate): yes when every later migration only adds indexes, which change
 * how fast the rows are found, never what they are.
 */
export function readableAsIs(version: number): boolean {
  return version <= SCHEMA_VERSION && MIGRATIONS.slice(version).every(onlyAddsIndexes);
}
