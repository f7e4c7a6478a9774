// The daily loop, end to end on the built binary (SPEC §4, §5, §6.1, §6.2): check in,
// ask `today`, log, and read it back with `history`, `week` and `schedule` — for a
// weekly plan, a sequence plan, a newcomer without a journal, an athlete without a
// plan, the athlete lifecycle and the record rules of `checkin`, `log` and `event`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, Cli, fileMode, plan, run, show, tableRows, tempJournal } from './helpers.js';
import { CALM, checkinArgs, type Signals } from '../helpers/checkin-args.js';

beforeAll(assertBuilt);

const GENTLE = plan('gentle-foundations.yaml');
const FIVE = plan('strength-5x5.yaml');
const C25K = plan('couch-to-5k.yaml');
const MARATHON = plan('marathon-novice.yaml');

const readPlan = (file: string): any => parseYaml(readFileSync(file, 'utf8'));

// ---------------------------------------------------------------------------------
// Independent re-computation of the §6.2 load metrics from what the test logged.

interface Logged {
  date: string;
  status: string;
  plannedTraining: boolean;
  plannedMinutes: number;
  actualMinutes: number;
  rpe: number | null;
}

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

function expectedLoad(logs: Logged[], to: string) {
  const done = logs.filter((l) => l.status === 'completed' || l.status === 'adapted');
  const daily = Array.from({ length: 28 }, (_, back) =>
    done.filter((l) => l.date === addDays(to, -back)).reduce((s, l) => s + (l.rpe ?? 0) * l.actualMinutes, 0),
  );
  const week = daily.slice(0, 7);
  const acute = week.reduce((a, b) => a + b, 0);
  const chronic = daily.reduce((a, b) => a + b, 0) / 4;
  const mean = acute / 7;
  const sd = Math.sqrt(week.reduce((s, l) => s + (l - mean) ** 2, 0) / 7);
  const monotony = sd > 0 ? mean / sd : null;
  return {
    acute: Math.round(acute),
    chronic: Math.round(chronic),
    acwr: chronic > 0 ? round(acute / chronic, 2) : null,
    monotony: monotony === null ? null : round(monotony, 2),
    strain: monotony === null ? null : Math.round(acute * monotony),
  };
}

// ---------------------------------------------------------------------------------

describe('weekly plan: 14 days of check-in → today → log, then history', () => {
  const gentle = readPlan(GENTLE);
  const names = (variant: any[]) => variant.map((i: any) => i.exercise as string);

  // One row per day from Monday 2026-11-02: the check-in, what SPEC §6.1 must make of it, the log.
  type Day = { signals: Signals; flags?: string[]; status: string; adaptation: string; log?: string[] };
  const DAYS: Day[] = [
    /* Mon strength  */ { signals: { ...CALM, fatigue: 2 }, status: 'green', adaptation: 'as_planned', log: ['--rpe', '4'] },
    /* Tue rest      */ { signals: CALM, status: 'green', adaptation: 'as_planned' },
    /* Wed aerobic   */ { signals: { ...CALM, fatigue: 5 }, status: 'amber', adaptation: 'gentler_variant', log: ['--rpe', '5'] },
    /* Thu rest      */ { signals: { ...CALM, fatigue: 8 }, status: 'red', adaptation: 'as_planned' },
    /* Fri mind_body */ { signals: { ...CALM, pain: 7 }, status: 'red', adaptation: 'scaled_down', log: ['--rpe', '2'] },
    /* Sat rest      */ { signals: CALM, status: 'green', adaptation: 'as_planned' },
    /* Sun optional  */ { signals: CALM, status: 'green', adaptation: 'as_planned', log: ['--rpe', '2'] },
    /* Mon strength  */ { signals: { ...CALM, anxiety: 5 }, status: 'amber', adaptation: 'mixed_finisher', log: ['--rpe', '4'] },
    /* Tue rest      */ { signals: CALM, status: 'green', adaptation: 'as_planned' },
    /* Wed aerobic   */ { signals: CALM, flags: ['fever'], status: 'stop', adaptation: 'rest' },
    /* Thu rest      */ { signals: CALM, status: 'green', adaptation: 'as_planned' },
    /* Fri mind_body */ { signals: { ...CALM, fatigue: 8, low_mood: 7 }, status: 'red', adaptation: 'rest', log: ['--status', 'rest'] },
    /* Sat rest      */ { signals: CALM, status: 'green', adaptation: 'as_planned' },
    /* Sun optional  */ { signals: CALM, status: 'green', adaptation: 'as_planned' },
  ];
  const START = '2026-11-02';

  it('adapts each day by SPEC §6.1 and logs planned vs actual; history, week and schedule agree', async () => {
    const cli = new Cli({ inProcess: true, now: START });
    const init = await cli.json(['init', '--plan', GENTLE, '--start', START]);
    expect(init).toMatchObject({ athlete: 'me', status: 'active', plan: 'gentle-foundations', start: START });
    expect(existsSync(cli.journal)).toBe(true);
    expect(fileMode(cli.journal)).toBe(0o600); // SPEC §3: it holds health data

    const logs: Logged[] = [];
    const plannedByDate = new Map<string, any>();
    for (const [i, day] of DAYS.entries()) {
      const date = addDays(START, i);
      cli.now = date;
      const ci = await cli.json(checkinArgs(day.signals, day.flags));
      expect(ci, date).toMatchObject({ date, status: day.status, signals: day.signals });

      const t = await cli.json(['today']);
      plannedByDate.set(date, t.planned);
      const where = `${date}: ${JSON.stringify({ status: t.status, adaptation: t.adaptation, planned: t.planned?.type, adapted: t.adapted })}`;
      expect(t.date, where).toBe(date);
      expect(t.status, where).toBe(day.status);
      expect(t.adaptation, where).toBe(day.adaptation);
      expect(t.stage, where).toBe('FOUNDATIONS');
      expect(t.week, where).toBe(i < 7 ? 1 : 2);
      // rest_ok whenever the status is amber, red or stop (§6.1 step 3).
      expect(t.adapted.rest_ok, where).toBe(['amber', 'red', 'stop'].includes(day.status));
      expect(typeof t.message).toBe('string');
      expect(t.message.length).toBeGreaterThan(0);
      const p = t.planned;
      const a = t.adapted;

      if (p.type === 'rest') {
        expect(t.adaptation, where).toBe('as_planned');
        expect(a.type).toBe('rest');
        expect(p.minutes).toBe(0);
        expect(p.items).toEqual([]);
      } else if (t.adaptation === 'as_planned') {
        expect(day.status).toBe('green');
        expect(a).toMatchObject({ type: p.type, minutes: p.minutes, variant: p.variant });
      } else if (t.adaptation === 'gentler_variant') {
        expect(a).toMatchObject({ type: p.type, variant: 'gentle', minutes: Math.round(p.minutes * 0.8) });
        // fatigue → aerobic, resistance: the planned aerobic session is among the focus areas
        expect(t.focus).toEqual(['aerobic', 'resistance']);
        expect(names(a.items)).toEqual(names(gentle.sessions[p.session].gentle));
      } else if (t.adaptation === 'mixed_finisher') {
        // anxiety → aerobic, mind_body: strength (resistance) is not among them
        expect(t.focus).toEqual(['aerobic', 'mind_body']);
        expect(a.type).toBe('mixed');
        expect(a.minutes).toBeLessThanOrEqual(p.minutes);
        // the first two items of the planned session's gentle variant, then a finisher of the first focus type
        expect(names(a.items).slice(0, 2)).toEqual(names(gentle.sessions[p.session].gentle).slice(0, 2));
        expect(a.items).toHaveLength(3);
        expect(a.items[2].exercise).toBe(gentle.sessions.aerobic.gentle[0].exercise);
        const itemMinutes = a.items.reduce((s: number, it: any) => s + (it.minutes ?? 0), 0);
        expect(itemMinutes).toBeLessThanOrEqual(p.minutes);
      } else if (t.adaptation === 'scaled_down') {
        expect(a.variant).toBe('minimal');
        expect(a.type).toBe(p.type); // pain is red on a mind-body day: no switch
        expect(a.minutes).toBeGreaterThan(0);
        expect(a.minutes).toBeLessThanOrEqual(Math.floor(p.minutes * 0.4));
        expect(names(a.items)).toEqual(names(gentle.sessions[p.session].minimal));
      } else if (t.adaptation === 'rest') {
        expect(a.type).toBe('rest');
        expect(a.minutes).toBe(0);
        if (day.status === 'stop') {
          expect(t.message).toMatch(/care team/i);
          expect(t.reasons.join(' ')).toMatch(/fever/);
        }
      }

      if (!day.log) continue;
      const l = await cli.json(['log', ...day.log]);
      const s = l.session;
      expect(s.date).toBe(date);
      expect(s.planned, `${date}: log stores what today said was planned`).toEqual(p);
      expect(s.planned_stage).toBe('FOUNDATIONS');
      expect(s.symptoms).toEqual({ status: day.status, signals: day.signals, flags: day.flags ?? [] });
      const idle = day.log.includes('rest');
      if (idle) {
        expect(s.status).toBe('rest');
        expect(s.actual.minutes).toBe(0);
      } else {
        expect(s.status).toBe('completed');
        expect(s.actual, `${date}: actual defaults to the adapted session`).toEqual({ type: a.type, minutes: a.minutes });
        expect(s.adapted_for_symptoms, where).toBe(t.adaptation !== 'as_planned');
        expect(s.rpe).toBe(Number(day.log[1]));
      }
      expect(l.advanced_to).toBeNull(); // weekly plans have no position
      logs.push({
        date,
        status: s.status,
        plannedTraining: p.type !== 'rest' && !p.optional,
        plannedMinutes: p.minutes,
        actualMinutes: s.actual.minutes,
        rpe: s.rpe,
      });
    }

    // ---- history: two weeks, each consistent with what was logged
    const END = addDays(START, 13);
    cli.now = END;
    const h = await cli.json(['history', '--from', START, '--to', END]);
    expect(h.from).toBe(START);
    expect(h.to).toBe(END);
    expect(h.weeks).toHaveLength(2);
    for (const [w, week] of h.weeks.entries()) {
      const dates = Array.from({ length: 7 }, (_, d) => addDays(START, w * 7 + d));
      expect(week.from).toBe(dates[0]);
      expect(week.to).toBe(dates[6]);
      const planned = dates.filter((d) => plannedByDate.get(d).type !== 'rest' && !plannedByDate.get(d).optional);
      const inWeek = logs.filter((l) => dates.includes(l.date));
      const done = inWeek.filter((l) => l.status === 'completed' || l.status === 'adapted');
      const completed = done.filter((l) => l.plannedTraining).length;
      const rpes = done.map((l) => l.rpe).filter((r): r is number => r !== null);
      expect(week, `week ${w + 1}`).toMatchObject({
        planned: planned.length,
        completed,
        completion: planned.length ? round(completed / planned.length, 2) : null,
        minutes_planned: planned.reduce((s, d) => s + plannedByDate.get(d).minutes, 0),
        minutes_done: done.reduce((s, l) => s + l.actualMinutes, 0),
        avg_rpe: rpes.length ? round(rpes.reduce((a, b) => a + b, 0) / rpes.length, 1) : null,
        load: done.reduce((s, l) => s + (l.rpe ?? 0) * l.actualMinutes, 0),
      });
      expect(week.days.map((d: any) => d.date)).toEqual(dates);
      expect(week.days.map((d: any) => d.status)).toEqual(DAYS.slice(w * 7, w * 7 + 7).map((d) => d.status));
    }
    // the numbers this scenario was written to produce, as a cross-check of the arithmetic above
    expect(h.weeks.map((w: any) => [w.planned, w.completed, w.minutes_planned])).toEqual([
      [3, 3, 45],
      [3, 1, 45],
    ]);
    // SPEC v1.1: 14 days of record, so no chronic load and no ACWR yet (they were 1/4 of 28 days before)
    const { days_of_record: daysOfRecord, ewma: _ewma, ...rolling } = h.load;
    expect(daysOfRecord).toBe(14);
    expect(rolling).toEqual({ ...expectedLoad(logs, END), chronic: null, acwr: null });
    expect(h.load.acute).toBeGreaterThan(0);

    // ---- week: the ISO week of the clock, the same numbers as history's second week
    const wk = await cli.json(['week']);
    expect(wk).toMatchObject({
      athlete: 'me',
      from: addDays(START, 7),
      to: END,
      stage: 'FOUNDATIONS',
      week: h.weeks[1].week,
      planned: h.weeks[1].planned,
      completed: h.weeks[1].completed,
      minutes_planned: h.weeks[1].minutes_planned,
      minutes_done: h.weeks[1].minutes_done,
    });
    expect(wk.days).toHaveLength(7);
    expect(wk.expectation).toMatch(/FOUNDATIONS/);

    // ---- schedule (journal form): this week and the next, as today resolved it
    const sch = await cli.json(['schedule']);
    expect(sch).toMatchObject({ athlete: 'me', from: addDays(START, 7), to: addDays(START, 20) });
    expect(sch.days).toHaveLength(14);
    for (const d of sch.days.slice(0, 7)) expect(d.planned, d.date).toEqual(plannedByDate.get(d.date));
    // the backbone repeats: next week is planned like the first week
    for (const [i, d] of sch.days.slice(7).entries()) {
      expect(d.date).toBe(addDays(START, 14 + i));
      expect(d.stage).toBe('FOUNDATIONS');
      expect(d.planned).toEqual(plannedByDate.get(addDays(START, i)));
    }
  });
});

// ---------------------------------------------------------------------------------

describe('sequence plan (strength-5x5): the position steps through `days`', () => {
  const five = readPlan(FIVE);
  const days: { name: string; type: string; optional?: boolean }[] = five.days;
  const n = days.length;
  const START = '2026-11-02';
  const kg = (load: string) => Number(/^(\d+(?:\.\d+)?)kg$/.exec(load)?.[1]);

  it('two cycles logged with --exercise, waits, --day jumps, then history --compare and `last`', async () => {
    const cli = new Cli({ inProcess: true, now: START });
    await cli.json(['init', '--plan', FIVE, '--start', START]);

    // Every logged performance: exercise → [{date, sets, reps, load, rir}], in date order.
    const record: { date: string; exercise: string; sets: number; reps: number[]; load: string | null; rir: number }[] = [];
    const count = new Map<string, number>();
    let pos = 0;
    let date = START;
    for (let step = 0; step < 2 * n; step++, date = addDays(date, 1)) {
      cli.now = date;
      const t = await cli.json(['today']);
      const where = `${date} (step ${step}, day ${pos + 1})`;
      expect(t.planned.day, where).toBe(days[pos]!.name);
      expect(t.planned.type, where).toBe(days[pos]!.type);
      expect(t.planned.optional, where).toBe(Boolean(days[pos]!.optional));
      if (days[pos]!.type === 'rest') {
        // A rest day is never logged: it advances by itself when the next day begins.
        pos = (pos + 1) % n;
        continue;
      }
      // `last`: the most recent earlier performance of each planned exercise.
      const expectedLast = t.planned.items.flatMap((item: any) => {
        const prior = record.filter((r) => r.exercise === item.exercise && r.date < date).at(-1);
        const same = prior && prior.reps.every((r) => r === prior.reps[0]) && prior.sets > 1;
        const done = prior && (same ? `${prior.sets}×${prior.reps[0]} reps` : `${prior.reps.join(',')} reps`);
        return prior
          ? [{ exercise: item.exercise, date: prior.date, sets: prior.sets, reps: prior.reps.join(','), done, load: prior.load, rir: prior.rir }]
          : [];
      });
      expect(t.last, where).toEqual(expectedLast);

      // Linear progression: every session of an exercise adds its increment.
      const specs = t.planned.items.map((item: any) => {
        const k = count.get(item.exercise) ?? 0;
        count.set(item.exercise, k + 1);
        if (!item.load) {
          record.push({ date, exercise: item.exercise, sets: 1, reps: [10], load: null, rir: 2 });
          return `${item.exercise}: 1x10 rir2`;
        }
        const load = `${kg(item.load) + k * kg(item.increment)}kg`;
        const reps = Number(item.reps);
        record.push({ date, exercise: item.exercise, sets: item.sets, reps: Array(item.sets).fill(reps), load, rir: 2 });
        return `${item.exercise}: ${item.sets}x${reps}@${load} rir2`;
      });
      const l = await cli.json(['log', '--rpe', '7', ...specs.flatMap((s: string) => ['--exercise', s])]);
      expect(l.session.planned, where).toEqual(t.planned);
      expect(l.session.exercises.map((e: any) => e.exercise)).toEqual(t.planned.items.map((i: any) => i.exercise));
      const next = (pos + 1) % n;
      expect(l.advanced_to, where).toEqual({ index: next + 1, day: days[next]!.name });
      pos = next;
    }
    expect(pos).toBe(0);

    // ---- a training day left unlogged waits
    const wait = date; // step 2n: day 1 again
    cli.now = wait;
    expect((await cli.json(['today'])).planned.day).toBe(days[0]!.name);
    cli.now = addDays(wait, 1);
    const waited = await cli.json(['today']);
    expect(waited.planned.day, 'the unlogged workout is still today’s').toBe(days[0]!.name);
    expect(waited.planned.session).toBe(five.days[0].session);

    // ---- out of order: --day N marks the days in between as skipped and continues from N+1
    const N = days.findIndex((d, i) => i >= 5 && d.type === 'strength') + 1; // a later workout
    expect(N).toBeGreaterThan(1);
    const jump = await cli.json(['log', '--day', String(N), '--rpe', '6']);
    expect(jump.session.planned.day).toBe(days[N - 1]!.name);
    expect(jump.session.planned.skipped_days).toEqual(Array.from({ length: N - 1 }, (_, i) => i + 1));
    expect(jump.advanced_to).toEqual({ index: (N % n) + 1, day: days[N % n]!.name });
    cli.now = addDays(wait, 2);
    expect((await cli.json(['today'])).planned.day, `the day after --day ${N} shows day ${N + 1}`).toBe(days[N % n]!.name);

    // ---- history --compare: cycle 2 beside cycle 1, per exercise (best set = heaviest load)
    const CYCLE2 = addDays(START, n);
    const END = addDays(START, 2 * n - 1);
    const h = await cli.json(['history', '--compare', '--from', START, '--to', END]);
    expect(Array.isArray(h.compare)).toBe(true);
    expect(h.compare).toHaveLength(2);
    const [c1, c2] = h.compare;
    expect(c1).toMatchObject({ from: START, to: addDays(START, n - 1) });
    expect(c2).toMatchObject({ from: CYCLE2, to: END });
    const best = (exercise: string, from: string, to: string) => {
      const rows = record.filter((r) => r.exercise === exercise && r.date >= from && r.date <= to);
      const top = rows.reduce<(typeof rows)[number] | undefined>((b, r) => (!b || kg(r.load ?? '0kg') > kg(b.load ?? '0kg') ? r : b), undefined);
      return top ? { date: top.date, load: top.load, reps: Math.max(...top.reps), sets: top.sets, total_reps: top.reps.reduce((a, b) => a + b, 0) } : null;
    };
    const exercises = [...new Set(record.map((r) => r.exercise))];
    expect(c2.exercises.map((e: any) => e.exercise).sort()).toEqual([...exercises].sort());
    for (const name of exercises) {
      const entry = c2.exercises.find((e: any) => e.exercise === name);
      const current = best(name, CYCLE2, END);
      const previous = best(name, START, addDays(CYCLE2, -1));
      expect(entry, name).toMatchObject({ current, previous });
      if (current?.load) expect(entry.change, name).toBe(`+${kg(current.load) - kg(previous!.load!)}kg`);
      else expect(entry.change, name).toBe('same');
      const first = c1.exercises.find((e: any) => e.exercise === name);
      expect(first, name).toMatchObject({ current: previous, previous: null });
    }
    // planned vs done over the two cycles: every non-optional workout was planned and done
    // (unlogged past days must resolve to the position they really had, not a projection from today)
    const workouts = 2 * days.filter((d) => d.type !== 'rest' && !d.optional).length;
    const sum = (k: string) => h.weeks.reduce((s: number, w: any) => s + w[k], 0);
    expect.soft(sum('planned'), 'planned workouts in two cycles').toBe(workouts);
    expect.soft(sum('completed'), 'completed workouts in two cycles').toBe(workouts);
    const restDays = h.weeks.flatMap((w: any) => w.days).filter((d: any) => !d.session);
    expect
      .soft(
        restDays.map((d: any) => `${d.date} ${d.planned?.day}`),
        'unlogged days in the two cycles were the rest days',
      )
      .toEqual(restDays.map((d: any) => `${d.date} Rest`));
    // the squat went up every session: 12 sessions over two cycles
    expect(c2.exercises.find((e: any) => e.exercise === 'Back squat').current.load).toBe(`${kg(five.sessions.workout_a.standard[0].load) + 11 * 2.5}kg`);
  });
});

describe('sequence plan: correcting a record', () => {
  const days: { name: string }[] = readPlan(FIVE).days;

  it('log --replace of an older day does not move the position back', async () => {
    const cli = new Cli({ inProcess: true, now: '2026-11-02' });
    await cli.json(['init', '--plan', FIVE, '--start', '2026-11-02']);
    await cli.json(['log', '--rpe', '7']); // day 1
    cli.now = '2026-11-04'; // day 2 (rest) passed by itself
    const b = await cli.json(['log', '--rpe', '7']);
    expect(b.session.planned.day).toBe(days[2]!.name);
    expect(b.advanced_to).toEqual({ index: 4, day: days[3]!.name });
    cli.now = '2026-11-05';
    expect((await cli.json(['today'])).planned.day).toBe(days[3]!.name);
    // the RPE of the first workout was wrong: correct it
    const fixed = await cli.json(['log', '--date', '2026-11-02', '--replace', '--rpe', '8']);
    expect(fixed.session).toMatchObject({ date: '2026-11-02', rpe: 8 });
    expect(fixed.session.planned.day).toBe(days[0]!.name);
    // the position is still after the latest logged workout, not after the corrected one
    expect((await cli.json(['today'])).planned.day, 'today after correcting an old record').toBe(days[3]!.name);
    cli.now = '2026-11-06';
    expect((await cli.json(['today'])).planned.day).toBe(days[4]!.name);
  });
});

// ---------------------------------------------------------------------------------

describe('newcomers', () => {
  it('today --plan previews a plan with no journal at all, and creates none', async () => {
    const { dir, path } = tempJournal();
    const env = { REGIMEN_JOURNAL: path };
    const now = '2026-11-03'; // a Tuesday: a run day in couch-to-5k
    const r = await run(['today', '--plan', C25K, '--json'], { env, now });
    expect(r.exitCode, show(['today', '--plan', C25K, '--json'], r)).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t).toMatchObject({ date: now, preview: true, athlete: null, stage: 'WEEK_1', status: 'unknown', adaptation: 'as_planned' });
    expect(t.planned).toMatchObject({ type: 'aerobic', session: 'run_w1', optional: false });
    expect(t.planned.minutes).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/regimen init --plan/);
    const text = await run(['today', '--plan', C25K], { env, now });
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/regimen init/);
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("without REGIMEN_NOW, today is the user's local calendar date (SPEC §1), in time zones a day apart", async () => {
    // UTC+14 and UTC−12 are 26 hours apart: their calendar dates always differ.
    const dates: string[] = [];
    for (const timeZone of ['Pacific/Kiritimati', 'Etc/GMT+12']) {
      const localToday = () => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
      const args = ['today', '--plan', GENTLE, '--json'];
      // A run that straddles midnight in that zone is retried once.
      for (let attempt = 0; ; attempt++) {
        const before = localToday();
        const r = await run(args, { env: { REGIMEN_NOW: undefined, TZ: timeZone } });
        const after = localToday();
        expect(r.exitCode, show(args, r)).toBe(0);
        if (before !== after && attempt === 0) continue;
        expect(before, 'the local date did not change during the run').toBe(after);
        const t = JSON.parse(r.stdout);
        expect(t.date, `TZ=${timeZone}`).toBe(before);
        dates.push(t.date);
        break;
      }
    }
    expect(dates[0], 'the two zones give different dates').not.toBe(dates[1]);
  });

  it('init without --plan: today suggests a plan, log needs --type and --minutes', async () => {
    const cli = new Cli({ inProcess: true, now: '2026-11-04' });
    const init = await cli.json(['init']);
    expect(init).toMatchObject({ athlete: 'me', status: 'active', plan: null });

    const t = await cli.ok(['today']);
    expect(t.stdout).toMatch(/no plan/i);
    expect(t.stdout).toMatch(/plan use/);
    const tj = await cli.json(['today']);
    expect(tj).toMatchObject({ athlete: 'me', planned: null, adapted: null });

    for (const args of [
      ['log', '--rpe', '4'],
      ['log', '--minutes', '20'],
      ['log', '--type', 'aerobic'],
    ]) {
      const bad = await cli.run(args);
      expect(bad.exitCode, show(args, bad)).toBe(2);
      expect(bad.stderr).toMatch(/--type/);
      expect(bad.stderr).toMatch(/--minutes/);
    }
    expect(tableRows(cli.journal, 'sessions')).toEqual([]);

    const l = await cli.json(['log', '--type', 'aerobic', '--minutes', '20', '--rpe', '4']);
    expect(l.session).toMatchObject({ date: '2026-11-04', status: 'completed', planned: null, actual: { type: 'aerobic', minutes: 20 }, rpe: 4 });
    const h = await cli.json(['history', '--weeks', '1']);
    expect(h.weeks.at(-1)).toMatchObject({ planned: 0, completed: 0, completion: null, minutes_done: 20, avg_rpe: 4, load: 80 });
  });
});

// ---------------------------------------------------------------------------------

describe('athletes and plans', () => {
  it('athlete lifecycle: prospect → active ↔ inactive → archived; choosing among active athletes', async () => {
    const cli = new Cli({ inProcess: true, now: '2026-11-02' });
    await cli.json(['init', '--plan', GENTLE]);
    const added = await cli.json(['athlete', 'add', 'sam', '--plan', C25K, '--name', 'Sam']);
    expect(added).toMatchObject({ athlete: 'sam', status: 'prospect', plan: 'couch-to-5k', plan_status: 'draft' });

    const list = await cli.json(['athlete', 'list']);
    const byId = (l: any, id: string) => l.athletes.find((a: any) => a.id === id);
    expect(byId(list, 'me')).toMatchObject({ status: 'active', plan: 'gentle-foundations', stage: 'FOUNDATIONS' });
    expect(byId(list, 'sam')).toMatchObject({ name: 'Sam', status: 'prospect', plan: 'couch-to-5k' });
    // one active athlete: it is the default
    expect((await cli.json(['today'])).athlete).toBe('me');

    cli.now = '2026-11-03';
    const act = await cli.json(['athlete', 'activate', 'sam']);
    expect(act).toMatchObject({ athlete: 'sam', changed: true, plan: 'couch-to-5k', start: '2026-11-03' });

    // two active athletes: the default is refused, naming both
    const ambiguous = await cli.run(['today']);
    expect(ambiguous.exitCode, show(['today'], ambiguous)).toBe(2);
    expect(ambiguous.stderr).toMatch(/\bme\b/);
    expect(ambiguous.stderr).toMatch(/\bsam\b/);
    expect(ambiguous.stdout).toBe('');
    const viaFlag = await cli.json(['today', '--athlete', 'sam']);
    expect(viaFlag).toMatchObject({ athlete: 'sam', stage: 'WEEK_1' });
    expect(viaFlag.planned.type).toBe('aerobic'); // Tuesday is a run day
    expect((await cli.json(['today'], { env: { REGIMEN_ATHLETE: 'sam' } })).athlete).toBe('sam');
    expect((await cli.json(['today'], { env: { REGIMEN_ATHLETE: 'me' } })).athlete).toBe('me');

    for (const [to, from] of [
      ['inactive', 'active'],
      ['active', 'inactive'],
      ['archived', 'active'],
    ] as const) {
      const moved = await cli.json(['athlete', 'status', 'sam', to]);
      expect(moved).toMatchObject({ athlete: 'sam', from, to, changed: true });
    }
    const refused = await cli.run(['athlete', 'status', 'sam', 'active']);
    expect(refused.exitCode, show(['athlete', 'status', 'sam', 'active'], refused)).toBe(2);
    expect(refused.stderr).toMatch(/archived/);
    expect(byId(await cli.json(['athlete', 'list']), 'sam')).toMatchObject({ status: 'archived' });
    // only `me` is active again
    expect((await cli.json(['today'])).athlete).toBe('me');
    // SPEC §6.5: every athlete status change appends an audit event
    const audit = tableRows<{ athlete_id?: string; athlete?: string; action: string }>(cli.journal, 'audit').filter(
      (a) => (a.athlete_id ?? a.athlete) === 'sam' && a.action === 'athlete.status_changed',
    );
    expect(audit).toHaveLength(5); // added, activated, inactive, active, archived
  });

  it('plan use keeps the first plan’s progress, resumes it, and restarts only with --restart; plan show', async () => {
    const five = readPlan(FIVE);
    const cli = new Cli({ inProcess: true, now: '2026-11-02' });
    await cli.json(['init', '--plan', FIVE, '--start', '2026-11-02']);
    const logged = await cli.json(['log', '--rpe', '6', '--exercise', 'Back squat: 5x5@60kg rir2']);
    expect(logged.advanced_to).toEqual({ index: 2, day: five.days[1].name });

    cli.now = '2026-11-03';
    const away = await cli.json(['plan', 'use', GENTLE]);
    expect(away).toMatchObject({ athlete: 'me', plan: 'gentle-foundations', outcome: 'assigned', previous: 'strength-5x5', start: '2026-11-03' });
    const showAway = await cli.json(['plan', 'show']);
    expect(showAway.plan).toMatchObject({ id: 'gentle-foundations', start: '2026-11-03' });
    expect(showAway.stage).toBe('FOUNDATIONS');

    cli.now = '2026-11-04';
    const back = await cli.json(['plan', 'use', FIVE]);
    expect(back).toMatchObject({ plan: 'strength-5x5', outcome: 'resumed', start: '2026-11-02', previous: 'gentle-foundations' });
    const shown = await cli.json(['plan', 'show']);
    expect(shown.plan).toMatchObject({ id: 'strength-5x5', start: '2026-11-02' });
    expect(shown.stage).toBe('LINEAR');
    expect(shown.ladder.map((s: any) => s.id)).toEqual(five.stages.map((s: any) => s.id));
    expect(shown.ladder.map((s: any) => s.current)).toEqual(five.stages.map((_: unknown, i: number) => i === 0));
    expect(shown.phases).toEqual([]);
    expect(shown.week.map((d: any) => d.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays('2026-11-02', i)));
    // the position was kept: Workout A was done, the rest day passed, Workout B is next
    const resumed = await cli.json(['today']);
    expect(resumed.planned.day).toBe(five.days[2].name);

    const restart = await cli.json(['plan', 'use', FIVE, '--restart']);
    expect(restart).toMatchObject({ plan: 'strength-5x5', outcome: 'restarted', start: '2026-11-04' });
    expect((await cli.json(['today'])).planned.day).toBe(five.days[0].name);
    expect((await cli.json(['plan', 'show'])).plan.start).toBe('2026-11-04');

    // a plan with phases laid backwards from its goal date (SPEC §2.1)
    const marathon = readPlan(MARATHON);
    await cli.json(['plan', 'use', MARATHON]);
    const m = await cli.json(['plan', 'show']);
    expect(m.goal).toMatchObject({ kind: 'event', date: marathon.goal.date });
    expect(m.phases.map((p: any) => p.id)).toEqual(marathon.phases.map((p: any) => p.id));
    const last = m.phases.at(-1);
    expect(last.to >= marathon.goal.date && last.to <= addDays(marathon.goal.date, 6)).toBe(true);
    for (const [i, p] of m.phases.entries()) {
      expect(p.weeks).toBe(marathon.phases[i].weeks);
      expect(addDays(p.from, p.weeks * 7 - 1)).toBe(p.to);
      if (i > 0) expect(p.from).toBe(addDays(m.phases[i - 1].to, 1));
    }
    expect(m.week).toHaveLength(7);
  });

  it('every plan assignment is a plan.assigned audit event: init --plan, plan use, plan use --restart, a resume — with outcome and actor', async () => {
    // SPEC §6.5: every plan assignment appends an audit event with the time, athlete,
    // action, actor ($REGIMEN_ACTOR, else the operating-system user) and what changed.
    const cli = new Cli({ inProcess: true, now: '2026-11-02', env: { REGIMEN_ACTOR: 'coach-a' } });
    await cli.json(['init', '--plan', FIVE, '--start', '2026-11-02']);
    cli.now = '2026-11-03';
    await cli.json(['plan', 'use', GENTLE]);
    cli.now = '2026-11-04';
    const restart = await cli.json(['plan', 'use', FIVE, '--restart'], { env: { REGIMEN_ACTOR: 'coach-b' } });
    expect(restart).toMatchObject({ outcome: 'restarted', previous: 'gentle-foundations' });
    cli.now = '2026-11-05';
    const resume = await cli.json(['plan', 'use', GENTLE], { env: { REGIMEN_ACTOR: undefined } });
    expect(resume).toMatchObject({ outcome: 'resumed', previous: 'strength-5x5' });

    const { events } = await cli.json<{ events: { id: number; time: string; athlete: string | null; action: string; actor: string; details: any }[] }>([
      'audit',
    ]);
    const assigned = events.filter((e) => e.action === 'plan.assigned');
    expect(assigned.map((e) => [e.athlete, e.actor, e.details.plan, e.details.outcome, e.details.previous, e.details.start, e.details.status])).toEqual([
      ['me', 'coach-a', 'strength-5x5', 'assigned', null, '2026-11-02', 'active'],
      ['me', 'coach-a', 'gentle-foundations', 'assigned', 'strength-5x5', '2026-11-03', 'active'],
      ['me', 'coach-b', 'strength-5x5', 'restarted', 'gentle-foundations', '2026-11-04', 'active'],
      ['me', userInfo().username, 'gentle-foundations', 'resumed', 'strength-5x5', '2026-11-03', 'active'],
    ]);
    for (const e of assigned) {
      expect(Number.isNaN(Date.parse(e.time)), e.time).toBe(false);
      expect(e.details.path).toBe(e.details.plan === 'strength-5x5' ? FIVE : GENTLE);
      expect(e.details.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // the same plan file, the same content hash; a different plan, a different one
    expect(assigned[2]!.details.hash).toBe(assigned[0]!.details.hash);
    expect(assigned[3]!.details.hash).toBe(assigned[1]!.details.hash);
    expect(assigned[1]!.details.hash).not.toBe(assigned[0]!.details.hash);
    const ids = events.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });
});

// ---------------------------------------------------------------------------------

describe('record rules: check-ins, logs and events', () => {
  it('a second check-in supersedes the first; today uses the second', async () => {
    // Through the built binary, as the newcomers' runs above: the daily area's end-to-end runs of the bundle.
    const cli = new Cli({ now: '2026-11-02' });
    await cli.json(['init', '--plan', GENTLE]);
    await cli.json(checkinArgs(CALM));
    expect((await cli.json(['today'])).status).toBe('green');
    await cli.json(checkinArgs({ ...CALM, fatigue: 5 }));
    const t = await cli.json(['today']);
    expect(t).toMatchObject({ status: 'amber', adaptation: 'gentler_variant' });
    // the first stays in history
    const rows = tableRows<{ date: string; fatigue: number }>(cli.journal, 'checkins');
    expect(rows.map((r) => [r.date, r.fatigue])).toEqual([
      ['2026-11-02', 1],
      ['2026-11-02', 5],
    ]);
  });

  it('log: one record per date unless --replace; --id is idempotent; >60 days back needs --backdate', async () => {
    const cli = new Cli({ inProcess: true, now: '2026-11-02' });
    await cli.json(['init', '--plan', GENTLE]);
    const first = await cli.json(['log', '--rpe', '4']);
    const again = await cli.run(['log', '--rpe', '5']);
    expect(again.exitCode, show(['log', '--rpe', '5'], again)).toBe(2);
    expect(again.stderr).toMatch(/--replace/);
    const replaced = await cli.json(['log', '--rpe', '5', '--replace']);
    expect(replaced.session.id).not.toBe(first.session.id);
    expect(replaced.session.rpe).toBe(5);
    const h = await cli.json(['history', '--weeks', '1']);
    expect(h.weeks.at(-1)).toMatchObject({ completed: 1, avg_rpe: 5, minutes_done: 15, load: 75 });

    // --id: the second run with the same key reports the existing record and writes nothing
    const keyedLog = (rpe: string) => ['log', '--date', '2026-10-30', '--type', 'aerobic', '--minutes', '20', '--rpe', rpe, '--id', 'walk-1030'];
    const keyed = await cli.json(keyedLog('3'));
    const before = tableRows(cli.journal, 'sessions').length;
    const repeat = await cli.json(keyedLog('9'));
    expect(repeat.duplicate).toBe(true);
    expect(repeat.session.id).toBe(keyed.session.id);
    expect(repeat.session.rpe).toBe(3);
    expect(tableRows(cli.journal, 'sessions')).toHaveLength(before);

    // 60 days back is fine; 61 needs --backdate
    const free = ['--type', 'aerobic', '--minutes', '20'];
    await cli.json(['log', '--date', addDays('2026-11-02', -60), ...free]);
    const old = await cli.run(['log', '--date', addDays('2026-11-02', -61), ...free]);
    expect(old.exitCode, show(['log', '--date', addDays('2026-11-02', -61)], old)).toBe(2);
    expect(old.stderr).toMatch(/--backdate/);
    const back = await cli.json(['log', '--date', addDays('2026-11-02', -61), ...free, '--backdate']);
    expect(back.session).toMatchObject({ date: addDays('2026-11-02', -61), actual: { type: 'aerobic', minutes: 20 } });
  });

  it('event add: injury:SITE and treatment_change are recorded; an unknown type is refused', async () => {
    const cli = new Cli({ inProcess: true, now: '2026-11-02' });
    await cli.json(['init', '--plan', GENTLE]);
    const injury = await cli.json(['event', 'add', 'injury:shin', '--note', 'sore after the walk']);
    expect(injury.event).toMatchObject({ athlete: 'me', date: '2026-11-02', type: 'injury', site: 'shin', note: 'sore after the walk' });
    expect(typeof injury.event.id).toBe('number');
    const treatment = await cli.json(['event', 'add', 'treatment_change', '--date', '2026-11-01']);
    expect(treatment.event).toMatchObject({ athlete: 'me', date: '2026-11-01', type: 'treatment_change', site: null, note: null });
    const bogus = await cli.run(['event', 'add', 'bogus']);
    expect(bogus.exitCode, show(['event', 'add', 'bogus'], bogus)).toBe(2);
    expect(bogus.stderr).toMatch(/treatment_change/);
    expect(tableRows<{ type: string }>(cli.journal, 'events').map((e) => e.type)).toEqual(['injury', 'treatment_change']);
  });
});
