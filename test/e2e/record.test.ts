// The daily record through the real binary (SPEC §4 v1.1 checkin flags, log names,
// strict values, event list, history notes): what the process says and exits with, and
// what the journal holds afterwards. The rules themselves are tested in test/core/record.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, Cli, plan, show, snapshotJournal, tableRows, type RunResult } from './helpers.js';

beforeAll(assertBuilt);

const NOW = '2026-11-10';
const GENTLE = plan('gentle-foundations.yaml');
const SIGNALS = ['--fatigue', '2', '--pain', '1', '--anxiety', '1', '--low-mood', '1', '--qol', '8'];

function expectOneLine(r: RunResult, what: string): string {
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  expect(lines, `${what}: stderr is exactly one line`).toHaveLength(1);
  expect(lines[0], what).toMatch(/^regimen: \S/);
  expect(r.stderr, what).not.toMatch(/\n\s+at |internal error|Error:/);
  return lines[0]!;
}

async function started(): Promise<Cli> {
  const cli = new Cli({ now: NOW });
  await cli.json(['init', '--plan', GENTLE, '--start', '2026-11-02']);
  return cli;
}

describe('check-in flag spellings', () => {
  let cli: Cli;
  beforeAll(async () => {
    cli = await started();
  });

  it.each([
    ['Dizziness', 'dizziness'],
    ['chest-pain', 'chest_pain'],
    ['chest pain', 'chest_pain'],
    ['Chest_Pain', 'chest_pain'],
  ])('%j is recorded as the stop flag %s and the day is stop', async (given, flag) => {
    const r = await cli.json(['checkin', ...SIGNALS, '--flag', given, '--date', '2026-11-03']);
    expect(r).toMatchObject({ status: 'stop', flags: [flag] });
    const rows = tableRows<{ date: string; flags: string; superseded: number }>(cli.journal, 'checkins').filter((c) => c.superseded === 0);
    expect(rows.map((c) => [c.date, JSON.parse(c.flags)])).toEqual([['2026-11-03', [flag]]]);
  });

  it.each([
    ['dizzy', /did you mean dizziness\?/],
    ['fevre', /did you mean fever\?/],
    ['chestpain', /did you mean chest_pain\?/],
    ['headache', /accepted: fever, chest_pain, dizziness, breathless, bleeding, new_swelling; other symptoms go in --note/],
  ])('%j is refused: exit 2, one line with %s, nothing written', async (given, says) => {
    const before = snapshotJournal(cli.journal);
    const args = ['checkin', ...SIGNALS, '--flag', given];
    const r = await cli.run(args);
    const what = show(args, r);
    expect(r.exitCode, what).toBe(2);
    const line = expectOneLine(r, what);
    expect(line).toMatch(says);
    expect(line).toMatch(/accepted: fever, chest_pain, dizziness/);
    expect(r.stdout).toBe('');
    const after = snapshotJournal(cli.journal);
    expect(after.rows).toEqual(before.rows);
    expect(after.bytes).toBe(before.bytes);
    // Refused, so the day was never made green by a typo.
    expect((await cli.json(['today'])).status).toBe('unknown');
  });
});

describe('a stop flag the plan adds', () => {
  it('is accepted in any separator spelling and suggested for a near miss', async () => {
    const cli = new Cli({ now: NOW });
    const planFile = join(cli.dir, 'with-flags.yaml');
    const text = readFileSync(GENTLE, 'utf8').replace('symptoms: { amber: 4, red: 7 }', 'symptoms: { amber: 4, red: 7, stop_flags: [neutropenic_fever] }');
    expect(text).toContain('neutropenic_fever');
    writeFileSync(planFile, text);
    await cli.json(['init', '--plan', planFile, '--start', '2026-11-02']);
    const refused = await cli.run(['checkin', ...SIGNALS, '--flag', 'neutropenic fevr']);
    expect(refused.exitCode).toBe(2);
    expect(expectOneLine(refused, 'near miss')).toMatch(/did you mean neutropenic_fever\? accepted: .*new_swelling, neutropenic_fever/);
    expect(tableRows(cli.journal, 'checkins')).toEqual([]);
    expect(await cli.json(['checkin', ...SIGNALS, '--flag', 'Neutropenic Fever'])).toMatchObject({ status: 'stop', flags: ['neutropenic_fever'] });
  });
});

describe('strict numbers and dates: exit 2, one line naming the accepted form, nothing written', () => {
  let cli: Cli;
  beforeAll(async () => {
    cli = await started();
    await cli.json(['log', '--rpe', '4', '--date', '2026-11-02']);
  });

  const NUMBERS: [string, string[]][] = [
    ...['4.5', '0x4', '1e1', '+5', '5.0', ' 5', '5 ', '', '٥'].map((v): [string, string[]] => [`--rpe ${JSON.stringify(v)}`, ['log', '--rpe', v]]),
    ['--fatigue 1e1', ['checkin', ...SIGNALS.slice(2), '--fatigue', '1e1']],
    ['--qol 0x8', ['checkin', ...SIGNALS.slice(0, 8), '--qol', '0x8']],
    ['--minutes 2e1', ['log', '--rpe', '4', '--minutes', '2e1']],
    ['--energy +5', ['log', '--rpe', '4', '--energy', '+5']],
    ['history --weeks 2.0', ['history', '--weeks', '2.0']],
    ['schedule --weeks +2', ['schedule', '--weeks', '+2']],
    ['adjust load --by 1e1', ['adjust', 'load', '2026-11-12', '--by', '1e1']],
  ];
  it.each(NUMBERS)('%s', async (_name, args) => {
    const before = snapshotJournal(cli.journal);
    const r = await cli.run(args);
    const what = show(args, r);
    expect(r.exitCode, what).toBe(2);
    expect(expectOneLine(r, what)).toMatch(/whole number/);
    expect(r.stdout).toBe('');
    const after = snapshotJournal(cli.journal);
    expect(after.rows).toEqual(before.rows);
    expect(after.bytes).toBe(before.bytes);
  });

  const DATES: [string, string[], Record<string, string>?][] = [
    ['--date 9999-12-31', ['log', '--rpe', '4', '--date', '9999-12-31']],
    ['--date 3000-01-01', ['today', '--date', '3000-01-01']],
    ['--date 1899-12-31', ['checkin', ...SIGNALS, '--date', '1899-12-31']],
    ['--date 2026-11-3', ['checkin', ...SIGNALS, '--date', '2026-11-3']],
    ['--date 2026-02-29', ['event', 'add', 'illness', '--date', '2026-02-29']],
    ['history --to 9999-12-31', ['history', '--to', '9999-12-31']],
    ['event list --from 1800-01-01', ['event', 'list', '--from', '1800-01-01']],
    ['schedule --from 20261102', ['schedule', '--from', '20261102']],
    ['plan use --start 9999-12-31', ['plan', 'use', GENTLE, '--start', '9999-12-31']],
    ['REGIMEN_NOW=9999-12-31', ['today'], { REGIMEN_NOW: '9999-12-31' }],
    ['REGIMEN_NOW=2026-11-10T08:00', ['log', '--rpe', '4'], { REGIMEN_NOW: '2026-11-10T08:00' }],
  ];
  it.each(DATES)('%s', async (_name, args, env) => {
    const before = snapshotJournal(cli.journal);
    const r = await cli.run(args, env ? { env } : {});
    const what = show(args, r);
    expect(r.exitCode, what).toBe(2);
    expect(expectOneLine(r, what)).toMatch(/YYYY-MM-DD from 1900-01-01 to 2999-12-31/);
    expect(r.stdout).toBe('');
    const after = snapshotJournal(cli.journal);
    expect(after.rows).toEqual(before.rows);
    expect(after.bytes).toBe(before.bytes);
  });
});

describe('log: names matched to the day, timed and distance work', () => {
  it('stores the plan spelling, warns once per miss with the closest planned name, and `last` uses matched names only', async () => {
    const cli = await started();
    const args = [
      'log',
      '--rpe',
      '4',
      '--date',
      '2026-11-02',
      '--exercise',
      'sit to  STAND from a chair: 2x10 rir3',
      '--exercise',
      'Wall push-up: 2x8 rir3',
      '--exercise',
      'Sit to stand: 2x12 rir2',
    ];
    const r = await cli.run(args);
    expect(r.exitCode, show(args, r)).toBe(0);
    expect(r.stderr).toBe(
      'regimen: "Sit to stand" is not planned on 2026-11-02; recorded as written, but `last` and progression will not use it — did you mean "Sit to stand from a chair"?\n',
    );
    const [session] = tableRows<{ exercises: string }>(cli.journal, 'sessions');
    expect(JSON.parse(session!.exercises)).toEqual([
      { exercise: 'Sit to stand from a chair', sets: 2, reps: [10, 10], rir: 3, matched: true },
      { exercise: 'Wall push-up', sets: 2, reps: [8, 8], rir: 3, matched: true },
      { exercise: 'Sit to stand', sets: 2, reps: [12, 12], rir: 2, matched: false },
    ]);
    const today = await cli.json(['today', '--date', '2026-11-09']);
    expect(today.last.find((l: { exercise: string }) => l.exercise === 'Sit to stand from a chair')).toMatchObject({
      date: '2026-11-02',
      reps: '10,10',
      done: '2×10 reps',
    });
  });

  it('walks and breathing are stored as durations and shown without reps', async () => {
    const cli = await started();
    await cli.ok(['log', '--rpe', '3', '--date', '2026-11-04', '--exercise', 'Moderate walk: 20min', '--exercise', 'easy walk to warm up: 5 min']);
    const [session] = tableRows<{ exercises: string }>(cli.journal, 'sessions');
    expect(JSON.parse(session!.exercises)).toEqual([
      { exercise: 'Moderate walk', sets: 1, reps: [], seconds: [1200], matched: true },
      { exercise: 'Easy walk to warm up', sets: 1, reps: [], seconds: [300], matched: true },
    ]);
    const history = await cli.run(['history', '--from', '2026-11-02', '--to', '2026-11-15', '--compare']);
    expect(history.stdout).toMatch(/Moderate walk 20 min; Easy walk to warm up 5 min/);
    expect(history.stdout).toMatch(/Moderate walk: best 20 min/);
    expect(history.stdout).not.toMatch(/reps/);
  });
});

describe('events and notes in the record', () => {
  it("event list shows the last 8 weeks; history starts at the start date and carries each day's notes and events", async () => {
    const cli = await started();
    await cli.ok(['checkin', ...SIGNALS, '--date', '2026-11-04', '--note', 'slept badly']);
    await cli.ok(['log', '--rpe', '3', '--date', '2026-11-04', '--note', 'walked with Sam']);
    await cli.ok(['event', 'add', 'treatment_change', '--date', '2026-11-04', '--note', 'cycle 2']);
    await cli.ok(['event', 'add', 'injury:shin', '--date', '2026-11-07']);
    const events = await cli.json(['event', 'list']);
    expect(events).toMatchObject({ from: '2026-09-16', to: NOW });
    expect(events.events).toEqual([
      { date: '2026-11-04', type: 'treatment_change', site: null, note: 'cycle 2' },
      { date: '2026-11-07', type: 'injury:shin', site: 'shin', note: null },
    ]);
    expect((await cli.json(['event', 'list', '--from', '2026-11-05'])).events.map((e: { date: string }) => e.date)).toEqual(['2026-11-07']);

    const h = await cli.json(['history', '--weeks', '8']);
    expect(h.from).toBe('2026-11-02'); // not eight weeks back: the record starts on the 2nd
    expect(h.weeks.map((w: { week: string }) => w.week)).toEqual(['2026-W45', '2026-W46']);
    const day = h.weeks[0].days.find((d: { date: string }) => d.date === '2026-11-04');
    expect(day.notes).toEqual([
      { source: 'checkin', text: 'slept badly' },
      { source: 'session', text: 'walked with Sam' },
    ]);
    expect(day.events).toEqual([{ type: 'treatment_change', site: null, note: 'cycle 2' }]);
    const text = (await cli.ok(['history'])).stdout;
    expect(text).toMatch(/wed 2026-11-04 .*\n.*check-in note: slept badly\n.*session note: walked with Sam\n.*event: treatment change — cycle 2/);
    expect(text).toMatch(/sat 2026-11-07 .*\n.*event: injury \(shin\)/);
  });
});
