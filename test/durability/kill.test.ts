// SPEC §3: "a crash or `kill -9` at any moment leaves a journal that passes
// PRAGMA integrity_check with each record either fully written or absent".
// Real processes, really killed: a driver running the CLI's `log` over and over is
// SIGKILLed with its whole process group at random moments, and single `log`
// processes are SIGKILLed at random points of their short lives. After every kill the
// journal is opened read-only and checked row by row (helpers.checkJournal), and the
// CLI must keep working on it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkJournal, dates, logArgs, NODE, PLAN, run, snapshotCli, tempDir, unexpectedStderr, waitGroupGone, type Cli } from './helpers.js';

const ROUNDS = 8;
const PER_ROUND = 40; // more dates than a round can get through before its kill
const SINGLE_KILLS = 30;

const START = '2024-01-01';
const ALL = dates(START, 3 + ROUNDS * PER_ROUND + SINGLE_KILLS);
const WARMUP = ALL.slice(0, 3);
const ROUND_DATES = Array.from({ length: ROUNDS }, (_, i) => ALL.slice(3 + i * PER_ROUND, 3 + (i + 1) * PER_ROUND));
const SINGLE_DATES = ALL.slice(3 + ROUNDS * PER_ROUND);
const NOW = ALL[ALL.length - 1]!;

// The driver: one node process that runs `log` for each date in turn (spawnSync, so
// the children share its process group) and appends "start D" / "done D CODE" lines
// to a progress file around each child. Its work list is a JSON file (the notes are long).
const DRIVER = `
const { spawnSync } = require('node:child_process');
const { appendFileSync, readFileSync } = require('node:fs');
const { node, progress, runs } = JSON.parse(readFileSync(process.argv[1], 'utf8'));
for (const { date, args } of runs) {
  appendFileSync(progress, 'start ' + date + '\\n');
  const r = spawnSync(node, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  appendFileSync(progress, 'done ' + date + ' ' + r.status + '\\n');
}
`;

let cli: Cli;
let dir: string;
let journal: string;
/** Dates with a row so far (the journal only ever gains rows here). */
const present = new Set<string>();
let logMs = 0;

function sleep(ms: number) {
  return new Promise((r) => setTimeout(r, ms));
}

/** How many logs the driver has started, from its progress file. */
function startedCount(progress: string): number {
  if (!existsSync(progress)) return 0;
  return readFileSync(progress, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('start ')).length;
}

function rowDates(): Set<string> {
  return new Set(checkJournal(journal).map((r) => r.date));
}

beforeAll(async () => {
  cli = await snapshotCli(NOW);
  dir = tempDir('kill');
  journal = join(dir, 'journal.db');
  const init = await run(cli, ['--journal', journal, 'init', '--plan', PLAN, '--start', START]);
  expect(init.stderr).toBe('');
  expect(init.exitCode).toBe(0);
  // Uninterrupted logs: how long one `log` lives on this machine right now.
  const times: number[] = [];
  for (const d of WARMUP) {
    const t0 = performance.now();
    const r = await run(cli, logArgs(journal, d));
    times.push(performance.now() - t0);
    expect(unexpectedStderr(r.stderr)).toBe('');
    expect(r.exitCode).toBe(0);
    present.add(d);
  }
  logMs = times.sort((a, b) => a - b)[1]!;
  expect(rowDates()).toEqual(present);
});

afterAll(() => {
  cli?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 during a burst of `log` writes', () => {
  it(`leaves a sound journal with whole rows after ${ROUNDS} process-group kills at random moments`, async () => {
    const stats: string[] = [];
    let killedMidLog = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const roundDates = ROUND_DATES[round]!;
      const progress = join(dir, `progress-${round}.txt`);
      const work = join(dir, `work-${round}.json`);
      writeFileSync(work, JSON.stringify({ node: NODE, progress, runs: roundDates.map((date) => ({ date, args: [cli.entry, ...logArgs(journal, date)] })) }));
      const driver = spawn(NODE, ['-e', DRIVER, work], { env: cli.env, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      driver.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
      const exited = new Promise<void>((resolve) => driver.on('exit', () => resolve()));
      // Kill moments tied to the driver's progress, not to the clock (so a slow or busy
      // machine kills at the same points of the work): once the round's k-th log has
      // started (k = 1–4), after a random part of one log's lifetime.
      const target = 1 + (round % 4);
      let finishedEarly = false;
      void exited.then(() => (finishedEarly = true));
      while (!finishedEarly && startedCount(progress) < target) await sleep(5);
      const delay = Math.round(Math.random() * logMs);
      await sleep(delay);
      process.kill(-driver.pid!, 'SIGKILL');
      const t0 = performance.now();
      await exited;
      await waitGroupGone(driver.pid!);
      const tGone = performance.now();

      const lines = existsSync(progress) ? readFileSync(progress, 'utf8').trim().split('\n').filter(Boolean) : [];
      const started = lines.filter((l) => l.startsWith('start ')).map((l) => l.slice(6));
      const done = lines.filter((l) => l.startsWith('done ')).map((l) => l.split(' '));
      // Nothing failed before the kill.
      expect(
        done.filter(([, , code]) => code !== '0'),
        stderr,
      ).toEqual([]);
      expect(unexpectedStderr(stderr)).toBe('');

      const rows = rowDates(); // integrity_check + every row whole
      const tCheck = performance.now();
      for (const d of present) expect(rows.has(d), `${d} was written before and must still be there`).toBe(true);
      const fromRound = roundDates.filter((d) => rows.has(d));
      // The logs ran one after another, so what got in is a prefix of the round's dates…
      expect(fromRound).toEqual(roundDates.slice(0, fromRound.length));
      // …that includes every log that reported success (a commit is durable)…
      for (const [, d] of done) expect(rows.has(d!), `${d} reported success, so it must be in the journal`).toBe(true);
      // …and nothing that had not started.
      expect(fromRound.length).toBeLessThanOrEqual(started.length);
      for (const d of fromRound) present.add(d);
      expect(rows).toEqual(present);

      const inFlight = started.length > done.length;
      if (inFlight) killedMidLog++;
      stats.push(
        `round ${round}: log ${target} + ${delay} ms, ${fromRound.length} rows, ${inFlight ? `killed during log of ${started[started.length - 1]}` : 'killed between logs'}`,
      );

      // The CLI still works on the journal after the crash.
      const today = await run(cli, ['--journal', journal, 'today']);
      expect(today.stderr).toBe('');
      expect(today.exitCode).toBe(0);
      stats[stats.length - 1] +=
        ` (reap ${Math.round(tGone - t0)} ms, check ${Math.round(tCheck - tGone)} ms, today ${Math.round(performance.now() - tCheck)} ms)`;
    }
    console.log(`kill rounds (one log ≈ ${Math.round(logMs)} ms):\n  ${stats.join('\n  ')}`);
    // The kills did land while a `log` was running (a round killed between two logs proves less).
    expect(killedMidLog).toBeGreaterThan(0);
  });

  it(`leaves each date whole or absent when a single \`log\` is SIGKILLed at a random point (${SINGLE_KILLS} times)`, async () => {
    // Delays span the whole life of a `log` process (startup, reads, the write
    // transaction, close): 0–150 ms, or longer when a log takes longer here.
    const window = Math.max(150, Math.round(logMs * 1.2));
    let killed = 0;
    let finished = 0;
    const absent: string[] = [];
    for (let i = 0; i < SINGLE_KILLS; i++) {
      const date = SINGLE_DATES[i]!;
      const child = spawn(NODE, [cli.entry, ...logArgs(journal, date)], { env: cli.env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
      const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      await sleep(Math.round(((i + Math.random()) * window) / SINGLE_KILLS));
      child.kill('SIGKILL');
      const { code, signal } = await exit;
      const rows = rowDates(); // integrity_check + every row whole
      for (const d of present) expect(rows.has(d), `${d} was written before and must still be there`).toBe(true);
      if (signal === 'SIGKILL') killed++;
      else {
        finished++;
        expect(unexpectedStderr(stderr)).toBe('');
        expect(code).toBe(0);
        expect(rows.has(date), `${date}: log exited 0, so its row must be there`).toBe(true);
      }
      if (rows.has(date)) present.add(date);
      else absent.push(date);
      expect(rows).toEqual(present);
    }
    console.log(
      `single kills: window ${window} ms, ${killed} killed, ${finished} finished first; ${SINGLE_KILLS - absent.length} rows written, ${absent.length} absent`,
    );
    expect(killed).toBeGreaterThan(0);

    // No kill left anything half-done in the way: every absent date can be logged now,
    // and the journal is still sound and usable.
    for (const date of absent) {
      const r = await run(cli, logArgs(journal, date));
      expect(unexpectedStderr(r.stderr)).toBe('');
      expect(r.exitCode).toBe(0);
      present.add(date);
    }
    expect(rowDates()).toEqual(present);
    const today = await run(cli, ['--journal', journal, 'today']);
    expect(today.stderr).toBe('');
    expect(today.exitCode).toBe(0);
  });
});
