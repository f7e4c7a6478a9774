// Shared pieces of the durability tests (SPEC §3 guarantees, §8 "each proven by a
// test that really kills or races processes"): the real CLI, run as child processes,
// and checks made afterwards with better-sqlite3 directly on the journal file.
import Database from 'better-sqlite3';
import { execa } from 'execa';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PLAN = join(ROOT, 'plans', 'gentle-foundations.yaml');
export const NODE = process.execPath;

/** The exercise every durability `log` records, and what the journal must hold for it. */
export const EXERCISE_SPEC = 'Sit to stand from a chair: 2x10@bw rir2';
export const EXERCISE_STORED = [{ exercise: 'Sit to stand from a chair', sets: 2, reps: [10, 10], load: 'bw', rir: 2 }];

/**
 * The exercise is logged every day, planned or not: on the days it is not, `log` keeps it
 * marked unmatched and warns (SPEC §4 log, v1.1). Durability is about the rows, so the
 * mark and the warning are set aside here.
 */
export function withoutNameWarnings(stderr: string): string {
  // The in-process worker writes messages without a newline, so each is matched whole.
  return stderr.replace(
    /regimen: "Sit to stand from a chair" is not planned on \d{4}-\d{2}-\d{2}; recorded as written, but `last` and progression will not use it( — did you mean "[^"]*"\?)?\n?/g,
    '',
  );
}

/**
 * A note of ~48 KB (a dozen SQLite pages), different for every date: a torn or partial
 * write of the row would show as a note that is not exactly this text.
 */
export function noteFor(date: string, tag = ''): string {
  const line = `${date}${tag} felt steady, walked to the corner and back, breathing easy. `;
  return `BEGIN ${date}${tag} ${line.repeat(Math.ceil(48_000 / line.length))}END ${date}${tag}`;
}

/**
 * stderr without the one expected note: `log` warns when the exercise is not planned on
 * that day (SPEC §4 v1.1 name matching), which the consecutive durability dates hit on
 * rest days. Anything else on stderr is a failure.
 */
export function unexpectedStderr(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => line && !/^regimen: ".*" is not planned on \d{4}-\d{2}-\d{2}; recorded as written/.test(line))
    .join('\n');
}

/** Consecutive ISO dates. */
export function dates(start: string, n: number): string[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => new Date(t0 + i * 86_400_000).toISOString().slice(0, 10));
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(process.env.REGIMEN_TEST_TMP ?? tmpdir(), `regimen-${prefix}-`));
}

export interface Cli {
  /** The bundled entry point to run with node. */
  entry: string;
  /** Environment for every child: NODE_PATH lets the snapshot's require('better-sqlite3') resolve. */
  env: NodeJS.ProcessEnv;
  dispose(): void;
}

/**
 * The real CLI, from the bundle `node esbuild.config.mjs` builds (what bin/regimen.js
 * imports). The bundle is copied to a temporary directory first: these tests run for
 * tens of seconds, and a rebuild of dist/ during that time (the build empties dist/
 * first) would otherwise make children fail for reasons that have nothing to do with
 * the journal. The copy is the same code bin/regimen.js runs.
 * (race.test.ts also bundles race-worker.ts from src/: that half ignores REGIMEN_TEST_DIST.)
 */
export async function snapshotCli(now: string): Promise<Cli> {
  // REGIMEN_TEST_DIST: run these tests against another build of the CLI (e.g. a candidate fix).
  const dist = process.env.REGIMEN_TEST_DIST || join(ROOT, 'dist');
  if (!existsSync(join(dist, 'cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `node esbuild.config.mjs` first');
  const dir = tempDir('cli');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_PATH: join(ROOT, 'node_modules'),
    REGIMEN_NOW: now,
    NO_COLOR: '1',
    REGIMEN_ACTOR: 'durability-test',
  };
  delete env.REGIMEN_JOURNAL;
  delete env.REGIMEN_ATHLETE;
  delete env.FORCE_COLOR;
  // Copy, then prove the copy starts (a copy taken mid-rebuild would not); retry a few times.
  for (let attempt = 0; ; attempt++) {
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    cpSync(dist, join(dir, 'dist'), { recursive: true });
    const entry = join(dir, 'dist', 'cli.cjs');
    const probe = await execa(NODE, [entry, '--version'], { env, reject: false });
    if (probe.exitCode === 0) return { entry, env, dispose: () => rmSync(dir, { recursive: true, force: true }) };
    if (attempt >= 5) throw new Error(`the built CLI does not start: ${probe.stderr}`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

export function run(cli: Cli, args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  return execa(NODE, [cli.entry, ...args], { env: { ...cli.env, ...extraEnv }, reject: false, stdin: 'ignore' });
}

/** The argument list of one durability `log` (the note is long; the date may be far back). */
export function logArgs(journal: string, date: string, extra: string[] = []): string[] {
  return ['--journal', journal, 'log', '--date', date, '--backdate', '--rpe', '5', '--exercise', EXERCISE_SPEC, '--note', noteFor(date), ...extra];
}

export interface SessionCheck {
  athlete_id: string;
  date: string;
}

/**
 * Open the journal read-only (as another process would, after a crash) and check it:
 * `PRAGMA integrity_check` is ok and every session row is whole — each NOT NULL
 * column set, the exercises, planned and symptom JSON parse, the exercise and the
 * note are exactly what was logged. Returns the (athlete, date) of every row.
 */
export function checkJournal(path: string, noteTag = ''): SessionCheck[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const notNull = (db.pragma('table_info(sessions)') as { name: string; notnull: number }[]).filter((c) => c.notnull).map((c) => c.name);
    expect(notNull).toEqual(expect.arrayContaining(['athlete_id', 'date', 'actual_type', 'actual_minutes', 'status', 'exercises', 'created_at']));
    const rows = db.prepare('SELECT * FROM sessions ORDER BY athlete_id, date').all() as Record<string, unknown>[];
    for (const row of rows) {
      const where = `session ${String(row.athlete_id)} ${String(row.date)}`;
      for (const c of notNull) expect(row[c], `${where}: ${c}`).not.toBeNull();
      const exercises = (JSON.parse(row.exercises as string) as { matched?: boolean }[]).map(({ matched: _, ...e }) => e);
      expect(exercises, `${where}: exercises`).toEqual(EXERCISE_STORED);
      const note = row.note as string;
      const expected = noteFor(row.date as string, noteTag);
      expect(note.length, `${where}: note length`).toBe(expected.length);
      expect(note === expected, `${where}: note text`).toBe(true);
      expect(row.planned, `${where}: planned`).not.toBeNull();
      const planned = JSON.parse(row.planned as string) as { type: string; minutes: number };
      expect(planned.type, `${where}: planned type`).toBe(row.planned_type);
      expect(planned.minutes, `${where}: planned minutes`).toBe(row.planned_minutes);
      expect(row.plan_hash, `${where}: plan version`).toMatch(/^[0-9a-f]{64}$/);
      expect(row.rpe, `${where}: rpe`).toBe(5);
      expect(row.status, `${where}: status`).toBe('completed');
      if (row.symptoms !== null) JSON.parse(row.symptoms as string);
    }
    // At most one current session per athlete and date.
    const dupes = db.prepare('SELECT athlete_id, date, count(*) AS n FROM sessions WHERE replaced = 0 GROUP BY athlete_id, date HAVING n > 1').all();
    expect(dupes).toEqual([]);
    return rows.map((r) => ({ athlete_id: r.athlete_id as string, date: r.date as string }));
  } finally {
    db.close();
  }
}

/** Live (not zombie) processes of a process group, from /proc; null where /proc is missing. */
function liveInGroup(pgid: number): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  let n = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') n++;
  }
  return n;
}

/**
 * Wait until every process of the group is dead. A SIGKILLed process that is a zombie
 * (waiting to be reaped by whoever inherited it) runs nothing and writes nothing more.
 */
export async function waitGroupGone(pgid: number, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const live = liveInGroup(pgid);
    if (live === 0) return;
    if (live === null) {
      try {
        process.kill(-pgid, 0);
      } catch {
        return;
      }
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`process group ${pgid} still has live processes ${ms} ms after SIGKILL`);
}
