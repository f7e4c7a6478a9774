// Bad input, end to end (SPEC §4 exit codes, §8 "Bad input"): exit 2, exactly one
// line on stderr that starts with `regimen:` (no stack trace), nothing on stdout, and
// nothing written — the journal's bytes and every row of every table are unchanged.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, Cli, FIXTURES, plan, run, show, snapshotJournal, tempJournal, type RunResult } from './helpers.js';

beforeAll(assertBuilt);

const NOW = '2026-11-10';
const GENTLE = plan('gentle-foundations.yaml');
const UNKNOWN_KEY = join(FIXTURES, 'invalid-unknown-key.yaml');
const BROKEN_YAML = join(FIXTURES, 'broken-yaml.yaml');
const MISSING_PLAN = join(FIXTURES, 'no-such-plan.yaml');
const SIGNALS = ['--fatigue', '2', '--pain', '1', '--anxiety', '1', '--low-mood', '1', '--qol', '8'];
const withSignal = (flag: string, value: string) => {
  const args = [...SIGNALS];
  args[args.indexOf(flag) + 1] = value;
  return ['checkin', ...args];
};
/** A plan error names the file and where in it (SPEC §8: file:line:col). */
const at = (file: string) => new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+`);

/** SPEC §8: one clear line naming what was wrong; never a stack trace or an internal error. */
function expectOneCleanLine(r: RunResult, what: string): void {
  expect(r.stderr.endsWith('\n'), `${what}: stderr ends with a newline`).toBe(true);
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  expect(lines, `${what}: stderr is exactly one line`).toHaveLength(1);
  expect(lines[0], what).toMatch(/^regimen: \S/);
  expect(r.stderr, what).not.toMatch(/\n\s+at |internal error|Error:/);
}

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string | undefined>;
  /** What the message must mention. */
  says?: RegExp;
  /** What the message must not say. */
  never?: RegExp;
}

const SPECS = [
  'Squat 5x5', // no colon
  ': 5x5', // no name
  'Squat:', // nothing after the name
  'Squat: 5x5@', // no load after @
  'Squat: 5x5@100', // a load without a unit
  'Squat: 5x5@heavy',
  'Squat: fivexfive',
  'Squat: 5x5 rir',
  'Squat: 5x5 rir11',
  'Squat: 0x5',
  'Squat: 21x5',
  'Squat: 5,5,x',
  'Squat: 5x1001',
];

const CASES: Case[] = [
  // numbers out of range or not whole
  { name: 'log RPE 11', args: ['log', '--rpe', '11'], says: /--rpe "11".*0 to 10/ },
  { name: 'log RPE 11 with --json', args: ['log', '--rpe', '11', '--json'], says: /--rpe/ },
  { name: 'log RPE -1', args: ['log', '--rpe', '-1'], says: /--rpe/ },
  { name: 'log minutes -5', args: ['log', '--minutes', '-5'], says: /--minutes/ },
  { name: 'log energy 0', args: ['log', '--energy', '0'], says: /--energy/ },
  { name: 'checkin fatigue -1', args: withSignal('--fatigue', '-1'), says: /--fatigue "-1"/ },
  { name: 'checkin fatigue 3.5', args: withSignal('--fatigue', '3.5'), says: /--fatigue "3\.5"/ },
  { name: 'checkin qol 11', args: withSignal('--qol', '11'), says: /--qol/ },
  { name: 'checkin pain "x"', args: withSignal('--pain', 'x'), says: /--pain/ },
  { name: 'checkin fatigue 3.5 with --json', args: [...withSignal('--fatigue', '3.5'), '--json'], says: /--fatigue/ },
  { name: 'checkin bad flag', args: ['checkin', ...SIGNALS, '--flag', '??'], says: /--flag/ },
  // dates
  { name: 'checkin on 2026-02-30', args: ['checkin', ...SIGNALS, '--date', '2026-02-30'], says: /2026-02-30/ },
  { name: 'log on 2026-02-30', args: ['log', '--rpe', '4', '--date', '2026-02-30'], says: /2026-02-30/ },
  { name: 'today on 2026-02-30', args: ['today', '--date', '2026-02-30'], says: /2026-02-30/ },
  { name: 'checkin in the future', args: ['checkin', ...SIGNALS, '--date', '2026-11-11'], says: /2026-11-11/ },
  { name: 'log in the future', args: ['log', '--rpe', '4', '--date', '2026-11-11'], says: /2026-11-11/ },
  { name: 'log in the future with --json', args: ['log', '--rpe', '4', '--date', '2026-11-11', '--json'], says: /2026-11-11/ },
  { name: 'event in the future', args: ['event', 'add', 'illness', '--date', '2026-11-11'], says: /2026-11-11/, never: /\ba event\b/ },
  { name: 'REGIMEN_NOW not a date', args: ['today'], env: { REGIMEN_NOW: '2026-13-45' }, says: /REGIMEN_NOW/ },
  { name: 'history --from not a date', args: ['history', '--from', '2026-11-31'], says: /--from/ },
  // malformed exercise specs
  ...SPECS.map((spec) => ({
    name: `--exercise "${spec}"`,
    args: ['log', '--rpe', '5', '--exercise', spec],
    says: new RegExp(`--exercise "${spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"`),
  })),
  { name: 'a good spec then a bad one', args: ['log', '--rpe', '5', '--exercise', 'Squat: 5x5@60kg', '--exercise', 'Row 5x5'], says: /Row 5x5/ },
  // athletes
  { name: 'unknown --athlete on log', args: ['log', '--rpe', '4', '--athlete', 'bob'], says: /bob.*\bme\b/ },
  { name: 'unknown --athlete on today', args: ['today', '--athlete', 'bob'], says: /bob/ },
  { name: 'unknown $REGIMEN_ATHLETE on checkin', args: ['checkin', ...SIGNALS], env: { REGIMEN_ATHLETE: 'bob' }, says: /bob/ },
  { name: 'athlete id not a slug', args: ['athlete', 'add', 'Bad_Id', '--plan', GENTLE], says: /Bad_Id/ },
  { name: 'athlete add an existing id', args: ['athlete', 'add', 'me', '--plan', GENTLE], says: /already exists/ },
  { name: 'init an existing athlete', args: ['init', '--plan', GENTLE], says: /already exists/ },
  { name: 'athlete status to an unknown status', args: ['athlete', 'status', 'me', 'retired'], says: /retired/ },
  { name: 'athlete activate an unknown athlete', args: ['athlete', 'activate', 'nobody'], says: /nobody/ },
  // usage
  { name: 'unknown flag', args: ['today', '--bogus'], says: /--bogus/ },
  { name: 'unknown flag close to a real one (did you mean)', args: ['today', '--jsn'], says: /--jsn/ },
  { name: 'flag without its value', args: ['checkin', '--fatigue'], says: /--fatigue/ },
  { name: 'unknown command', args: ['bogus'], says: /bogus/ },
  { name: 'unknown command close to a real one (did you mean)', args: ['todya'], says: /todya/ },
  { name: 'unknown --status choice', args: ['log', '--status', 'done'], says: /done/ },
  { name: 'unknown --type', args: ['log', '--type', 'run', '--minutes', '20'], says: /--type "run"/ },
  { name: '--day on a weekly plan', args: ['log', '--day', '3'], says: /--day/ },
  { name: 'a bad --id key', args: ['log', '--rpe', '3', '--id', 'bad key!'], says: /--id/ },
  { name: 'event type bogus', args: ['event', 'add', 'bogus'], says: /bogus/ },
  { name: 'checkin with missing signals and no TTY', args: ['checkin', '--fatigue', '2'], says: /--pain.*--anxiety.*--low-mood.*--qol/ },
  { name: 'checkin with no signals and no TTY', args: ['checkin'], says: /--fatigue.*--pain.*--anxiety.*--low-mood.*--qol/ },
  { name: 'checkin with missing signals, --json', args: ['checkin', '--fatigue', '2', '--pain', '1', '--json'], says: /--anxiety.*--low-mood.*--qol/ },
  { name: 'history --weeks 0', args: ['history', '--weeks', '0'], says: /--weeks/ },
  { name: 'schedule --weeks 0', args: ['schedule', '--weeks', '0'], says: /--weeks/ },
  { name: 'history --from with --weeks', args: ['history', '--from', '2026-11-01', '--weeks', '2'], says: /--from.*--weeks|--weeks.*--from/ },
  { name: 'schedule --to with --weeks', args: ['schedule', '--to', '2026-11-20', '--weeks', '2'], says: /--weeks/ },
  // invalid plan files, for every command that needs one
  { name: 'init with an invalid plan', args: ['init', '--athlete', 'newbie', '--plan', UNKNOWN_KEY], says: at(UNKNOWN_KEY) },
  { name: 'athlete add with an invalid plan', args: ['athlete', 'add', 'newbie', '--plan', UNKNOWN_KEY], says: at(UNKNOWN_KEY) },
  { name: 'plan use an invalid plan', args: ['plan', 'use', UNKNOWN_KEY], says: at(UNKNOWN_KEY) },
  { name: 'plan use a broken YAML file', args: ['plan', 'use', BROKEN_YAML], says: at(BROKEN_YAML) },
  { name: 'plan use a missing file', args: ['plan', 'use', MISSING_PLAN], says: /no-such-plan\.yaml/ },
  { name: 'today --plan an invalid plan', args: ['today', '--plan', UNKNOWN_KEY], says: at(UNKNOWN_KEY) },
  { name: 'today --plan an invalid plan, --json', args: ['today', '--plan', UNKNOWN_KEY, '--json'], says: at(UNKNOWN_KEY) },
  { name: 'schedule --plan an invalid plan', args: ['schedule', '--plan', UNKNOWN_KEY], says: at(UNKNOWN_KEY) },
  { name: 'schedule --plan a broken YAML file', args: ['schedule', '--plan', BROKEN_YAML], says: at(BROKEN_YAML) },
];

describe('bad input against a journal with records: exit 2, one line, nothing written', () => {
  // In-process (src/main.ts maps errors to exit codes as the binary does); the runs
  // before any journal exists, below, go through the built binary.
  const cli = new Cli({ now: NOW, inProcess: true });

  beforeAll(async () => {
    await cli.json(['init', '--plan', GENTLE, '--start', '2026-11-02']);
    await cli.json(['checkin', ...SIGNALS, '--date', '2026-11-02']);
    await cli.json(['log', '--rpe', '4', '--date', '2026-11-02', '--exercise', 'Sit to stand from a chair: 1x12@bw rir3']);
    await cli.json(['checkin', ...SIGNALS]);
    await cli.json(['event', 'add', 'injury:shin']);
  });

  it('a read-only command leaves the journal byte-for-byte as it was (the comparison is stable)', async () => {
    const before = snapshotJournal(cli.journal);
    await cli.ok(['today']);
    await cli.ok(['history']);
    const after = snapshotJournal(cli.journal);
    expect(after.bytes).toBe(before.bytes);
    expect(after.rows).toEqual(before.rows);
    expect(Object.keys(before.rows ?? {})).toEqual(expect.arrayContaining(['athletes', 'checkins', 'sessions', 'events', 'audit']));
  });

  it.each(CASES)('$name', async ({ args, env, says, never }) => {
    const before = snapshotJournal(cli.journal);
    const r = await cli.run(args, env ? { env } : {});
    const what = show(args, r);
    expect(r.exitCode, what).toBe(2);
    expectOneCleanLine(r, what);
    if (says) expect(r.stderr, what).toMatch(says);
    if (never) expect(r.stderr, what).not.toMatch(never);
    expect(r.stdout, what).toBe('');
    const after = snapshotJournal(cli.journal);
    expect(after.rows, `${what}\nrows changed`).toEqual(before.rows);
    expect(after.bytes, `${what}\nbytes changed`).toBe(before.bytes);
  });
});

describe('before any journal exists', () => {
  const READ_ONLY = [['today'], ['week'], ['history'], ['schedule'], ['plan', 'show'], ['athlete', 'list'], ['today', '--json']];
  const NEED_AN_ATHLETE = [
    ['log', '--rpe', '4'],
    ['checkin', ...SIGNALS],
    ['event', 'add', 'illness'],
    ['plan', 'use', GENTLE],
  ];

  it.each([...READ_ONLY, ...NEED_AN_ATHLETE].map((args) => ({ name: args.join(' '), args })))(
    '$name → exit 2 with a hint to run `regimen init`, no file created',
    async ({ args }) => {
      const { dir, path } = tempJournal();
      const journal = join(dir, 'nested', 'journal.db');
      for (const env of [{ REGIMEN_JOURNAL: path }, { REGIMEN_JOURNAL: undefined, XDG_DATA_HOME: join(dir, 'xdg') }]) {
        const r = await run(args, { env, now: NOW });
        const what = show(args, r);
        expect(r.exitCode, what).toBe(2);
        expectOneCleanLine(r, what);
        expect(r.stderr, what).toMatch(/regimen init/);
        expect(r.stdout, what).toBe('');
      }
      const viaFlag = await run([...args, '--journal', journal], { now: NOW });
      expect(viaFlag.exitCode, show(args, viaFlag)).toBe(2);
      expect(existsSync(path)).toBe(false);
      expect(readdirSync(dir), 'nothing created: no journal, no XDG directory, no parent directory').toEqual([]);
    },
  );

  it('init with an invalid plan creates no journal', async () => {
    const { dir, path } = tempJournal();
    for (const bad of [UNKNOWN_KEY, BROKEN_YAML, MISSING_PLAN]) {
      const r = await run(['init', '--plan', bad], { env: { REGIMEN_JOURNAL: path }, now: NOW });
      const what = show(['init', '--plan', bad], r);
      expect(r.exitCode, what).toBe(2);
      expectOneCleanLine(r, what);
      expect(r.stdout, what).toBe('');
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
