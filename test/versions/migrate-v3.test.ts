// SPEC §3: "each stored plan version records the date from which it applied" — and
// journals already in use are migrated to that, after the §3 backup
// (journal.db.bak-v<N>). The backfill rules as a table (the migration's SQL run on
// in-memory journals), then a v2 journal in use, migrated by a writing command, whose
// history keeps its past.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { runCheckin } from '../../src/commands/checkin.js';
import { runHistory } from '../../src/commands/history.js';
import { runSchedule } from '../../src/commands/schedule.js';
import { APPLICATION_ID, MIGRATIONS, runMigration, SCHEMA_VERSION } from '../../src/io/journal/migrations.js';
import { PLAIN_THEME } from '../../src/render/theme.js';

// Found by what it creates, not by its index: migrations may be reordered when branches merge.
const V3 = MIGRATIONS.findIndex((m) => typeof m === 'string' && m.includes('CREATE TABLE assignment_plan_versions'));
const BEFORE_V3 = MIGRATIONS.slice(0, V3);
const T = '2026-11-01T08:00:00.000Z';
const PLANNED = JSON.stringify({ type: 'strength', session: 'strength', variant: 'standard', minutes: 15, optional: false, items: [] });

type Session = [date: string, hash: string | null, assignment?: number | null];

/** A journal at the schema before v3 with one athlete, its assignment on `current` and these sessions. */
function seed(db: Database.Database, o: { start: string; current: string; sessions: Session[]; texts?: Record<string, string>; path?: string }): void {
  for (const m of BEFORE_V3) runMigration(db, m);
  db.prepare("INSERT INTO athletes (id, name, status, created_at) VALUES ('me', 'me', 'active', ?)").run(T);
  const hashes = new Set([o.current, ...o.sessions.map((s) => s[1]).filter((h): h is string => h !== null)]);
  for (const h of hashes)
    db.prepare("INSERT INTO plan_versions (hash, plan_id, text, created_at) VALUES (?, 'gentle-foundations', ?, ?)").run(h, o.texts?.[h] ?? h, T);
  db.prepare(
    "INSERT INTO assignments (id, athlete_id, plan_id, plan_path, plan_hash, status, start_date, created_at) VALUES (1, 'me', 'gentle-foundations', ?, ?, 'active', ?, ?)",
  ).run(o.path ?? '/nowhere.yaml', o.current, o.start, T);
  db.prepare("INSERT INTO stage_changes (assignment_id, stage, effective_date, reason, created_at) VALUES (1, 'FOUNDATIONS', ?, 'start', ?)").run(o.start, T);
  for (const [date, hash, assignment = 1] of o.sessions) {
    db.prepare(
      `INSERT INTO sessions (athlete_id, date, assignment_id, plan_hash, planned, planned_type, planned_minutes, planned_stage, current_stage, actual_type, actual_minutes, status, rpe, created_at)
       VALUES ('me', ?, ?, ?, ?, 'strength', 15, 'FOUNDATIONS', 'FOUNDATIONS', 'strength', 15, 'completed', 4, ?)`,
    ).run(date, assignment, hash, PLANNED, T);
  }
}

function backfilled(o: Parameters<typeof seed>[1]): [string, string][] {
  const db = new Database(':memory:');
  try {
    seed(db, o);
    runMigration(db, MIGRATIONS[V3]!);
    return (
      db.prepare('SELECT plan_hash, from_date FROM assignment_plan_versions WHERE assignment_id = 1 ORDER BY id').all() as {
        plan_hash: string;
        from_date: string;
      }[]
    ).map((r) => [r.plan_hash, r.from_date]);
  } finally {
    db.close();
  }
}

describe('migration v3 backfill: from which day each stored version applied', () => {
  const start = '2026-11-02';
  const cases: [string, { current: string; sessions: Session[] }, [string, string][]][] = [
    ['nothing logged: the version applies from the start', { current: 'A', sessions: [] }, [['A', start]]],
    [
      'logged with one version: it applies from the start',
      {
        current: 'A',
        sessions: [
          ['2026-11-02', 'A'],
          ['2026-11-09', 'A'],
        ],
      },
      [['A', start]],
    ],
    [
      'edited and logged with: the new version from its first logged day',
      {
        current: 'B',
        sessions: [
          ['2026-11-02', 'A'],
          ['2026-11-04', 'A'],
          ['2026-11-16', 'B'],
          ['2026-11-18', 'B'],
        ],
      },
      [
        ['A', start],
        ['B', '2026-11-16'],
      ],
    ],
    ['a first log made later than the start: the first version still from the start', { current: 'A', sessions: [['2026-11-12', 'A']] }, [['A', start]]],
    [
      'the assignment saw a version after its last log: from the day after that log',
      {
        current: 'B',
        sessions: [
          ['2026-11-02', 'A'],
          ['2026-11-09', 'A'],
        ],
      },
      [
        ['A', start],
        ['B', '2026-11-10'],
      ],
    ],
    [
      'edited and edited back: each run of logs is its own span',
      {
        current: 'A',
        sessions: [
          ['2026-11-02', 'A'],
          ['2026-11-09', 'B'],
          ['2026-11-16', 'A'],
        ],
      },
      [
        ['A', start],
        ['B', '2026-11-09'],
        ['A', '2026-11-16'],
      ],
    ],
    [
      'sessions logged without a plan are not versions',
      {
        current: 'A',
        sessions: [
          ['2026-11-02', null, null],
          ['2026-11-03', 'A'],
        ],
      },
      [['A', start]],
    ],
  ];
  it.each(cases)('%s', (_name, o, expected) => {
    expect(backfilled({ start, ...o })).toEqual(expected);
  });
});

describe('a v2 journal in use, with the plan edited after two weeks, migrated by `checkin`', () => {
  let dir: string;
  let journal: string;
  const original = readFileSync('plans/gentle-foundations.yaml', 'utf8');
  const sha = (t: string) => createHash('sha256').update(t).digest('hex');

  /** FOUNDATIONS: the walk 15 → 25 minutes, mind-body Friday → Thursday, a second walk on Saturday. */
  function edited(): string {
    const stage = original.indexOf('  - id: FOUNDATIONS');
    const head = original.slice(0, stage);
    const tail = original
      .slice(stage)
      .replace('minutes: { strength: 15, aerobic: 15, mixed: 15, mind_body: 15 }', 'minutes: { strength: 15, aerobic: 25, mixed: 15, mind_body: 15 }')
      .replace('      fri: mind_body', '      thu: mind_body\n      sat: aerobic');
    return head + tail;
  }

  function ctxAt(now: string, out: string[]): Context {
    return {
      options: { journal, json: true, color: false, input: false },
      today: now,
      clockToday: now,
      env: { REGIMEN_NOW: now },
      theme: PLAIN_THEME,
      interactive: false,
      out: (t) => out.push(t),
      err: () => {},
    };
  }

  const rowsOf = (path: string, sql: string) => {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all();
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(process.env.REGIMEN_TEST_TMP ?? tmpdir(), 'regimen-v3-'));
    journal = join(dir, 'journal.db');
    const planPath = join(dir, 'plan.yaml');
    const text = edited();
    expect(text).not.toBe(original);
    writeFileSync(planPath, text);
    const [a, b] = [sha(original), sha(text)];
    const db = new Database(journal);
    db.pragma('journal_mode = WAL');
    seed(db, {
      start: '2026-11-02',
      current: b,
      path: planPath,
      texts: { [a]: original, [b]: text },
      // Two weeks on the original, then a log on the edited file (before v3, only `log` stored a version).
      sessions: [
        ['2026-11-02', a],
        ['2026-11-04', a],
        ['2026-11-09', a],
        ['2026-11-16', b],
      ],
    });
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${V3}`);
    db.close();
    const out: string[] = [];
    const code = await runCheckin(ctxAt('2026-11-23', out), [], { fatigue: '2', pain: '1', anxiety: '1', lowMood: '1', qol: '8' });
    expect(code).toBe(0);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`is backed up to journal.db.bak-v${V3} as it was, then migrated`, () => {
    const backup = `${journal}.bak-v${V3}`;
    expect(existsSync(backup)).toBe(true);
    const version = (path: string) => (rowsOf(path, 'PRAGMA user_version') as { user_version: number }[])[0]!.user_version;
    expect(version(backup)).toBe(V3);
    expect(rowsOf(backup, "SELECT name FROM sqlite_master WHERE name = 'assignment_plan_versions'")).toEqual([]);
    expect(rowsOf(backup, 'SELECT date FROM sessions ORDER BY id')).toHaveLength(4);
    expect(version(journal)).toBe(SCHEMA_VERSION);
    expect(rowsOf(journal, 'SELECT date FROM sessions ORDER BY id')).toEqual(rowsOf(backup, 'SELECT date FROM sessions ORDER BY id'));
  });

  it('the original version applies from the start, the edited one from its first logged day', () => {
    expect(rowsOf(journal, 'SELECT from_date FROM assignment_plan_versions ORDER BY id')).toEqual([{ from_date: '2026-11-02' }, { from_date: '2026-11-16' }]);
  });

  it('keeps its history: unlogged days before the edit are planned with the original', async () => {
    const out: string[] = [];
    expect(await runHistory(ctxAt('2026-11-23', out), [], { from: '2026-11-02', to: '2026-11-22' })).toBe(0);
    const weeks = (JSON.parse(out.join('')) as { weeks: { minutes_planned: number }[] }).weeks;
    // 45 a week on the original (Mon 15, Wed 15, Fri 15); the week of 2026-11-16 on the edited file: 15 + 25 + 15 + 25.
    expect(weeks.map((w) => w.minutes_planned)).toEqual([45, 45, 80]);
    const sched: string[] = [];
    expect(await runSchedule(ctxAt('2026-11-23', sched), [], { from: '2026-11-09', to: '2026-11-15' })).toBe(0);
    const days = (JSON.parse(sched.join('')) as { days: { date: string; planned: { type: string; minutes: number } }[] }).days;
    expect(days.find((d) => d.date === '2026-11-11')!.planned).toMatchObject({ type: 'aerobic', minutes: 15 });
    expect(days.find((d) => d.date === '2026-11-13')!.planned).toMatchObject({ type: 'mind_body', minutes: 15 });
    expect(days.find((d) => d.date === '2026-11-14')!.planned).toMatchObject({ type: 'rest' });
  });
});
