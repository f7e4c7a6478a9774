#!/usr/bin/env node
// `npm run bench`: the speed (and peak memory) quality bars of SPEC §8.
//
// Every case is timed from process spawn to exit, as the user experiences it, and
// reported as a ratio to `node -e 0` measured on the same machine in the same run
// (cases are interleaved round-robin, so drift in machine load hits every row alike).
// The bench reports; it does not gate: it exits 0 whatever the numbers are. It only
// fails (exit 1) when it cannot measure: no build, or generated inputs that are invalid.
//
//   node test/bench/bench.mjs [--runs N] [--json] [--seed N] [--keep] [--only NAME]
//
// It builds nothing: run `npm run build` first. Inputs are generated into a fresh
// temporary directory (removed at the end unless --keep) from a seeded PRNG, so two
// runs time exactly the same files.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, athleteIdOf, generateJournal, generateTeamJournal, mondayOf, openJournal } from './journal-gen.mjs';
import { generatePlans } from './plan-gen.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'bin', 'regimen.js');
const DIST = join(ROOT, 'dist', 'cli.cjs');
const TIME = '/usr/bin/time';

// ------------------------------------------------------------------------------
// Options

function usage(code) {
  (code ? process.stderr : process.stdout).write(
    'usage: node test/bench/bench.mjs [--runs N] [--json] [--seed N] [--keep] [--only NAME]\n' +
      '  --runs N     timed runs per case (default 15, after 2 warm-up runs)\n' +
      '  --json       print the results as one JSON document\n' +
      '  --seed N     seed for the generated inputs (default 20261123)\n' +
      '  --keep       keep the temporary directory and print its path\n' +
      '  --only NAME  run only the cases whose name contains NAME (the baseline always runs)\n',
  );
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { runs: 15, warmup: 2, json: false, seed: 20261123, keep: false, only: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) {
        process.stderr.write(`bench: ${arg} needs a value\n`);
        usage(2);
      }
      return v;
    };
    const int = (name, v, min) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) {
        process.stderr.write(`bench: ${name} must be an integer >= ${min}, got ${v}\n`);
        process.exit(2);
      }
      return n;
    };
    if (arg === '--runs') opts.runs = int('--runs', value(), 1);
    else if (arg.startsWith('--runs=')) opts.runs = int('--runs', arg.slice(7), 1);
    else if (arg === '--seed') opts.seed = int('--seed', value(), 0);
    else if (arg === '--json') opts.json = true;
    else if (arg === '--keep') opts.keep = true;
    else if (arg === '--only') opts.only = value();
    else if (arg === '-h' || arg === '--help') usage(0);
    else {
      process.stderr.write(`bench: unknown option ${arg}\n`);
      usage(2);
    }
  }
  return opts;
}

// ------------------------------------------------------------------------------
// Running and measuring

const baseEnv = { ...process.env, NO_COLOR: '1', REGIMEN_NOW: '2026-11-25' };
delete baseEnv.FORCE_COLOR;

/** Run the CLI once (for setup); throws with its stderr when it fails. */
function regimen(args, env = {}) {
  const res = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...baseEnv, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`regimen ${args.join(' ')} exited ${res.status}:\n${res.stderr || res.stdout}`);
  return res.stdout;
}

const hasTime = (() => {
  if (!existsSync(TIME)) return false;
  const res = spawnSync(TIME, ['-f', '%U %S %M', process.execPath, '-e', '0'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return res.status === 0 && /^[\d.]+ [\d.]+ \d+\s*$/m.test(res.stderr);
})();

/**
 * One run of a case: wall time from spawn to exit and, through GNU time (when there is
 * one), the child's CPU time (user + system) and peak RSS. CPU time is what load on a
 * shared machine disturbs least: waiting for a core counts in wall time, not in CPU time.
 * GNU time's own exec adds the same ~1 ms to every row, the baseline included.
 */
function timeOnce(c) {
  c.beforeRun?.(c.ctx);
  const out = join(c.ctx.tmp, '.time-out');
  const [cmd, argv] = hasTime ? [TIME, ['-f', '%U %S %M', '-o', out, process.execPath, ...c.argv]] : [process.execPath, c.argv];
  const start = process.hrtime.bigint();
  const res = spawnSync(cmd, argv, { cwd: ROOT, env: c.fullEnv, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const expected = c.expectStatus ?? 0;
  if (res.error || res.status !== expected) {
    const why = res.error ? res.error.message : `exit ${res.status} (expected ${expected})${res.signal ? `, signal ${res.signal}` : ''}`;
    throw new Error(`${c.name}: ${why}\n${String(res.stderr ?? '').slice(0, 2000)}`);
  }
  if (!hasTime) return { ms, cpuMs: null, rssMiB: null };
  // GNU time prints "Command exited with non-zero status N" first when the status is not 0.
  const [user, sys, kib] = readFileSync(out, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { ms, cpuMs: (user + sys) * 1000, rssMiB: kib / 1024 };
}

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// ------------------------------------------------------------------------------
// The ten-year journal (test/bench/journal-gen.mjs). "Today" is a fixed Monday, so runs
// are comparable and today's planned session is the strength one: `today` then looks up
// the last performance of each of its exercises in ten years of sessions.

const JOURNAL_TODAY = '2026-11-23'; // a Monday
const JOURNAL_START = mondayOf(addDays(JOURNAL_TODAY, -3652)); // ten years back, a Monday

function ensureJournal(ctx) {
  if (ctx.journalInfo) return ctx.journalInfo;
  const info = generateJournal({
    root: ROOT,
    journal: ctx.journal,
    plan: join(ROOT, 'plans', 'gentle-foundations.yaml'),
    today: JOURNAL_TODAY,
    start: JOURNAL_START,
    seed: ctx.seed,
    regimen: ctx.regimen,
  });
  ctx.log(
    `bench: generated a journal of ${info.days} days (${JOURNAL_START} to ${addDays(JOURNAL_TODAY, -1)}): ${info.checkins} check-ins, ` +
      `${info.sessions} sessions (${Object.entries(info.statuses)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}); ` +
      `${(info.bytes / 1024 / 1024).toFixed(1)} MiB in ${(info.ms / 1000).toFixed(2)} s`,
  );

  // The commands must work on it, or the timings mean nothing.
  const env = { REGIMEN_NOW: JOURNAL_TODAY };
  const at = ['--no-input', '--journal', ctx.journal];
  const view = JSON.parse(ctx.regimen([...at, '--json', 'today'], env));
  const problems = [];
  if (!view.planned || view.planned.type === 'rest') problems.push(`planned is ${JSON.stringify(view.planned?.type ?? null)}, expected a training session`);
  if (!view.adapted) problems.push('adapted is missing');
  if (view.adaptation === 'as_planned' || view.status !== 'amber')
    problems.push(`expected an amber day that adapts, got status ${view.status}, adaptation ${view.adaptation}`);
  if (!Array.isArray(view.last) || view.last.length === 0) problems.push('last is empty: no last performance found in ten years of sessions');
  if (problems.length) throw new Error(`today --json on the generated journal: ${problems.join('; ')}`);
  ctx.regimen([...at, 'today'], env);
  ctx.regimen([...at, 'log', '--replace', '--rpe', '4', '--exercise', 'Sit to stand from a chair: 2x12@bw rir3'], env);
  ctx.log(
    `bench: today: ${view.planned.type} ${view.planned.minutes} min -> ${view.adaptation} (${view.adapted.variant}, ${view.adapted.minutes} min); ` +
      `last performance of ${view.last.length} of ${view.planned.items.length} exercises (${view.last.map((l) => l.date).join(', ')})`,
  );
  ctx.journalInfo = { ...info, start: JOURNAL_START, today: JOURNAL_TODAY };
  return ctx.journalInfo;
}

/** Run the CLI once, timed (for the one-off checks): { out, ms }. Throws on a non-zero exit. */
function timedRegimen(ctx, args, env) {
  const start = process.hrtime.bigint();
  const out = ctx.regimen(args, env);
  return { out, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** A byte-for-byte copy of a journal (with its WAL, if one is left), for a run that must not touch the original. */
function copyJournal(from, to) {
  for (const suffix of ['', '-wal']) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
}

function reviewProblems(r, label) {
  const problems = [];
  if (!['progress', 'hold', 'step_down'].includes(r?.decision)) problems.push(`${label}: decision is ${JSON.stringify(r?.decision)}`);
  if (!r?.metrics || typeof r.metrics !== 'object' || typeof r.metrics.completion === 'undefined' || !r.metrics.load)
    problems.push(`${label}: metrics missing or incomplete (${JSON.stringify(r?.metrics)})`);
  return problems;
}

const tally = (reviews) =>
  Object.entries(reviews.reduce((t, r) => ({ ...t, [r.decision]: (t[r.decision] ?? 0) + 1 }), {}))
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');

/** `review` must decide on the ten-year journal: dry-run JSON checked, and one real run (on a copy) exits 0 and records it. */
function ensureReview(ctx) {
  if (ctx.reviewChecked) return;
  ensureJournal(ctx);
  const env = { REGIMEN_NOW: JOURNAL_TODAY };
  const dry = timedRegimen(ctx, ['--no-input', '--journal', ctx.journal, '--json', 'review', '--dry-run'], env);
  const review = JSON.parse(dry.out);
  const problems = reviewProblems(review, 'review --dry-run --json');
  if (review.applied !== false || review.cached !== false)
    problems.push(`review --dry-run --json: expected applied false, cached false, got ${review.applied}, ${review.cached}`);
  // The real run goes to a copy: a stored review would make every later dry run return it (cached).
  const copy = join(ctx.tmp, 'journal-review-check.db');
  copyJournal(ctx.journal, copy);
  const real = timedRegimen(ctx, ['--no-input', '--journal', copy, '--json', 'review'], env);
  const applied = JSON.parse(real.out);
  problems.push(...reviewProblems(applied, 'review --json'));
  if (applied.applied !== true) problems.push(`review --json: expected applied true, got ${applied.applied}`);
  const db = openJournal(ROOT, copy);
  const stored = db.prepare('SELECT count(*) AS n FROM reviews WHERE week = ?').get(review.week).n;
  db.close();
  if (stored !== 1) problems.push(`review --json: ${stored} reviews stored for ${review.week}, expected 1`);
  rmSync(copy, { force: true });
  rmSync(`${copy}-wal`, { force: true });
  rmSync(`${copy}-shm`, { force: true });
  if (problems.length) throw new Error(`review on the generated journal: ${problems.join('; ')}`);
  const m = review.metrics;
  ctx.log(
    `bench: review ${review.week}: ${review.decision} (${review.stage.from} -> ${review.stage.to}; completion ${m.completion}, avg rpe ${m.avg_rpe}, ${m.weeks_in_stage} weeks in stage); ` +
      `dry run ${dry.ms.toFixed(0)} ms, real run (on a copy) ${real.ms.toFixed(0)} ms, exit 0, 1 review stored`,
  );
  ctx.reviewChecked = true;
}

// The export of the ten-year journal, checked once: importing it into an empty journal
// and exporting again gives the same bytes (SPEC §4), so the timings are of real work.
function ensureExport(ctx) {
  if (ctx.exportInfo) return ctx.exportInfo;
  ensureJournal(ctx);
  const input = join(ctx.tmp, 'export-input.json');
  const env = { REGIMEN_NOW: JOURNAL_TODAY };
  const exported = timedRegimen(ctx, ['--no-input', '--journal', ctx.journal, 'export', '--format', 'json', '--out', input], env);
  const check = join(ctx.tmp, 'import-check.db');
  const imported = timedRegimen(ctx, ['--no-input', '--journal', check, 'import', input], env);
  const again = timedRegimen(ctx, ['--no-input', '--journal', check, 'export', '--format', 'json', '--all'], env);
  if (again.out !== readFileSync(input, 'utf8')) throw new Error('export → import → export of the generated journal does not give the same bytes');
  for (const f of [check, `${check}-wal`, `${check}-shm`]) rmSync(f, { force: true });
  const bytes = readFileSync(input).length;
  ctx.log(
    `bench: export of the 10-year journal: ${(bytes / 1024).toFixed(0)} KiB in ${exported.ms.toFixed(0)} ms; import ${imported.ms.toFixed(0)} ms; round trip gives the same bytes`,
  );
  ctx.exportInfo = { bytes, export_ms: exported.ms, import_ms: imported.ms };
  return ctx.exportInfo;
}

// The many-athlete journal for `review --all` (SPEC §8: "500 athletes with a year each"),
// on the same plan, from a Monday a year before the same "today".
const TEAM_SIZE = 500;
const TEAM_START = mondayOf(addDays(JOURNAL_TODAY, -365));

function ensureTeamJournal(ctx) {
  if (ctx.teamInfo) return ctx.teamInfo;
  const info = generateTeamJournal({
    root: ROOT,
    journal: ctx.team,
    plan: join(ROOT, 'plans', 'gentle-foundations.yaml'),
    today: JOURNAL_TODAY,
    start: TEAM_START,
    seed: ctx.seed,
    regimen: ctx.regimen,
    athletes: TEAM_SIZE,
  });
  ctx.log(
    `bench: generated a journal of ${info.athletes} athletes x ${info.days} days (${TEAM_START} to ${addDays(JOURNAL_TODAY, -1)}): ${info.checkins} check-ins, ` +
      `${info.sessions} sessions (${Object.entries(info.statuses)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}); ` +
      `${(info.bytes / 1024 / 1024).toFixed(1)} MiB in ${(info.ms / 1000).toFixed(2)} s`,
  );

  // `review --all` must review every athlete, or the timings mean nothing.
  const env = { REGIMEN_NOW: JOURNAL_TODAY };
  const expectIds = Array.from({ length: TEAM_SIZE }, (_, i) => athleteIdOf(i + 1)).join(',');
  const check = (out, label, applied) => {
    const { reviews } = JSON.parse(out);
    const problems = [];
    if (!Array.isArray(reviews) || reviews.length !== TEAM_SIZE) return [`${label}: ${reviews?.length ?? 'no'} reviews, expected ${TEAM_SIZE}`];
    if (reviews.map((r) => r.athlete).join(',') !== expectIds)
      problems.push(`${label}: the reviews are not one for each of ${athleteIdOf(1)}…${athleteIdOf(TEAM_SIZE)}`);
    const bad = reviews.flatMap((r) => reviewProblems(r, `${label} ${r.athlete}`));
    if (bad.length) problems.push(...bad.slice(0, 3), ...(bad.length > 3 ? [`… and ${bad.length - 3} more`] : []));
    const wrong = reviews.filter((r) => r.applied !== applied || r.cached !== false).length;
    if (wrong) problems.push(`${label}: ${wrong} reviews without applied ${applied}, cached false`);
    return problems.length ? problems : reviews;
  };
  const dry = timedRegimen(ctx, ['--no-input', '--journal', ctx.team, 'review', '--all', '--dry-run', '--json'], env);
  const dryReviews = check(dry.out, 'review --all --dry-run --json', false);
  if (typeof dryReviews[0] === 'string') throw new Error(`review --all on the generated journal: ${dryReviews.join('; ')}`);
  // The real run goes to a copy: stored reviews would make every later dry run return them (cached).
  const copy = join(ctx.tmp, 'team-review-check.db');
  copyJournal(ctx.team, copy);
  const real = timedRegimen(ctx, ['--no-input', '--journal', copy, 'review', '--all', '--json'], env);
  const problems = [];
  const realReviews = check(real.out, 'review --all --json', true);
  if (typeof realReviews[0] === 'string') problems.push(...realReviews);
  const db = openJournal(ROOT, copy);
  const week = dryReviews[0].week;
  const stored = db.prepare('SELECT count(*) AS n, count(DISTINCT athlete_id) AS athletes FROM reviews WHERE week = ?').get(week);
  const changed = db.prepare("SELECT count(*) AS n FROM stage_changes WHERE reason LIKE 'review %'").get().n;
  db.close();
  if (stored.n !== TEAM_SIZE || stored.athletes !== TEAM_SIZE)
    problems.push(`review --all --json: ${stored.n} reviews of ${stored.athletes} athletes stored for ${week}, expected ${TEAM_SIZE}`);
  for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
  if (problems.length) throw new Error(`review --all on the generated journal: ${problems.join('; ')}`);
  ctx.log(
    `bench: review --all ${week}: ${tally(dryReviews)}; dry run ${dry.ms.toFixed(0)} ms, ` +
      `real run (on a copy) ${real.ms.toFixed(0)} ms, exit 0, ${stored.n} reviews and ${changed} stage changes stored`,
  );
  ctx.teamInfo = { ...info, start: TEAM_START, today: JOURNAL_TODAY, decisions: tally(dryReviews), check_dry_run_ms: dry.ms, check_real_run_ms: real.ms };
  return ctx.teamInfo;
}

// ------------------------------------------------------------------------------
// The cases. Add a row here to bench a new command:
//   name    what the table shows
//   args    argv after `node` (use CLI for bin/regimen.js); may be a function of ctx
//   env     extra environment (merged over the base: NO_COLOR=1, REGIMEN_NOW=2026-11-25)
//   setup   optional (ctx) => void, run once before timing; ctx = { tmp, plans, journal, team, regimen, seed, log }
//   target  { ratio } — median ≤ ratio × `node -e 0`; { maxRssMiB } — peak memory bar
//   expectStatus  the exit status every timed run must have (default 0)
//   beforeRun     optional (ctx) => void, run (untimed) before every run of the case
// The first case is the baseline every ratio is taken against.

const CASES = [
  { name: 'node -e 0', args: ['-e', '0'], baseline: true },
  {
    name: 'check 200 plan files',
    args: (ctx) => [CLI, 'check', ctx.plans],
    // SPEC §8 v1.1: 4× (was 3×), where one YAML reader plus the generated checks can meet it.
    target: { ratio: 4.0 },
  },
  // Journal-backed cases (SPEC §8: "over a generated journal of ten years of daily
  // check-ins and sessions"). The journal is built once, by the first of them to run.
  {
    name: 'today (10-year journal)',
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.journal, 'today'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureJournal(ctx),
    target: { ratio: 1.5, maxRssMiB: 80 },
  },
  {
    name: 'log (10-year journal)',
    // --replace: every run overwrites today's record, so the journal does not grow
    // (beyond one superseded row a run).
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.journal, 'log', '--replace', '--rpe', '4', '--exercise', 'Sit to stand from a chair: 2x12@bw rir3'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureJournal(ctx),
    target: { ratio: 1.6 },
  },
  {
    name: 'review (10-year journal)',
    // --dry-run: nothing is stored, so every run decides afresh (a stored review would be returned as cached).
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.journal, 'review', '--dry-run'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureReview(ctx),
    target: { ratio: 1.6 },
  },
  {
    name: 'export --format json (10-year journal)',
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.journal, 'export', '--format', 'json', '--out', join(ctx.tmp, 'export.json')],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureExport(ctx),
    target: { ratio: 4 },
  },
  {
    name: 'import of that export (into an empty journal)',
    args: (ctx) => [CLI, '--no-input', '--journal', join(ctx.tmp, 'imported.db'), 'import', join(ctx.tmp, 'export-input.json')],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureExport(ctx),
    // Every run starts from no journal at all, as SPEC §8 says ("into an empty journal").
    beforeRun: (ctx) => {
      for (const f of ['imported.db', 'imported.db-wal', 'imported.db-shm']) rmSync(join(ctx.tmp, f), { force: true });
    },
    target: { ratio: 6 },
  },
  {
    name: `review --all (${TEAM_SIZE} athletes x 1 year)`,
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.team, 'review', '--all', '--dry-run', '--json'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureTeamJournal(ctx),
    target: { ratio: 10 },
  },
  {
    // Not a SPEC bar, shown for a coach's journal: a reading command copies the whole
    // journal into memory (src/io/journal/open.ts, snapshot), so time and peak memory
    // grow with the file, not with what is read.
    name: `today (${TEAM_SIZE}-athlete journal, one athlete)`,
    args: (ctx) => [CLI, '--no-input', '--journal', ctx.team, '--athlete', athleteIdOf(1), 'today'],
    env: { REGIMEN_NOW: JOURNAL_TODAY },
    setup: (ctx) => ensureTeamJournal(ctx),
  },
];

// ------------------------------------------------------------------------------

function fmt(n, digits = 1) {
  return n === null || n === undefined ? 'n/a' : n.toFixed(digits);
}

function printTable(rows) {
  const head = ['command', 'median ms', 'min ms', 'ratio', 'min ratio', 'cpu ms', 'cpu ratio', 'target', 'peak MiB', 'result'];
  const body = rows.map((r) => [
    r.name,
    fmt(r.median_ms),
    fmt(r.min_ms),
    r.baseline ? '1.00×' : `${fmt(r.ratio, 2)}×`,
    r.baseline ? '1.00×' : `${fmt(r.min_ratio, 2)}×`,
    fmt(r.cpu_ms, 0),
    r.cpu_ratio === null ? 'n/a' : r.baseline ? '1.00×' : `${fmt(r.cpu_ratio, 2)}×`,
    [r.target?.ratio !== undefined ? `≤ ${r.target.ratio.toFixed(1)}×` : '', r.target?.maxRssMiB !== undefined ? `≤ ${r.target.maxRssMiB} MiB` : '']
      .filter(Boolean)
      .join(', ') || (r.baseline ? 'baseline' : '-'),
    fmt(r.peak_rss_mib),
    r.result,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = opts.json ? (...a) => console.error(...a) : (...a) => console.log(...a);

  if (!existsSync(DIST)) {
    console.error('bench: dist/cli.cjs is missing — run npm run build first');
    process.exit(1);
  }

  const began = process.hrtime.bigint();
  const loadStart = loadavg()[0];
  const tmp = mkdtempSync(join(tmpdir(), 'regimen-bench-'));
  const cleanup = () => {
    if (opts.keep) console.error(`bench: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  try {
    const ctx = {
      tmp,
      plans: join(tmp, 'plans'),
      journal: join(tmp, 'journal.db'),
      team: join(tmp, 'team.db'),
      regimen,
      seed: opts.seed,
      log,
      journalInfo: null,
      teamInfo: null,
      reviewChecked: false,
    };
    const gen = generatePlans(ctx.plans, 200, opts.seed);
    log(
      `bench: generated ${gen.count} plans (${gen.kinds.ladder} ladder, ${gen.kinds.phased} phased, ${gen.kinds.sequence} sequence; ${(gen.bytes / 1024).toFixed(0)} KiB) with seed ${opts.seed}`,
    );

    // The inputs must be valid, or the timings mean nothing.
    const check = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ctx.plans], {
      cwd: ROOT,
      env: baseEnv,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (check.status !== 0) {
      let detail = (check.stderr || '').trim();
      try {
        const report = JSON.parse(check.stdout);
        const bad = report.files.filter((f) => !f.valid);
        detail = bad
          .slice(0, 5)
          .map(
            (f) =>
              `  ${f.file}: ${f.errors
                .slice(0, 3)
                .map((e) => `${e.line}:${e.col} ${e.message}`)
                .join('; ')}`,
          )
          .join('\n');
        if (bad.length > 5) detail += `\n  … and ${bad.length - 5} more invalid files`;
      } catch {
        /* not JSON: show stderr as is */
      }
      console.error(`bench: the generated plans do not pass \`regimen check\` (exit ${check.status}); fix the generator or the checker:\n${detail}`);
      opts.keep = true; // cleanup() keeps the files for inspection and says where
      process.exitCode = 1;
      return;
    }
    let warnings = 0;
    try {
      warnings = JSON.parse(check.stdout).warnings ?? 0;
    } catch {
      /* text output: fine */
    }
    log(`bench: regimen check: all ${gen.count} valid, ${warnings} warnings`);

    const cases = CASES.filter((c) => c.baseline || opts.only === undefined || c.name.includes(opts.only));
    for (const c of cases) {
      c.ctx = ctx;
      if (c.setup) c.setup(ctx);
      c.argv = typeof c.args === 'function' ? c.args(ctx) : c.args;
      c.fullEnv = { ...baseEnv, ...(c.env ?? {}) };
      c.runs = [];
    }

    log(`bench: ${opts.warmup} warm-up + ${opts.runs} timed runs per case, interleaved${hasTime ? '' : ` (${TIME} not found: peak memory n/a)`}`);
    for (let i = 0; i < opts.warmup; i++) for (const c of cases) timeOnce(c);
    for (let i = 0; i < opts.runs; i++) for (const c of cases) c.runs.push(timeOnce(c));
    for (const c of cases) c.times = c.runs.map((r) => r.ms);

    const baseCase = cases.find((c) => c.baseline);
    const base = median(baseCase.times);
    // CPU time: the mean, not the median, since GNU time gives it in 10 ms steps (the mean
    // of 15 such readings is finer than any one of them).
    const cpuOf = (c) => (hasTime ? mean(c.runs.map((r) => r.cpuMs)) : null);
    const baseCpu = cpuOf(baseCase);
    const rows = cases.map((c) => {
      const med = median(c.times);
      const ratio = med / base;
      // The peak over every timed run: the bar is on the worst run, not a typical one.
      const rss = hasTime ? Math.max(...c.runs.map((r) => r.rssMiB)) : null;
      const cpu = cpuOf(c);
      const checks = [];
      if (c.target?.ratio !== undefined) checks.push(ratio <= c.target.ratio);
      if (c.target?.maxRssMiB !== undefined) checks.push(rss === null ? null : rss <= c.target.maxRssMiB);
      const result = c.baseline || checks.length === 0 ? '' : checks.includes(false) ? 'OVER' : checks.includes(null) ? 'n/a' : 'PASS';
      return {
        name: c.name,
        command: ['node', ...c.argv.map((a) => a.replace(ROOT + '/', '').replace(tmp, '$TMP'))].join(' '),
        baseline: Boolean(c.baseline),
        runs: c.times.length,
        median_ms: med,
        min_ms: Math.min(...c.times),
        max_ms: Math.max(...c.times),
        ratio,
        // min over min: less sensitive to other load on the machine; shown, not judged
        min_ratio: Math.min(...c.times) / Math.min(...baseCase.times),
        // CPU time (user + system) over the baseline's: what load on the machine disturbs least; shown, not judged
        cpu_ms: cpu,
        cpu_ratio: cpu === null ? null : cpu / baseCpu,
        peak_rss_mib: rss,
        target: c.target ?? null,
        result,
      };
    });

    const judged = rows.filter((r) => r.result === 'PASS' || r.result === 'OVER' || r.result === 'n/a');
    const within = judged.filter((r) => r.result === 'PASS').length;
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    const summary = `bench: ${within} of ${judged.length} within target`;
    // Other processes competing for the CPU make the medians (and ratios) noisy: say so.
    const load = { start: loadStart, end: loadavg()[0], cpus: availableParallelism() };
    const busy = Math.max(load.start, load.end) > load.cpus * 0.5;
    const loadNote = `load average ${load.start.toFixed(2)} at start, ${load.end.toFixed(2)} at end, ${load.cpus} CPUs${busy ? ': the machine was busy, so the medians are noisy (compare the CPU and min ratios, or re-run on an idle machine)' : ''}`;

    if (opts.json) {
      console.log(
        JSON.stringify(
          {
            node: process.version,
            platform: `${process.platform}-${process.arch}`,
            runs: opts.runs,
            warmup: opts.warmup,
            seed: opts.seed,
            plans: { count: gen.count, bytes: gen.bytes, kinds: gen.kinds, warnings },
            journal: ctx.journalInfo,
            team_journal: ctx.teamInfo,
            memory: hasTime ? 'gnu-time' : null,
            baseline_ms: base,
            load,
            results: rows,
            within_target: within,
            judged: judged.length,
            seconds,
          },
          null,
          2,
        ),
      );
      console.error(`${summary}; ${loadNote}`);
    } else {
      console.log('');
      printTable(rows);
      console.log('');
      console.log(`${summary} (${seconds.toFixed(1)} s, node ${process.version})`);
      console.log(`bench: ${loadNote}`);
    }
  } finally {
    cleanup();
  }
}

try {
  main();
} catch (err) {
  // A failed run (a case exiting with the wrong status, a setup step failing): one clear message.
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
