// End-to-end helpers: run the BUILT binary (`npm test` builds dist/ first) the way a
// user or a script does — no terminal, no colour, a fixed clock — and look at the
// journal from the outside (bytes and rows) to prove what was or was not written.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/temp.js';
import { execa } from 'execa';
import { addDays } from '../../src/core/dates.js';
import { runInProcess } from '../helpers/in-process.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'regimen.js');
export const PLANS = join(ROOT, 'plans');
export const FIXTURES = join(ROOT, 'fixtures', 'e2e');
export const plan = (name: string) => join(PLANS, name);

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
    throw new Error('dist/cli.cjs is missing: run `node esbuild.config.mjs` (npm test does it) before the e2e tests');
  }
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Extra environment; a value of `undefined` removes the variable. */
  env?: Record<string, string | undefined>;
  /** Text for stdin (otherwise stdin is /dev/null: never a terminal). */
  input?: string;
  /** The clock (REGIMEN_NOW); default DEFAULT_NOW. */
  now?: string;
}

export const DEFAULT_NOW = '2026-11-02';

/** The caller's environment without anything that would change what regimen does. */
export function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('REGIMEN_') || k === 'FORCE_COLOR' || k === 'XDG_DATA_HOME') continue;
    env[k] = v;
  }
  return env;
}

/** `node bin/regimen.js ARGS`; never throws: the exit code and both streams come back. */
export async function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string> = { ...baseEnv(), NO_COLOR: '1', REGIMEN_NOW: options.now ?? DEFAULT_NOW };
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const result = await execa('node', [BIN, ...args], {
    cwd: ROOT,
    env,
    extendEnv: false,
    reject: false,
    stripFinalNewline: false,
    ...(options.input !== undefined ? { input: options.input } : { stdin: 'ignore' as const }),
  });
  return { exitCode: result.exitCode ?? -1, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/**
 * The same as `run`, in this process (test/helpers/in-process.ts): for tests of what a
 * command decides, prints and writes, not of the process. stdin is never a terminal.
 */
export async function runHere(args: string[], options: RunOptions = {}): Promise<RunResult> {
  if (options.input !== undefined) throw new Error('stdin text needs the binary: use run()');
  return runInProcess(args, { env: { NO_COLOR: '1', REGIMEN_NOW: options.now ?? DEFAULT_NOW, ...options.env } });
}

/** Describe a run for assertion messages. */
export function show(args: string[], r: RunResult): string {
  return `regimen ${args.join(' ')} → exit ${r.exitCode}\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`;
}

/** A fresh directory and a journal path inside it (the file does not exist yet). */
export function tempJournal(prefix = 'regimen-e2e-'): { dir: string; path: string } {
  const dir = tempDir(prefix);
  return { dir, path: join(dir, 'journal.db') };
}

/**
 * One journal and a movable clock: `cli.json(['today'])` runs `regimen today --json`
 * against this journal at `cli.now`, expects exit 0 and returns the parsed document.
 */
export class Cli {
  readonly dir: string;
  readonly journal: string;
  now: string;
  env: Record<string, string | undefined>;
  /** Run the commands in this process (runHere) rather than spawning the binary. */
  readonly inProcess: boolean;

  constructor(options: { now?: string; env?: Record<string, string | undefined>; journal?: string; inProcess?: boolean } = {}) {
    const t = tempJournal();
    this.dir = t.dir;
    this.journal = options.journal ?? t.path;
    this.now = options.now ?? DEFAULT_NOW;
    this.env = options.env ?? {};
    this.inProcess = options.inProcess ?? false;
  }

  run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    return (this.inProcess ? runHere : run)(args, {
      ...options,
      now: options.now ?? this.now,
      env: { REGIMEN_JOURNAL: this.journal, ...this.env, ...options.env },
    });
  }

  /** Run with --json, require exit 0, an empty-or-note stderr, and exactly one JSON document on stdout. */
  async json<T = any>(args: string[], options: RunOptions = {}): Promise<T> {
    const full = [...args, '--json'];
    const r = await this.run(full, options);
    if (r.exitCode !== 0) throw new Error(`expected exit 0\n${show(full, r)}`);
    try {
      return JSON.parse(r.stdout) as T;
    } catch {
      throw new Error(`stdout is not one JSON document\n${show(full, r)}`);
    }
  }

  /** Run expecting success; returns the result. */
  async ok(args: string[], options: RunOptions = {}): Promise<RunResult> {
    const r = await this.run(args, options);
    if (r.exitCode !== 0) throw new Error(`expected exit 0\n${show(args, r)}`);
    return r;
  }
}

// ---------------------------------------------------------------------------------
// Dates (UTC arithmetic on calendar dates: no time zone can shift them).

export { addDays };

export function daysFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

// ---------------------------------------------------------------------------------
// The journal seen from outside.

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface JournalSnapshot {
  exists: boolean;
  /** sha256 of the main file, plus the -wal file when it is present and not empty. */
  bytes: string | null;
  /** Every row of every table, in rowid order. */
  rows: Record<string, unknown[]> | null;
}

/**
 * Read the journal without touching it: the bytes are hashed first, then the rows are
 * dumped from a copy in another directory (opening the real file, even read-only,
 * would leave -wal/-shm files beside it).
 */
export function snapshotJournal(path: string): JournalSnapshot {
  if (!existsSync(path)) return { exists: false, bytes: null, rows: null };
  const main = readFileSync(path);
  const wal = existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : Buffer.alloc(0);
  const bytes = sha256(Buffer.concat([main, Buffer.from(`|wal:${wal.length}|`), wal]));
  const copyDir = tempDir('regimen-e2e-copy-');
  const copy = join(copyDir, 'copy.db');
  copyFileSync(path, copy);
  if (wal.length) copyFileSync(`${path}-wal`, `${copy}-wal`);
  const db = new Database(copy);
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    const rows: Record<string, unknown[]> = {};
    for (const { name } of tables) rows[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    rows['#pragma'] = [{ user_version: db.pragma('user_version', { simple: true }) }];
    return { exists: true, bytes, rows };
  } finally {
    db.close();
    rmSync(copyDir, { recursive: true, force: true });
  }
}

/** Rows of one table (from a copy, like snapshotJournal). */
export function tableRows<T = Record<string, unknown>>(path: string, table: string): T[] {
  return (snapshotJournal(path).rows?.[table] ?? []) as T[];
}

export function fileMode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** Strip ANSI escape sequences (cursor moves, colours) from terminal output. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\x1b[()][0-9A-Za-z]/g, '');
}
