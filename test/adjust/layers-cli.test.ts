// Adjustments and repairs together, through the built binary (SPEC §4 adjust, §6.5):
// both are layers over the backbone, laid in the order they were applied. A slide after
// a swap keeps the swap (the swapped sessions move together) and never puts two sessions
// on one date; a swap after a slide exchanges the slid sessions; a skipped session stays
// skipped through a slide and `restore` still undoes it; a proposal applied after the
// schedule changed beneath it does not duplicate or lose a session; and a stage change
// reaches adjusted days like any other day.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, FIVE, GENTLE, Journal, readPlan, shape, START, started, trainingSequence } from './helpers.js';

beforeAll(assertBuilt);

const gentle = readPlan(GENTLE);
const WED = addDays(START, 2);
const FRI = addDays(START, 4);
const END = addDays(START, 27);

/** With nothing logged on Monday, on Wednesday a slide is inferred; propose it and apply it. */
async function slide(j: Journal, now = WED): Promise<{ gap: number; from: string }> {
  const repair = await j.json(['repair'], { now });
  expect(repair.kind).toBe('slide');
  await j.ok(['repair', 'apply', String(repair.proposal.id)], { now });
  return { gap: repair.disruption.days, from: repair.disruption.from };
}

/** Every date appears once, in order: one planned session (or rest) per date. */
function oneSessionPerDate(days: any[]): void {
  const dates = days.map((d) => d.date);
  expect(new Set(dates).size).toBe(dates.length);
  expect([...dates].sort()).toEqual(dates);
}

describe.concurrent('adjustments and repairs together', () => {
  it('a slide after a swap moves the swapped sessions together: both effects, no date with two sessions', async () => {
    const j = await started(GENTLE);
    await j.adjust(['swap', WED, FRI]);
    const swapped = await j.schedule(START, END);
    expect(swapped.find((d) => d.date === WED).planned.type).toBe('mind_body');
    expect(swapped.find((d) => d.date === FRI).planned.type).toBe('aerobic');

    const { gap, from } = await slide(j);
    expect(from).toBe(START);
    const slid = await j.schedule(START, END, { now: WED });
    oneSessionPerDate(slid);
    const before = shape(swapped);
    const after = shape(slid);
    for (let d = from; d <= END; d = addDays(d, 1)) {
      const expected = d < addDays(from, gap) ? 'rest' : before[addDays(d, -gap)];
      expect(after[d], d).toBe(expected);
    }
    // the swap survives: mind-body still comes before aerobic in the first week
    expect(after[addDays(WED, gap)]).toBe(before[WED]);
    expect(after[addDays(FRI, gap)]).toBe(before[FRI]);
    // nothing doubled, nothing added back: the sessions are the swapped ones, in order
    const window = slid.filter((d) => d.date >= addDays(from, gap));
    expect(trainingSequence(window)).toEqual(trainingSequence(swapped.filter((d) => d.date >= from && d.date <= addDays(END, -gap))));
  });

  it('a swap after a slide exchanges the slid sessions and nothing else', async () => {
    const j = await started(GENTLE);
    const { gap } = await slide(j);
    const slid = await j.schedule(START, END, { now: WED });
    const a = addDays(START, gap); // Monday's strength, slid
    const b = addDays(WED, gap); // Wednesday's aerobic, slid
    expect(shape(slid)[a]).toMatch(/^strength/);
    expect(shape(slid)[b]).toMatch(/^aerobic/);
    await j.adjust(['swap', a, b], { now: WED });
    const after = await j.schedule(START, END, { now: WED });
    oneSessionPerDate(after);
    const expected = shape(slid);
    [expected[a], expected[b]] = [expected[b]!, expected[a]!];
    expect(shape(after)).toEqual(expected);
  });

  it('a skip followed by a slide: the skipped session stays skipped, and no planned session is flagged skipped', async () => {
    const [j, control] = await Promise.all([started(GENTLE), started(GENTLE)]);
    await j.adjust(['skip', FRI]);
    const [{ gap }] = await Promise.all([slide(j), slide(control)]);
    const [days, controlDays] = await Promise.all([j.schedule(START, END, { now: WED }), control.schedule(START, END, { now: WED })]);
    oneSessionPerDate(days);
    // the same as the slide alone, except the skipped mind-body session (now gap days later) is rest
    const expected = shape(controlDays);
    expected[addDays(FRI, gap)] = 'rest';
    expect(shape(days)).toEqual(expected);
    const flaggedWithSession = days.filter((d) => d.skipped && d.planned.type !== 'rest').map((d) => `${d.date} ${d.planned.type}`);
    expect(flaggedWithSession, 'days flagged "skipped" that still have a planned session').toEqual([]);
  });

  it('restore after a slide undoes the skip: the schedule is the slide alone, no session lost', async () => {
    const [j, control] = await Promise.all([started(GENTLE), started(GENTLE)]);
    await j.adjust(['skip', FRI]);
    await Promise.all([slide(j), slide(control)]);
    const restore = await j.run(['adjust', 'restore', FRI, '--json'], { now: WED });
    if (restore.exitCode === 0) await j.ok(['adjust', 'apply', String(JSON.parse(restore.stdout).proposal.id)], { now: WED });
    const [days, controlDays] = await Promise.all([j.schedule(START, END, { now: WED }), control.schedule(START, END, { now: WED })]);
    expect(shape(days)).toEqual(shape(controlDays));
    expect(restore.exitCode, restore.stderr).toBe(0);
  });

  it('applying a proposal after the schedule changed beneath it neither duplicates nor loses a session', async () => {
    const j = await started(FIVE);
    const b = addDays(START, 2);
    const before = shape(await j.schedule(START, b));
    expect([before[START], before[b]].map((s) => s!.split('/')[1])).toEqual(['workout_a', 'workout_b']);
    const stale = await j.propose(['load', START, '--by', '-20']); // proposed, not applied
    await j.adjust(['swap', START, b]); // the schedule changes beneath it
    const r = await j.run(['adjust', 'apply', String(stale.proposal.id)]); // refusing (exit 2) would be fine too
    expect([0, 2]).toContain(r.exitCode);
    const after = await j.schedule(START, b);
    const sessions = [after[0].planned.session, after[2].planned.session].sort();
    expect(sessions, 'workout A and workout B each once on the two swapped days').toEqual(['workout_a', 'workout_b']);
  });
});

describe('a stage change reaches adjusted days', () => {
  it('after a swap into a later stage, the swapped days carry the new stage’s minutes', async () => {
    const j = await started(GENTLE);
    const [stage1, stage2] = gentle.stages;
    // swap Monday and Wednesday of week 4 (within 28 days of today)
    const mon4 = addDays(START, 21);
    const wed4 = addDays(mon4, 2);
    await j.adjust(['swap', mon4, wed4]);
    // weeks 2–3 done as planned, gently (RPE 3): the review on the Sunday of week 3 progresses
    const done = [7, 9, 11, 14, 16, 18].map((n) => addDays(START, n));
    for (const d of done) await j.ok(['log', '--rpe', '3'], { now: d });
    const sunday3 = addDays(START, 20);
    const review = await j.json(['review'], { now: sunday3 });
    expect(review.metrics.weeks_in_stage).toBeGreaterThanOrEqual(stage1.min_weeks);
    expect(review.decision).toBe('progress');
    expect(review.stage).toEqual({ from: stage1.id, to: stage2.id });

    const week4 = await j.schedule(mon4, addDays(mon4, 6), { now: sunday3 });
    const at = (d: string) => week4.find((x) => x.date === d);
    expect(at(mon4).stage).toBe(stage2.id);
    // untouched days of week 4 are at the new stage …
    const fri4 = addDays(mon4, 4);
    expect(at(fri4).planned.minutes).toBe(stage2.minutes.mind_body);
    // … and so are the swapped ones: aerobic on Monday, strength on Wednesday, at the new stage
    expect(at(mon4).planned).toMatchObject({ type: 'aerobic', minutes: stage2.minutes.aerobic });
    expect(at(wed4).planned).toMatchObject({ type: 'strength', minutes: stage2.minutes.strength });
  });
});
