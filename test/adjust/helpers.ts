// Helpers for the `regimen adjust` tests (SPEC §4 adjust): run the commands in-process
// (src/main.ts, what the binary runs; `{ binary: true }` spawns the BUILT binary for the
// end-to-end checks that exercise the bundle) with a fixed clock and its own journal, read the journal from outside (read-only row counts),
// and read the example plans with the `yaml` package so expectations come from the plan
// files, not from the code under test.
import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp.js';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parse as parseYaml } from 'yaml';
import { runInProcess } from '../helpers/in-process.js';
import { addDays, daysBetween } from '../../src/core/dates.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'regimen.js');
export const FIVE = join(ROOT, 'plans', 'strength-5x5.yaml');
export const GENTLE = join(ROOT, 'plans', 'gentle-foundations.yaml');

/** Monday 2026-11-02: every athlete starts on a Monday, and this is the clock's today. */
export const START = '2026-11-02';

export function assertBuilt(): void {
  if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) throw new Error('dist/cli.cjs is missing: run `node esbuild.config.mjs` first');
}

// ---------------------------------------------------------------------------------
// Calendar dates (UTC arithmetic: no time zone can shift them).

// The same calendar arithmetic as the program's (src/core/dates.ts).
export { addDays, daysBetween };

// ---------------------------------------------------------------------------------
// The plan files as written.

export const readPlan = (file: string): any => parseYaml(readFileSync(file, 'utf8'));

/** "60kg" → { value: 60, unit: "kg" } (plain loads only; bw is not scaled). */
export function parseKg(load: string): { value: number; unit: string } {
  const m = /^(\d+(?:\.\d+)?)(kg|lb)$/.exec(load);
  if (!m) throw new Error(`not a plain load: ${load}`);
  return { value: Number(m[1]), unit: m[2]! };
}

/**
 * The expected load after scaling by PCT, rounded to the item's increment (SPEC §4:
 * "loads rounded to the item's increment"). Worked in thousandths to stay exact.
 */
export function expectedLoad(load: string, increment: string, pct: number): string {
  const l = parseKg(load);
  const step = parseKg(increment);
  const milli = Math.round(l.value * 1000);
  const stepMilli = Math.round(step.value * 1000);
  const scaled = (milli * (100 + pct)) / 100;
  const rounded = Math.round(scaled / stepMilli) * stepMilli;
  return `${rounded / 1000}${l.unit}`;
}

// ---------------------------------------------------------------------------------
// Running the CLI.

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('REGIMEN_') || k === 'FORCE_COLOR' || k === 'XDG_DATA_HOME') continue;
    env[k] = v;
  }
  return env;
}

export function show(args: string[], r: RunResult): string {
  return `regimen ${args.join(' ')} → exit ${r.exitCode}\nstdout: ${r.stdout.slice(0, 3000)}\nstderr: ${r.stderr.slice(0, 2000)}`;
}

export interface RunOptions {
  now?: string;
  env?: Record<string, string | undefined>;
}

/** One journal, a movable clock and an actor; every call is `regimen … --journal J`. */
export class Journal {
  readonly dir: string;
  readonly path: string;
  now: string;
  actor: string | undefined;
  /** Spawn `node bin/regimen.js` instead of running in-process. */
  readonly binary: boolean;

  constructor(options: { now?: string; actor?: string; binary?: boolean } = {}) {
    this.dir = tempDir('regimen-adjust-');
    this.path = join(this.dir, 'journal.db');
    this.now = options.now ?? START;
    this.actor = options.actor ?? 'coach-test';
    this.binary = options.binary ?? false;
  }

  async run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    const extra: Record<string, string | undefined> = { NO_COLOR: '1', REGIMEN_NOW: options.now ?? this.now };
    if (this.actor !== undefined) extra.REGIMEN_ACTOR = this.actor;
    Object.assign(extra, options.env);
    if (!this.binary) return runInProcess([...args, '--journal', this.path], { env: extra });
    const env: Record<string, string> = baseEnv();
    for (const [k, v] of Object.entries(extra)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    const r = await execa('node', [BIN, ...args, '--journal', this.path], { cwd: ROOT, env, extendEnv: false, reject: false, stdin: 'ignore' });
    return { exitCode: r.exitCode ?? -1, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
  }

  async ok(args: string[], options: RunOptions = {}): Promise<RunResult> {
    const r = await this.run(args, options);
    if (r.exitCode !== 0) throw new Error(`expected exit 0\n${show(args, r)}`);
    return r;
  }

  async json<T = any>(args: string[], options: RunOptions = {}): Promise<T> {
    const full = [...args, '--json'];
    const r = await this.ok(full, options);
    try {
      return JSON.parse(r.stdout) as T;
    } catch {
      throw new Error(`stdout is not one JSON document\n${show(full, r)}`);
    }
  }

  /** A file in this journal's directory (for `adjust --file`). */
  file(name: string, content: unknown): string {
    const path = join(this.dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  }

  // -- views ----------------------------------------------------------------------

  async schedule(from: string, to: string, options: RunOptions = {}): Promise<any[]> {
    return (await this.json(['schedule', '--from', from, '--to', to], options)).days;
  }

  async day(date: string, options: RunOptions = {}): Promise<any> {
    return (await this.schedule(date, date, options))[0];
  }

  // -- adjust ---------------------------------------------------------------------

  /** Propose (not apply) and return the JSON document. */
  propose(args: string[], options: RunOptions = {}): Promise<any> {
    return this.json(['adjust', ...args], options);
  }

  /** Propose, then apply with `adjust apply ID`; returns the proposal document. */
  async adjust(args: string[], options: RunOptions = {}): Promise<any> {
    const doc = await this.propose(args, options);
    await this.json(['adjust', 'apply', String(doc.proposal.id)], options);
    return doc;
  }

  // -- the journal from outside ---------------------------------------------------

  counts(): { proposals: number; audit: number } {
    const db = new Database(this.path, { readonly: true, fileMustExist: true });
    try {
      const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
      return { proposals: n('proposals'), audit: n('audit') };
    } finally {
      db.close();
    }
  }

  rows<T = any>(sql: string, ...params: unknown[]): T[] {
    const db = new Database(this.path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all(...params) as T[];
    } finally {
      db.close();
    }
  }
}

/** A journal with one athlete (`me`) started on a plan on START. */
export async function started(planFile: string, options: { now?: string; actor?: string; start?: string; binary?: boolean } = {}): Promise<Journal> {
  const j = new Journal(options);
  await j.ok(['init', '--plan', planFile, '--start', options.start ?? START]);
  return j;
}

/** A compact picture of a schedule: date → "type/session/minutes" (rest: "rest"). */
export function shape(days: any[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of days) out[d.date] = d.planned ? (d.planned.type === 'rest' ? 'rest' : `${d.planned.type}/${d.planned.session}/${d.planned.minutes}`) : 'none';
  return out;
}

/** The training sessions of a schedule in date order (what a slide must preserve). */
export function trainingSequence(days: any[]): string[] {
  return days.filter((d) => d.planned && d.planned.type !== 'rest').map((d) => `${d.planned.type}/${d.planned.session}/${d.planned.minutes}`);
}
