// Each coach action through the commands (in-process; one through the built binary), and what every view then shows (SPEC §4
// adjust: applied adjustments are layers over the backbone; schedule, today, week and
// review all see them). Expected sessions, minutes, loads and increments come from the
// plan files read with the `yaml` package. Each test has its own journal.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, expectedLoad, FIVE, GENTLE, readPlan, shape, START, started } from './helpers.js';

beforeAll(assertBuilt);

const five = readPlan(FIVE);
const gentle = readPlan(GENTLE);
const LINEAR = five.stages[0];
const FOUNDATIONS = gentle.stages[0];
const TWO_WEEKS = addDays(START, 13);

/** The date of the first day in `days` with this planned session. */
const dateOf = (days: any[], session: string, from = START) => days.find((d) => d.date >= from && d.planned?.session === session)!.date as string;

describe.concurrent('swap', () => {
  it('schedule and today show the two sessions exchanged, and nothing else moves', async () => {
    // Through the built binary: the adjust area's end-to-end run of the bundle (the rest run in-process).
    const j = await started(FIVE, { binary: true });
    const before = await j.schedule(START, TWO_WEEKS);
    const a = START; // workout A today
    const b = dateOf(before, 'workout_b');
    expect(before.find((d) => d.date === a).planned.session).toBe('workout_a');
    const doc = await j.adjust(['swap', a, b]);
    expect(doc.proposal.actions).toEqual([{ action: 'swap', dates: [a, b] }]);
    const after = await j.schedule(START, TWO_WEEKS);
    const at = (days: any[], d: string) => days.find((x) => x.date === d);
    expect(at(after, a).planned).toEqual(at(before, b).planned);
    expect(at(after, b).planned).toEqual(at(before, a).planned);
    for (const d of after) if (d.date !== a && d.date !== b) expect(d, d.date).toEqual(at(before, d.date));
    const today = await j.json(['today']);
    expect(today.planned.session).toBe('workout_b');
    expect(today.planned.items.map((i: any) => i.exercise)).toEqual(five.sessions.workout_b.standard.map((i: any) => i.exercise));
  });

  it('log on a sequence plan records the session today shows, swap and all, and what it was adapted to', async () => {
    const j = await started(FIVE);
    const b = dateOf(await j.schedule(START, TWO_WEEKS), 'workout_b');
    await j.adjust(['swap', START, b]);
    const today = await j.json(['today']);
    const logged = await j.json(['log', '--rpe', '5']);
    expect(logged.session.planned.session).toBe('workout_b');
    expect(logged.session.planned).toEqual(today.planned);
  });

  it('a training day swapped with a rest day moves the session onto the rest day', async () => {
    const j = await started(FIVE);
    const rest = addDays(START, 1);
    expect((await j.day(rest)).planned.type).toBe('rest');
    await j.adjust(['swap', START, rest]);
    const after = shape(await j.schedule(START, rest));
    expect(after).toEqual({ [START]: 'rest', [rest]: `strength/workout_a/${LINEAR.minutes.strength}` });
  });
});

describe.concurrent('load --by PCT', () => {
  it('load --by -20 lowers the minutes and the strength loads, rounded to each item’s increment', async () => {
    const j = await started(FIVE);
    const before = await j.day(START);
    expect(before.planned.minutes).toBe(LINEAR.minutes.strength);
    await j.adjust(['load', START, '--by', '-20']);
    const after = await j.day(START);
    expect(after.planned.minutes).toBe(Math.round(LINEAR.minutes.strength * 0.8));
    expect(after.planned.minutes).toBeLessThan(before.planned.minutes);
    const items = five.sessions.workout_a.standard;
    expect(after.planned.items.map((i: any) => i.load)).toEqual(items.map((i: any) => expectedLoad(i.load, i.increment, -20)));
    // everything but the loads is as planned
    expect(after.planned.items.map((i: any) => ({ ...i, load: null }))).toEqual(before.planned.items.map((i: any) => ({ ...i, load: null })));
    const today = await j.json(['today']);
    expect(today.planned).toEqual(after.planned);
  });

  it('loads round to the item’s own increment (5 kg deadlift vs 2.5 kg lifts), for −10, +20 and −50', async () => {
    const j = await started(FIVE);
    const days = await j.schedule(START, TWO_WEEKS);
    const b1 = dateOf(days, 'workout_b');
    const b2 = dateOf(days, 'workout_b', addDays(b1, 1));
    const a2 = dateOf(days, 'workout_a', addDays(START, 1));
    const file = j.file('loads.json', [
      { action: 'load', date: b1, by: -10 },
      { action: 'load', date: b2, by: 20 },
      { action: 'load', date: a2, by: -50 },
    ]);
    await j.adjust(['--file', file]);
    const after = await j.schedule(START, TWO_WEEKS);
    for (const [date, session, pct] of [
      [b1, 'workout_b', -10],
      [b2, 'workout_b', 20],
      [a2, 'workout_a', -50],
    ] as const) {
      const p = after.find((d) => d.date === date).planned;
      expect(p.session).toBe(session);
      expect(p.minutes, `${date} minutes`).toBe(Math.round((LINEAR.minutes.strength * (100 + pct)) / 100));
      const items = five.sessions[session].standard;
      expect(
        p.items.map((i: any) => i.load),
        `${date} loads`,
      ).toEqual(items.map((i: any) => expectedLoad(i.load, i.increment, pct)));
    }
    // the deadlift (5 kg increment) at −10 %: 72 kg rounds to 70 kg, not 72.5 kg
    const deadlift = five.sessions.workout_b.standard.find((i: any) => i.exercise === 'Deadlift');
    expect(deadlift.increment).toBe('5kg');
    expect(after.find((d) => d.date === b1).planned.items.find((i: any) => i.exercise === 'Deadlift').load).toBe(expectedLoad(deadlift.load, '5kg', -10));
  });

  it('bodyweight loads stay bodyweight while the minutes scale (gentle-foundations)', async () => {
    const j = await started(GENTLE);
    const before = await j.day(START);
    expect(before.planned.type).toBe('strength');
    await j.adjust(['load', START, '--by', '-20']);
    const after = await j.day(START);
    expect(after.planned.minutes).toBe(Math.round(FOUNDATIONS.minutes.strength * 0.8));
    expect(after.planned.items.map((i: any) => i.load)).toEqual(before.planned.items.map((i: any) => i.load));
    const week = await j.json(['week']);
    expect(week.minutes_planned).toBe(
      week.days.reduce((s: number, d: any) => s + (d.planned && !d.planned.optional && d.planned.type !== 'rest' ? d.planned.minutes : 0), 0),
    );
    expect(week.days.find((d: any) => d.date === START).planned.minutes).toBe(after.planned.minutes);
  });
});

describe.concurrent('replace --session NAME [--variant V]', () => {
  it('puts the named session and variant on the date (strength-5x5: workout B, minimal)', async () => {
    const j = await started(FIVE);
    await j.adjust(['replace', START, '--session', 'workout_b', '--variant', 'minimal']);
    const p = (await j.day(START)).planned;
    expect(p).toMatchObject({ type: 'strength', session: 'workout_b', variant: 'minimal', optional: false });
    expect(p.items.map((i: any) => i.exercise)).toEqual(five.sessions.workout_b.minimal.map((i: any) => i.exercise));
    expect(p.items.map((i: any) => i.sets)).toEqual(five.sessions.workout_b.minimal.map((i: any) => i.sets));
    const today = await j.json(['today']);
    expect(today.planned).toEqual(p);
  });

  it('a session of another type takes that type and the stage’s minutes for it; the variant defaults to standard', async () => {
    const j = await started(GENTLE);
    expect((await j.day(START)).planned.type).toBe('strength');
    await j.adjust(['replace', START, '--session', 'aerobic']);
    const p = (await j.day(START)).planned;
    expect(p).toMatchObject({ type: 'aerobic', session: 'aerobic', variant: 'standard', minutes: FOUNDATIONS.minutes.aerobic });
    expect(p.items.map((i: any) => i.exercise)).toEqual(gentle.sessions.aerobic.standard.map((i: any) => i.exercise));
    const week = await j.json(['week']);
    expect(week.days.find((d: any) => d.date === START).planned).toEqual(p);
  });

  it('a gentle variant comes from the plan’s gentle list', async () => {
    const j = await started(GENTLE);
    const wed = addDays(START, 2);
    await j.adjust(['replace', wed, '--session', 'mixed', '--variant', 'gentle']);
    const p = (await j.day(wed)).planned;
    expect(p).toMatchObject({ type: 'mixed', session: 'mixed', variant: 'gentle', minutes: FOUNDATIONS.minutes.mixed });
    expect(p.items.map((i: any) => i.exercise)).toEqual(gentle.sessions.mixed.gentle.map((i: any) => i.exercise));
  });
});

describe.concurrent('skip and restore', () => {
  /** Non-optional training days of FOUNDATIONS in [from, to], from the plan file. */
  const plannedIn = (from: string, to: string): string[] => {
    const tpl = FOUNDATIONS.week_template ?? gentle.week_template;
    const wds = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const out: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const e = tpl[wds[(new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7]!];
      if (e === undefined || (typeof e === 'object' && e.optional)) continue;
      if ((typeof e === 'string' ? e : e.type) !== 'rest') out.push(d);
    }
    return out;
  };

  it('skip removes the date from the review’s and the week’s planned count; restore undoes it', async () => {
    const j = await started(GENTLE);
    const sunday = addDays(START, 6);
    const wed = addDays(START, 2);
    const review = async () => (await j.json(['review', '--dry-run'], { now: sunday })).metrics.planned;
    const expected = plannedIn(START, sunday).length; // the window reaches back before the start
    expect(expected).toBe(3);
    expect(await review()).toBe(expected);
    const original = await j.schedule(START, sunday);

    await j.adjust(['skip', wed]);
    const skipped = await j.day(wed);
    expect(skipped.planned.type).toBe('rest');
    expect(skipped.skipped).toBe(true);
    expect(await review()).toBe(expected - 1);
    const week = await j.json(['week']);
    expect(week.planned).toBe(expected - 1);
    expect(week.minutes_planned).toBe((expected - 1) * FOUNDATIONS.minutes.strength);

    await j.adjust(['restore', wed]);
    const restored = await j.schedule(START, sunday);
    expect(restored.map((d) => d.planned)).toEqual(original.map((d) => d.planned));
    expect(await review()).toBe(expected);
    expect((await j.json(['week'])).planned).toBe(expected);
    // a restored day is no longer reported as skipped
    expect(restored.find((d) => d.date === wed).skipped ?? false, 'restored day still flagged "skipped"').toBe(false);
  });

  it('a skipped session is not missed: no disruption is inferred for it', async () => {
    const [j, control] = await Promise.all([started(GENTLE), started(GENTLE)]);
    const wed = addDays(START, 2);
    const thu = addDays(START, 3);
    await Promise.all([j.ok(['log', '--rpe', '4']), control.ok(['log', '--rpe', '4'])]);
    await j.adjust(['skip', wed]);
    const [skippedRepair, controlRepair] = await Promise.all([j.json(['repair'], { now: thu }), control.json(['repair'], { now: thu })]);
    expect(controlRepair.kind).toBe('slide'); // without the skip, Wednesday was missed
    expect(controlRepair.disruption.from).toBe(wed);
    expect(skippedRepair.kind).toBe('none');
    expect(skippedRepair.proposal).toBeNull();
    // and the review counts Monday as planned and done, Wednesday as neither
    const sunday = addDays(START, 6);
    const metrics = (await j.json(['review', '--dry-run'], { now: sunday })).metrics;
    expect(metrics).toMatchObject({ planned: 2, completed: 1 });
  });

  it('skip of today: today shows a rest day, as planned (SPEC §6.1: planned rest → rest, as_planned)', async () => {
    const j = await started(GENTLE);
    await j.adjust(['skip', START]);
    const today = await j.json(['today']);
    expect(today.planned.type).toBe('rest');
    expect(today.adapted.type).toBe('rest');
    expect(today.adaptation).toBe('as_planned');
  });
});

describe('ten actions in one file, applied', () => {
  it('every action of the file shows in the schedule, the week and the review', async () => {
    const j = await started(GENTLE);
    const mon = (w: number) => addDays(START, 7 * w);
    const wed = (w: number) => addDays(mon(w), 2);
    const fri = (w: number) => addDays(mon(w), 4);
    const actions = [
      { action: 'swap', dates: [wed(0), fri(0)] },
      { action: 'load', date: mon(1), by: -20 },
      { action: 'replace', date: wed(1), session: 'mixed', variant: 'gentle' },
      { action: 'skip', date: fri(1) },
      { action: 'restore', date: fri(1) },
      { action: 'load', date: mon(2), by: 20 },
      { action: 'skip', date: wed(2) },
      { action: 'swap', dates: [fri(2), mon(3)] },
      { action: 'replace', date: wed(3), session: 'strength' },
      { action: 'load', date: mon(4), by: -50 },
    ];
    const end = mon(4);
    const original = shape(await j.schedule(START, end));
    const doc = await j.adjust(['--file', j.file('ten.json', actions)]);
    expect(doc.proposal.actions).toEqual(actions);

    const m = FOUNDATIONS.minutes;
    const expected = { ...original };
    [expected[wed(0)], expected[fri(0)]] = [original[fri(0)]!, original[wed(0)]!];
    expected[mon(1)] = `strength/strength/${Math.round(m.strength * 0.8)}`;
    expected[wed(1)] = `mixed/mixed/${m.mixed}`;
    expected[mon(2)] = `strength/strength/${Math.round(m.strength * 1.2)}`;
    expected[wed(2)] = 'rest';
    [expected[fri(2)], expected[mon(3)]] = [original[mon(3)]!, original[fri(2)]!];
    expected[wed(3)] = `strength/strength/${m.strength}`;
    expected[mon(4)] = `strength/strength/${Math.round(m.strength * 0.5)}`;
    const after = await j.schedule(START, end);
    expect(shape(after)).toEqual(expected);
    expect(after.find((d) => d.date === wed(1)).planned.variant).toBe('gentle');

    // the week of the skip: one fewer session, and the swapped-in strength on Friday
    const week = await j.json(['week'], { now: mon(2) });
    const plannedDays = week.days.filter((d: any) => d.planned && d.planned.type !== 'rest' && !d.planned.optional).map((d: any) => d.date);
    expect(plannedDays).toEqual([mon(2), fri(2)]);
    expect(week.planned).toBe(2);
    // the review of weeks 2–3 sees the same schedule
    const sunday = addDays(mon(2), 6);
    const review = await j.json(['review', '--dry-run'], { now: sunday });
    const inWindow = after.filter((d) => d.date >= review.window.from && d.date <= sunday && d.planned.type !== 'rest' && !d.planned.optional);
    expect(review.metrics.planned).toBe(inWindow.length);
  });
});
