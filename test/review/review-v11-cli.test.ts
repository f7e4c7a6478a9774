// SPEC v1.1 `review` and §6.2–6.4 through the built binary: the week a review is about,
// a stage change that never reaches back, the real start date, a waiting sequence
// session counted once, progression from the load lifted, honest load numbers in
// week one. The rules themselves are table-tested in test/core; these runs show that
// the commands hand them the right dates and records.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, Cli, plan, show, tableRows } from '../e2e/helpers.js';

beforeAll(assertBuilt);

const GENTLE = plan('gentle-foundations.yaml');
const C25K = plan('couch-to-5k.yaml');
const FIVE = plan('strength-5x5.yaml');
/** Monday 2026-11-02. */
const MON = '2026-11-02';
const SUN = addDays(MON, 6);

/** In-process, or through the built binary with `binary` (the review area's end-to-end run of the bundle). */
async function started(file: string, start = MON, binary = false): Promise<Cli> {
  const cli = new Cli({ inProcess: !binary, now: start });
  await cli.ok(['init', '--plan', file, '--start', start]);
  return cli;
}

describe('a coach cron on Monday and again on Sunday', () => {
  it('Monday reviews the week just finished; Sunday reviews its own week, fresh, not Monday’s numbers; a re-run is cached', async () => {
    const cli = await started(C25K);
    // Week 1 (W45): every planned run done.
    const schedule = await cli.json(['schedule', '--from', MON, '--weeks', '2'], { now: MON });
    const runs = (schedule.days as any[]).filter((d) => d.planned && d.planned.type !== 'rest' && !d.planned.optional).map((d) => d.date as string);
    for (const d of runs.filter((d) => d <= SUN)) await cli.ok(['log', '--rpe', '4'], { now: d });

    const monday2 = addDays(MON, 7);
    const first = await cli.json(['review'], { now: monday2 });
    expect(first).toMatchObject({ week: '2026-W45', date: SUN, window: { to: SUN }, cached: false, applied: true });
    // Week 2 (W46): one run of three, then the Sunday cron.
    await cli.ok(['log', '--rpe', '4'], { now: runs.find((d) => d > SUN)! });
    const sunday2 = addDays(SUN, 7);
    const second = await cli.json(['review'], { now: sunday2 });
    expect(second).toMatchObject({ week: '2026-W46', date: sunday2, cached: false });
    // the 14-day window holds both weeks: every run of week 1 and the one of week 2
    expect(second.metrics.completed).toBe(runs.filter((d) => d <= SUN).length + 1);
    expect(second.metrics.completed).not.toBe(first.metrics.completed);
    const again = await cli.json(['review'], { now: sunday2 });
    expect(again).toMatchObject({ week: '2026-W46', cached: true, decision: second.decision });
    expect(tableRows(cli.journal, 'reviews').map((r: any) => r.week)).toEqual(['2026-W45', '2026-W46']);
  });

  it('a stage change decided on Monday begins on Tuesday, never on the Monday already under way', async () => {
    const cli = await started(C25K);
    const schedule = await cli.json(['schedule', '--from', MON, '--weeks', '1'], { now: MON });
    for (const d of (schedule.days as any[]).filter((d) => d.planned && d.planned.type !== 'rest' && !d.planned.optional))
      await cli.ok(['log', '--rpe', '4'], { now: d.date });
    const r = await cli.json(['review'], { now: addDays(MON, 7) });
    expect(r.decision).toBe('progress');
    const changes = tableRows<{ stage: string; effective_date: string; reason: string }>(cli.journal, 'stage_changes').filter((c) =>
      c.reason.startsWith('review'),
    );
    expect(changes.map((c) => [c.stage, c.effective_date])).toEqual([[r.stage.to, addDays(MON, 8)]]);
  });

  it('--week names a week; a week that has not ended is refused with one line (exit 2), nothing written', async () => {
    const cli = await started(C25K);
    const named = await cli.json(['review', '--week', '2026-W45', '--dry-run'], { now: addDays(MON, 9) });
    expect(named).toMatchObject({ week: '2026-W45', window: { to: SUN } });
    for (const [week, now] of [
      ['2026-W46', addDays(MON, 12)],
      ['2026-W50', SUN],
      ['2026-13', SUN],
    ] as const) {
      const r = await cli.run(['review', '--week', week], { now });
      expect(r.exitCode, show(['review', '--week', week], r)).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toMatch(week === '2026-13' ? /not an ISO week/ : /has not ended yet/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(tableRows(cli.journal, 'reviews')).toHaveLength(0);
    // reviews go forward: once W46 is applied, W45 can be seen (dry run) but not applied
    await cli.json(['review'], { now: addDays(SUN, 7) });
    const back = await cli.run(['review', '--week', '2026-W45'], { now: addDays(SUN, 8) });
    expect(back.exitCode, show(['review', '--week', '2026-W45'], back)).toBe(2);
    expect(back.stderr).toMatch(/2026-W45 comes before 2026-W46, which is already reviewed/);
    expect((await cli.json(['review', '--week', '2026-W45', '--dry-run'], { now: addDays(SUN, 8) })).applied).toBe(false);
    expect(tableRows(cli.journal, 'reviews').map((r: any) => r.week)).toEqual(['2026-W46']);
  });
});

describe('gentle-foundations started on a Wednesday', () => {
  it('Monday of the start week is neither planned nor missed', async () => {
    const wed = addDays(MON, 2);
    const cli = await started(GENTLE, wed, true);
    await cli.ok(['log', '--rpe', '3'], { now: wed });
    await cli.ok(['log', '--rpe', '3'], { now: addDays(MON, 4) });
    const r = await cli.json(['review', '--dry-run'], { now: SUN });
    expect(r.metrics).toMatchObject({ planned: 2, completed: 2, completion: 1 });
  });
});

describe('strength-5x5: a session left waiting, then lifted heavier than planned', () => {
  it('a 3-day wait counts once; week shows it once; 50kg lifted at target RIR → the next target is 50kg', async () => {
    const cli = await started(FIVE);
    await cli.ok(['log', '--rpe', '6'], { now: MON }); // Workout A
    await cli.ok(['log', '--rpe', '6'], { now: addDays(MON, 2) }); // Workout B
    // Workout A falls due on Friday and waits through Saturday to Sunday.
    const week = await cli.json(['week'], { now: SUN });
    expect(week).toMatchObject({ planned: 3, completed: 2, minutes_planned: 135 });
    const text = await cli.ok(['week'], { now: SUN });
    expect(text.stdout.match(/Workout A/g)).toHaveLength(2); // Monday and today, not Friday and Saturday too
    expect(text.stdout).toContain('3 sessions, about 135 minutes');
    const sched = await cli.json(['schedule', '--from', MON, '--weeks', '1'], { now: SUN });
    expect((sched.days as any[]).filter((d) => d.planned?.day === 'Workout A').map((d) => d.date)).toEqual([MON, SUN]);

    const row = (await cli.json(['today'], { now: SUN })).planned.items.find((i: any) => i.exercise === 'Barbell row');
    expect(row.load).toBe('45kg');
    await cli.ok(['log', '--rpe', '6', '--exercise', `Barbell row: 5x5@50kg rir${row.rir}`], { now: SUN });
    const r = await cli.json(['review'], { now: SUN });
    expect(r.metrics).toMatchObject({ planned: 3, completed: 3 });
    expect(r.exercises).toEqual([expect.objectContaining({ exercise: 'Barbell row', from: '45kg', to: '50kg' })]);
    // The next Workout A (Friday of week 2), as schedule and today show it.
    const next = await cli.json(['schedule', '--from', addDays(MON, 7), '--weeks', '1'], { now: addDays(MON, 7) });
    const a = (next.days as any[]).find((d) => d.planned?.day === 'Workout A');
    expect(a.planned.items.find((i: any) => i.exercise === 'Barbell row').load).toBe('50kg');
    // Workout B on Wednesday is done, so Workout A is due on Friday.
    await cli.ok(['log', '--rpe', '6'], { now: addDays(MON, 9) });
    const t = await cli.json(['today'], { now: a.date });
    expect(t.planned.day).toBe('Workout A');
    expect(t.planned.items.find((i: any) => i.exercise === 'Barbell row').load).toBe('50kg');
  });
});

describe('history in week one', () => {
  it('no chronic load and no ACWR; the text says how many days of record there are', async () => {
    const cli = await started(GENTLE);
    await cli.ok(['log', '--rpe', '4'], { now: MON });
    await cli.ok(['log', '--rpe', '5'], { now: addDays(MON, 2) });
    const h = await cli.json(['history'], { now: addDays(MON, 7) });
    expect(h.load).toMatchObject({ chronic: null, acwr: null, days_of_record: 8 });
    expect(h.load.ewma.acute).toBeGreaterThan(0);
    // Text wraps at 80 columns: read it with its line breaks folded into spaces.
    const text = (await cli.ok(['history'], { now: addDays(MON, 7) })).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('8 days of record');
    expect(text).not.toMatch(/ACWR \d/);
    expect(text).toMatch(/EWMA acute [\d.]+, chronic [\d.]+, ratio [\d.]+/);
  });
});
