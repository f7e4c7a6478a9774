// `regimen detect` end to end (SPEC §4): free logs of an athlete without a plan become a
// plan file that `check` passes and `plan use` takes as it is. The commands run
// in-process; the run before any journal exists goes through the built binary.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, Cli, show } from './helpers.js';

beforeAll(assertBuilt);

const MODELINE = '# yaml-language-server: $schema=./regimen.schema.json';
// Four weeks, Monday 2026-10-05 to Sunday 2026-11-01; detect runs on that Sunday.
const MON1 = '2026-10-05';
const SUNDAY = '2026-11-01';
const NEXT_MONDAY = '2026-11-02';
const day = (week: number, weekday: number) => addDays(MON1, week * 7 + weekday);

async function newAthlete(now = SUNDAY): Promise<Cli> {
  const cli = new Cli({ now, inProcess: true });
  await cli.ok(['init', '--name', 'Robin']);
  return cli;
}

async function log(cli: Cli, date: string, args: string[]): Promise<void> {
  await cli.ok(['log', '--date', date, ...args]);
}

/** The history: Mon/Wed/Fri strength and a Saturday walk, one Wednesday missed, one extra Tuesday. */
async function weeklyHistory(cli: Cli): Promise<void> {
  // A week's records at once: the journal takes concurrent writers (SPEC §3).
  for (let w = 0; w < 4; w++) {
    const squat = `Back squat: 3x5@${60 + w * 2.5}kg rir2`;
    const week = [0, 2, 4]
      .filter((wd) => !(w === 1 && wd === 2)) // the missed Wednesday
      .map((wd) => log(cli, day(w, wd), ['--type', 'strength', '--minutes', '45', '--rpe', '6', '--exercise', squat, '--exercise', 'Push-up: 3x10@bw rir3']));
    week.push(log(cli, day(w, 5), ['--type', 'aerobic', '--minutes', String(30 + w * 5), '--rpe', '3']));
    if (w === 2) week.push(log(cli, day(2, 1), ['--type', 'strength', '--minutes', '20', '--exercise', 'Curl: 2x12@10kg'])); // the extra Tuesday
    await Promise.all(week);
  }
}

describe('weekly: four weeks of Mon/Wed/Fri strength and a Saturday walk', () => {
  it('gives mon/wed/fri strength and sat aerobic, leaves the Tuesday out, shows confidences, and passes check', async () => {
    const cli = await newAthlete();
    await weeklyHistory(cli);
    const file = join(cli.dir, 'detected.yaml');

    const r = await cli.run(['detect', '--out', file]);
    expect(r.exitCode, show(['detect'], r)).toBe(0);
    expect(r.stdout).toContain(`Wrote ${file}: a weekly plan from 16 sessions logged ${MON1} to ${day(3, 5)} (confidence 0.88)`);
    expect(r.stdout).toMatch(/wed {2}strength {2}confidence 0\.75/);
    expect(r.stdout).toContain(`regimen plan use ${file}`);

    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(MODELINE);
    expect(text).toContain(`# Detected by \`regimen detect\` from 16 logged sessions, ${MON1} to ${day(3, 5)}`);
    expect(text).toMatch(/# {3}mon {2}strength {2}4 of 4 weeks {2}confidence 1\.00/);
    expect(text).toMatch(/# {3}wed {2}strength {2}3 of 4 weeks {2}confidence 0\.75/);
    expect(text).toMatch(/# {3}sat {2}aerobic {3}4 of 4 weeks {2}confidence 1\.00/);
    expect(text).toContain('# Left out (logged in fewer than half of the weeks): tue (1 of 4 weeks).');

    const plan = parseYaml(text);
    expect(plan.week_template).toEqual({ mon: 'strength', wed: 'strength', fri: 'strength', sat: 'aerobic' });
    expect(plan.sessions.strength.standard).toEqual([
      { exercise: 'Back squat', sets: 3, reps: 5, load: '67.5kg', rir: 2 },
      { exercise: 'Push-up', sets: 3, reps: 10, load: 'bw', rir: 3 },
    ]);
    expect(plan.sessions.aerobic.standard[0]).toMatchObject({ exercise: 'Walk', minutes: 38 });
    expect(plan.stages).toEqual([expect.objectContaining({ id: 'DETECTED', min_weeks: 2, minutes: { strength: 45, aerobic: 38 } })]);

    // check is clean: no errors, and --strict proves no warnings either.
    const check = await cli.run(['check', '--strict', '--format', 'json', file]);
    expect(check.exitCode, show(['check', file], check)).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ errors: 0, warnings: 0 });

    const json = await cli.json(['detect']);
    expect(json).toMatchObject({ confidence: 0.88, sessions: 16, from: MON1, to: day(3, 5), weeks: 4, schedule: 'weekly', out: null });
    expect(json.days).toEqual({
      mon: { type: 'strength', share: 1 },
      wed: { type: 'strength', share: 0.75 },
      fri: { type: 'strength', share: 1 },
      sat: { type: 'aerobic', share: 1 },
    });
    // The same evidence gives the same file.
    expect(json.plan).toBe(text);
  });

  it('round trip: detect → plan use → today shows the detected session', async () => {
    const cli = await newAthlete();
    await weeklyHistory(cli);
    const file = join(cli.dir, 'mine.yaml');
    await cli.ok(['detect', '--out', file]);

    cli.now = NEXT_MONDAY;
    const use = await cli.json(['plan', 'use', file]);
    expect(use).toMatchObject({ athlete: 'me', plan: 'detected-me' });
    const today = await cli.json(['today']);
    expect(today.planned).toMatchObject({ type: 'strength', session: 'strength', minutes: 45 });
    expect(today.planned.items).toEqual([
      expect.objectContaining({ exercise: 'Back squat', sets: 3, reps: '5', load: '67.5kg', rir: 2 }),
      expect.objectContaining({ exercise: 'Push-up', sets: 3, reps: '10', load: 'bw', rir: 3 }),
    ]);
    // Side by side with what was last done (SPEC §4 today `last`).
    expect(today.last).toEqual(expect.arrayContaining([expect.objectContaining({ exercise: 'Back squat', date: day(3, 4), load: '67.5kg' })]));
    const text = await cli.ok(['today']);
    expect(text.stdout).toContain('Back squat 3×5 @ 67.5kg RIR 2');

    // Tuesday was left out: a rest day.
    expect((await cli.json(['today'], { now: addDays(NEXT_MONDAY, 1) })).planned.type).toBe('rest');
  });
});

describe('sequence: an A/B rotation on irregular days', () => {
  const A = (load: string) => [
    '--exercise',
    `Back squat: 5x5@${load} rir2`,
    '--exercise',
    'Bench press: 5x5@45kg rir2',
    '--exercise',
    'Barbell row: 5x5@40kg rir2',
  ];
  const B = (load: string) => [
    '--exercise',
    `Back squat: 5x5@${load} rir2`,
    '--exercise',
    'Overhead press: 5x5@30kg rir2',
    '--exercise',
    'Deadlift: 1x5@80kg rir1',
  ];
  // Gaps of 2–4 days: Mon, Thu, Sat, Wed, Fri, Mon, Fri, Sun, Wed, Sat.
  const DATES = ['2026-10-05', '2026-10-08', '2026-10-10', '2026-10-14', '2026-10-16', '2026-10-19', '2026-10-23', '2026-10-25', '2026-10-28', '2026-10-31'];

  it('gives a sequence plan with the two workouts, their exercises, sets, reps and latest loads; plan use → today', async () => {
    const cli = await newAthlete();
    for (const [i, date] of DATES.entries()) {
      await log(cli, date, ['--type', 'strength', '--minutes', '50', ...(i % 2 ? B : A)(`${60 + i * 2.5}kg`)]);
    }
    const file = join(cli.dir, 'rotation.yaml');
    const json = await cli.json(['detect', '--out', file]);
    expect(json).toMatchObject({ schedule: 'sequence', sessions: 10, confidence: 1, days: {}, out: file });
    expect(json.sequence.days.map((d: any) => d.name)).toEqual(['Workout A', 'Workout B']);
    expect(readFileSync(file, 'utf8')).toBe(json.plan);

    const plan = parseYaml(json.plan);
    expect(plan.schedule).toBe('sequence');
    expect(plan.days.filter((d: any) => d.type !== 'rest')).toEqual([
      { name: 'Workout A', type: 'strength', session: 'workout_a' },
      { name: 'Workout B', type: 'strength', session: 'workout_b' },
    ]);
    expect(plan.sessions).toEqual({
      workout_a: {
        type: 'strength',
        standard: [
          { exercise: 'Back squat', sets: 5, reps: 5, load: '80kg', rir: 2 },
          { exercise: 'Bench press', sets: 5, reps: 5, load: '45kg', rir: 2 },
          { exercise: 'Barbell row', sets: 5, reps: 5, load: '40kg', rir: 2 },
        ],
      },
      workout_b: {
        type: 'strength',
        standard: [
          { exercise: 'Back squat', sets: 5, reps: 5, load: '82.5kg', rir: 2 },
          { exercise: 'Overhead press', sets: 5, reps: 5, load: '30kg', rir: 2 },
          { exercise: 'Deadlift', sets: 1, reps: 5, load: '80kg', rir: 1 },
        ],
      },
    });
    expect(json.plan).toContain('The weekday pattern is weak');

    const check = await cli.run(['check', '--strict', file]);
    expect(check.exitCode, show(['check', file], check)).toBe(0);

    // The last session was B, so the plan starts with A.
    cli.now = NEXT_MONDAY;
    await cli.ok(['plan', 'use', file]);
    const today = await cli.json(['today']);
    expect(today.planned).toMatchObject({ type: 'strength', session: 'workout_a', day: 'Workout A' });
    expect(today.planned.items.map((i: any) => i.exercise)).toEqual(['Back squat', 'Bench press', 'Barbell row']);
  });
});

describe('refusals: exit 2, one line, nothing written', () => {
  it('5 sessions → "1 more", no file', async () => {
    const cli = await newAthlete();
    for (const wd of [0, 2, 4, 7, 9]) await log(cli, addDays(MON1, wd + 14), ['--type', 'aerobic', '--minutes', '30']);
    const file = join(cli.dir, 'detected.yaml');
    for (const args of [
      ['detect', '--out', file],
      ['detect', '--out', file, '--json'],
    ]) {
      const r = await cli.run(args);
      expect(r.exitCode, show(args, r)).toBe(2);
      expect(r.stderr).toMatch(/5 sessions logged in the last 4 weeks \(2026-10-05 to 2026-11-01\); detect needs at least 6: 1 more/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
      expect(existsSync(file)).toBe(false);
    }
    // One more session is enough.
    await log(cli, SUNDAY, ['--type', 'aerobic', '--minutes', '30']);
    await cli.ok(['detect', '--out', file]);
    expect(existsSync(file)).toBe(true);
  });

  it('skipped and rest records are not sessions done', async () => {
    const cli = await newAthlete();
    for (const d of [0, 2, 4, 7]) await log(cli, addDays(MON1, d), ['--type', 'strength', '--minutes', '30']);
    await log(cli, addDays(MON1, 9), ['--type', 'strength', '--minutes', '0', '--status', 'skipped']);
    await log(cli, addDays(MON1, 10), ['--type', 'rest', '--minutes', '0', '--status', 'rest']);
    const r = await cli.run(['detect']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('4 sessions logged');
    expect(r.stderr).toContain('2 more');
  });

  it('an existing --out file is never overwritten; a missing directory is named', async () => {
    const cli = await newAthlete();
    await weeklyHistory(cli);
    const file = join(cli.dir, 'mine.yaml');
    writeFileSync(file, 'my own plan\n');
    const r = await cli.run(['detect', '--out', file]);
    expect(r.exitCode, show(['detect'], r)).toBe(2);
    expect(r.stderr).toContain(`${file} already exists`);
    expect(readFileSync(file, 'utf8')).toBe('my own plan\n');

    const missing = join(cli.dir, 'no-such-dir', 'plan.yaml');
    const m = await cli.run(['detect', '--out', missing]);
    expect(m.exitCode, show(['detect'], m)).toBe(2);
    expect(m.stderr).toContain(`cannot write ${missing}: its directory does not exist`);
  });

  it.each([
    [['detect', '--weeks', '1'], '--weeks "1" is not accepted — use a whole number from 2 to 52'],
    [['detect', '--weeks', 'many'], '--weeks "many" is not accepted'],
  ])('%j', async (args, message) => {
    const cli = await newAthlete();
    const r = await cli.run(args);
    expect(r.exitCode, show(args, r)).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('before any journal exists: bad usage with a hint to init', async () => {
    const cli = new Cli({ now: SUNDAY });
    const r = await cli.run(['detect']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('init');
    expect(existsSync(cli.journal)).toBe(false);
  });
});
