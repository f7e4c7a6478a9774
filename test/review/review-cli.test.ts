// `regimen review` through the built binary (SPEC §4 review, §6.3, §6.4): athletes
// walked through weeks of check-ins and logs on the example plans, reviewed on
// Sundays. Expectations come from the plan files themselves (stage ladder, min_weeks,
// templates, loads and increments), read with the `yaml` package.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, assertBuilt, Cli, plan, show, snapshotJournal, tableRows } from '../e2e/helpers.js';
import { CALM, checkinArgs, type Signals } from '../helpers/checkin-args.js';

beforeAll(assertBuilt);

const GENTLE = plan('gentle-foundations.yaml');
const C25K = plan('couch-to-5k.yaml');
const FIVE = plan('strength-5x5.yaml');

const readPlan = (file: string): any => parseYaml(readFileSync(file, 'utf8'));
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Monday 2026-11-02: every athlete here starts on a Monday, so week 1 is a whole week. */
const START = '2026-11-02';
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const RED_FATIGUE: Signals = { ...CALM, fatigue: 8 }; // one red signal below 9: red, not rest-only

/** The non-optional training days of a stage's week (weekly plans), from the plan file. */
function trainingDays(p: any, stageId: string, monday: string): { date: string; type: string; session: string }[] {
  const stage = p.stages.find((s: any) => s.id === stageId);
  const template = stage.week_template ?? p.week_template;
  const out: { date: string; type: string; session: string }[] = [];
  WEEKDAYS.forEach((wd, i) => {
    const entry = template[wd];
    if (entry === undefined) return;
    const type = typeof entry === 'string' ? entry : entry.type;
    const optional = typeof entry === 'object' && entry.optional === true;
    if (type === 'rest' || optional) return;
    out.push({ date: addDays(monday, i), type, session: (typeof entry === 'object' && entry.session) || type });
  });
  return out;
}

/** One athlete in one journal; every call runs with the clock on the day it is about. */
class Athlete {
  constructor(
    readonly cli: Cli,
    readonly id?: string,
  ) {}

  private as(args: string[]): string[] {
    return this.id ? [...args, '--athlete', this.id] : args;
  }

  checkin(date: string, s: Signals = CALM) {
    return this.cli.ok(this.as(checkinArgs(s)), { now: date });
  }

  log(date: string, args: string[] = ['--rpe', '4']) {
    return this.cli.ok(this.as(['log', ...args]), { now: date });
  }

  review(date: string, extra: string[] = []): Promise<any> {
    return this.cli.json(this.as(['review', ...extra]), { now: date });
  }

  today(date: string): Promise<any> {
    return this.cli.json(this.as(['today']), { now: date });
  }
}

async function started(file: string, id?: string): Promise<Athlete> {
  const cli = new Cli({ inProcess: true, now: START });
  await cli.ok(['init', '--plan', file, '--start', START, ...(id ? ['--athlete', id] : [])]);
  return new Athlete(cli, id);
}

const reviewStageChanges = (journal: string) =>
  tableRows<{ stage: string; effective_date: string; reason: string }>(journal, 'stage_changes').filter((r) => r.reason.startsWith('review'));
const stageAudit = (journal: string) =>
  tableRows<{ action: string; athlete_id: string; details: string }>(journal, 'audit')
    .filter((r) => r.action === 'stage.changed')
    .map((r) => ({ athlete: r.athlete_id, ...(JSON.parse(r.details) as { from: string; to: string; decision: string; effective: string }) }));

function expectGentle(r: any): void {
  expect(r.message).toMatch(/scaling down or resting/i);
  expect(r.message).not.toMatch(/fail|missed|streak/i);
}

// ---------------------------------------------------------------------------------

describe('a steady athlete on gentle-foundations climbs one rung at a time', () => {
  const gentle = readPlan(GENTLE);
  const ids: string[] = gentle.stages.map((s: any) => s.id);

  it('FOUNDATIONS → BUILD_1 → BUILD_2: holds until min_weeks, then exactly one rung, audited, in force the next day', async () => {
    const me = await started(GENTLE);
    const moves: { from: string; to: string; effective: string }[] = [];
    let at = 0;
    let weeks = 0;
    for (let w = 0; at < 2; w++) {
      expect(w, 'the climb to the third stage took too long').toBeLessThan(10);
      const monday = addDays(START, 7 * w);
      const sunday = addDays(monday, 6);
      const stage = gentle.stages[at];
      const days = trainingDays(gentle, stage.id, monday);
      for (const d of days) {
        await me.checkin(d.date);
        await me.log(d.date, ['--rpe', '4']);
      }
      const r = await me.review(sunday);
      weeks++;
      const min: number = stage.min_weeks ?? 2;
      expect(r.week).toMatch(/^2026-W\d\d$/);
      expect(r.stage.from).toBe(stage.id);
      expect(r.metrics).toMatchObject({ completion: 1, avg_rpe: 4, red_days: 0, weeks_in_stage: weeks });
      expect(r.applied).toBe(true);
      expect(r.cached).toBe(false);
      expectGentle(r);
      if (weeks < min) {
        expect(r.decision, `week ${w + 1}: ${weeks} of ${min} weeks at ${stage.id}`).toBe('hold');
        expect(r.stage.to).toBe(stage.id);
        expect(r.reasons.join(' | ')).toContain(`${weeks} of ${min} weeks at ${stage.id}`);
      } else {
        expect(r.decision, `week ${w + 1}: ${weeks} of ${min} weeks at ${stage.id}`).toBe('progress');
        expect(r.stage.to).toBe(ids[at + 1]);
        moves.push({ from: stage.id, to: ids[at + 1]!, effective: addDays(sunday, 1) });
        at++;
        weeks = 0;
        const next = await me.today(addDays(sunday, 1));
        expect(next.stage).toBe(ids[at]);
      }
    }
    // FOUNDATIONS held for min_weeks − 1 reviews, and so did BUILD_1.
    expect(moves).toEqual([
      { from: ids[0], to: ids[1], effective: addDays(START, 7 * gentle.stages[0].min_weeks) },
      { from: ids[1], to: ids[2], effective: addDays(START, 7 * (gentle.stages[0].min_weeks + gentle.stages[1].min_weeks)) },
    ]);
    expect(reviewStageChanges(me.cli.journal).map((c) => ({ stage: c.stage, effective: c.effective_date }))).toEqual(
      moves.map((m) => ({ stage: m.to, effective: m.effective })),
    );
    expect(stageAudit(me.cli.journal)).toEqual(
      moves.map((m) => expect.objectContaining({ athlete: 'me', from: m.from, to: m.to, decision: 'progress', effective: m.effective })),
    );
    expect(tableRows(me.cli.journal, 'reviews')).toHaveLength(gentle.stages[0].min_weeks + gentle.stages[1].min_weeks);
  });
});

describe('a treatment change in the window holds', () => {
  const c25k = readPlan(C25K);
  const first = c25k.stages[0].id;

  it('a week that would progress holds, with the treatment change as the reason', async () => {
    const me = await started(C25K);
    const days = trainingDays(c25k, first, START);
    for (const d of days) await me.log(d.date, ['--rpe', '4']);
    await me.cli.ok(['event', 'add', 'treatment_change', '--note', 'new cycle'], { now: days[1]!.date });
    const r = await me.review(addDays(START, 6));
    expect(r.decision).toBe('hold');
    expect(r.stage).toEqual({ from: first, to: first });
    expect(r.metrics).toMatchObject({ treatment_change: true, completion: 1, avg_rpe: 4, weeks_in_stage: 1 });
    // the treatment change is the only unmet condition
    expect(r.reasons[0]).toMatch(/treatment change/);
    expect(r.reasons.slice(1).join(' | ')).toContain(`completed ${days.length} of ${days.length}`);
    expect(reviewStageChanges(me.cli.journal)).toHaveLength(0);
    expect(stageAudit(me.cli.journal)).toHaveLength(0);
  });
});

describe('red fatigue on session days steps down', () => {
  it('at the first stage (gentle-foundations): step_down that keeps the stage and says so; --fail-on matches it', async () => {
    const gentle = readPlan(GENTLE);
    const first = gentle.stages[0].id;
    const me = await started(GENTLE);
    const days = trainingDays(gentle, first, START);
    expect(days.length).toBeGreaterThanOrEqual(3);
    for (const d of days.slice(0, 3)) await me.checkin(d.date, RED_FATIGUE);
    const sunday = addDays(START, 6);

    for (const failOn of ['step_down', 'hold']) {
      const dry = await me.cli.run(['review', '--dry-run', '--json', '--fail-on', failOn], { now: sunday });
      expect(dry.exitCode, show(['review', '--fail-on', failOn], dry)).toBe(1);
      expect(JSON.parse(dry.stdout).decision).toBe('step_down');
    }
    const r = await me.review(sunday);
    expect(r.decision).toBe('step_down');
    expect(r.metrics).toMatchObject({ red_session_days: 3, red_days: 3 });
    expect(r.stage).toEqual({ from: first, to: first });
    expect(r.reasons.join(' | ')).toContain('3 session days were red');
    expect(r.reasons.join(' | ')).toContain(`${first} is the first stage, so it stays`);
    expect(r.message).toContain(first);
    expectGentle(r);
    expect(reviewStageChanges(me.cli.journal)).toHaveLength(0);
    expect(stageAudit(me.cli.journal)).toHaveLength(0);
  });

  it('from the second stage (couch-to-5k): one rung back, in force the next day', async () => {
    const c25k = readPlan(C25K);
    const [one, two] = [c25k.stages[0].id, c25k.stages[1].id];
    const me = await started(C25K);
    for (const d of trainingDays(c25k, one, START)) await me.log(d.date, ['--rpe', '4']);
    expect((await me.review(addDays(START, 6))).stage).toEqual({ from: one, to: two });

    const week2 = addDays(START, 7);
    for (const d of trainingDays(c25k, two, week2)) await me.checkin(d.date, RED_FATIGUE);
    const r = await me.review(addDays(week2, 6));
    expect(r.decision).toBe('step_down');
    expect(r.stage).toEqual({ from: two, to: one });
    expect(r.reasons.join(' | ')).toContain('3 session days were red');
    expectGentle(r);
    expect((await me.today(addDays(week2, 8))).stage).toBe(one); // the Tuesday after
    expect(stageAudit(me.cli.journal).map((a) => [a.from, a.to, a.decision])).toEqual([
      [one, two, 'progress'],
      [two, one, 'step_down'],
    ]);
  });
});

describe('avoidance: mind-body chosen over planned strength on green days', () => {
  it('three times in the window → hold, count 3, a weekday named for rebalancing', async () => {
    const five = readPlan(FIVE);
    const me = await started(FIVE);
    // Sequence plan started on Monday: day i of the sequence falls on START + i.
    const strengthDays = five.days
      .slice(0, 7)
      .map((d: any, i: number) => ({ ...d, date: addDays(START, i) }))
      .filter((d: any) => d.type === 'strength' && !d.optional);
    expect(strengthDays.length).toBeGreaterThanOrEqual(3);
    for (const d of strengthDays.slice(0, 3)) {
      await me.checkin(d.date);
      await me.log(d.date, ['--status', 'completed', '--type', 'mind_body', '--minutes', '10', '--rpe', '2']);
    }
    const r = await me.review(addDays(START, 6));
    expect(r.decision).toBe('hold');
    expect(r.metrics.avoidance).toMatchObject({ detected: true, count: 3 });
    expect(r.metrics.avoidance.days.map((d: any) => [d.date, d.planned, d.done])).toEqual(
      strengthDays.slice(0, 3).map((d: any) => [d.date, 'strength', 'mind_body']),
    );
    expect(r.reasons.join(' | ')).toMatch(/3 times a lighter mind-body session or rest/);
    expect(r.message).toMatch(/the (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) strength session could become a mind-body session/);
    expectGentle(r);
  });
});

describe('couch-to-5k: a hold repeats the week', () => {
  it('one run of three → hold; next week is the same stage and the same runs', async () => {
    const c25k = readPlan(C25K);
    const first = c25k.stages[0].id;
    const me = await started(C25K);
    const days = trainingDays(c25k, first, START);
    await me.log(days[0]!.date, ['--rpe', '4']);
    const r = await me.review(addDays(START, 6));
    expect(r.decision).toBe('hold');
    expect(r.metrics).toMatchObject({ planned: days.length, completed: 1 });
    expect(r.stage).toEqual({ from: first, to: first });
    expectGentle(r);

    const week2 = addDays(START, 7);
    const schedule = await me.cli.json(['schedule', '--from', week2, '--weeks', '1'], { now: addDays(week2, 1) });
    const runs = schedule.days.filter((d: any) => d.planned && d.planned.type !== 'rest' && !d.planned.optional);
    expect(schedule.days.every((d: any) => d.stage === first)).toBe(true);
    expect(runs.map((d: any) => [d.date, d.planned.session])).toEqual(trainingDays(c25k, first, week2).map((d) => [d.date, d.session]));
  });
});

describe('exercise progression on strength-5x5 (SPEC §6.4)', () => {
  const five = readPlan(FIVE);
  const planBytes = sha256(FIVE);
  const items = (session: string) => five.sessions[session].standard.filter((i: any) => i.load !== undefined && i.rir !== undefined);
  const num = (load: string) => Number(/^(\d+(?:\.\d+)?)/.exec(load)![1]);
  const unit = (load: string) => /(kg|lb)$/.exec(load)![1];
  const step = (item: any, dir: 1 | -1) => `${num(item.load) + dir * num(item.increment ?? (unit(item.load) === 'lb' ? '5lb' : '2.5kg'))}${unit(item.load)}`;
  const spec = (item: any, reps: number[], rir: number) => `${item.exercise}: ${reps.join(',')}@${item.load} rir${rir}`;
  const all = (item: any) => Array.from({ length: item.sets }, () => Number(item.reps));
  const short = (item: any) => all(item).map((r, i, a) => (i === a.length - 1 ? r - 2 : r));

  // The first week of the sequence: day 0 is workout A (Monday), day 2 workout B (Wednesday).
  const dayA = five.days.findIndex((d: any) => d.session === 'workout_a');
  const dayB = five.days.findIndex((d: any) => d.session === 'workout_b');
  const [squatA, benchA, rowA] = items('workout_a');
  const [squatB, pressB, deadliftB] = items('workout_b');
  const dateA = addDays(START, dayA);
  const dateB = addDays(START, dayB);
  // Monday: squat harder than planned (later overridden), bench harder, row on target.
  // Wednesday: squat with reps to spare (the most recent squat), press short, deadlift easy.
  const logsA = [spec(squatA, all(squatA), squatA.rir - 1), spec(benchA, all(benchA), benchA.rir - 1), spec(rowA, all(rowA), rowA.rir)];
  const logsB = [spec(squatB, all(squatB), squatB.rir + 1), spec(pressB, short(pressB), pressB.rir), spec(deadliftB, all(deadliftB), deadliftB.rir + 1)];
  const expected: Record<string, string> = {
    [squatA.exercise]: step(squatB, 1),
    [benchA.exercise]: step(benchA, -1),
    [rowA.exercise]: rowA.load,
    [pressB.exercise]: step(pressB, -1),
    [deadliftB.exercise]: step(deadliftB, 1),
  };
  let me: Athlete;

  it('up by the item increment with RIR ≥ target + 1, down when RIR is below target or reps fall short, else unchanged — from the next day on', async () => {
    expect(dayB).toBeGreaterThan(dayA);
    expect(deadliftB.increment).not.toBe(squatB.increment); // the deadlift's own step is used
    me = await started(FIVE);
    await me.log(dateA, ['--rpe', '7', ...logsA.flatMap((s) => ['--exercise', s])]);
    await me.log(dateB, ['--rpe', '7', ...logsB.flatMap((s) => ['--exercise', s])]);
    // SPEC v1.1: a review is of a complete week, run here on its Sunday (it was run on dateB before).
    const sunday = addDays(START, 6);
    const r = await me.review(sunday);
    const moved = Object.fromEntries(r.exercises.map((e: any) => [e.exercise, e.to]));
    expect(moved).toEqual(Object.fromEntries(Object.entries(expected).filter(([name]) => name !== rowA.exercise)));
    expect(r.held_exercises.map((e: any) => [e.exercise, e.load])).toEqual([[rowA.exercise, rowA.load]]);
    expect(r.exercises.find((e: any) => e.exercise === deadliftB.exercise).reason).toContain(deadliftB.increment);
    expect(r.exercises.find((e: any) => e.exercise === squatA.exercise).reason).toContain(dateB); // the most recent squat

    const schedule = await me.cli.json(['schedule', '--from', dateB, '--weeks', '2'], { now: addDays(sunday, 1) });
    const loadsOn = (pred: (date: string) => boolean) => {
      const seen: Record<string, string> = {};
      for (const d of schedule.days)
        if (pred(d.date)) for (const i of d.planned?.items ?? []) if (i.load !== undefined && !(i.exercise in seen)) seen[i.exercise] = i.load;
      return seen;
    };
    expect(loadsOn((d) => d > sunday)).toEqual(expected);
    // on the review day itself the old targets still stand
    expect(loadsOn((d) => d === dateB)).toEqual(Object.fromEntries(items('workout_b').map((i: any) => [i.exercise, i.load])));
    expect(sha256(FIVE)).toBe(planBytes); // the plan file is never rewritten
    expect(tableRows(me.cli.journal, 'exercise_targets').map((t: any) => [t.exercise, t.load])).toEqual(r.exercises.map((e: any) => [e.exercise, e.to]));
  });

  it('a performance the last review already acted on does not move the load again', async () => {
    // Nothing is logged in the second week; the first week's lifts are still in the
    // 14-day window, but they were judged (and the loads moved) last week.
    const r = await me.review(addDays(START, 13));
    expect(r.exercises.map((e: any) => `${e.exercise}: ${e.from} → ${e.to} (${e.reason})`)).toEqual([]);
  });
});

describe('strength-5x5 in use: what the next reviews are made of', () => {
  const five = readPlan(FIVE);

  it('every workout done, the optional mobility day left alone: the sequence moves on to the next workout', async () => {
    // An optional day that waited for a log would stall the sequence: nothing
    // non-optional would be planned again, and every later review would hold on
    // "nothing was planned". The plan's own comment: A-B-A one week, B-A-B the next.
    const me = await started(FIVE);
    const week1 = five.days.slice(0, 7).map((d: any, i: number) => ({ ...d, date: addDays(START, i) }));
    for (const d of week1.filter((d: any) => d.type !== 'rest' && !d.optional)) await me.log(d.date, ['--rpe', '5']);
    const monday = await me.today(addDays(START, 7));
    expect([monday.planned.type, monday.planned.day, monday.planned.optional]).toEqual([five.days[7].type, five.days[7].name, false]);
  });

  it('a session adapted for symptoms (the gentle variant, as advised) does not lower the load', async () => {
    // On an amber day `today` prescribes the gentle variant: fewer sets, more reps in
    // reserve. Doing exactly that counts as done (SPEC §6.1, §7); judging it against the
    // standard variant's sets would call it "reps fell short" and cut the load.
    const me = await started(FIVE);
    const date = addDays(
      START,
      five.days.findIndex((d: any) => d.session === 'workout_a'),
    );
    await me.checkin(date, { ...CALM, fatigue: 5 });
    const t = await me.today(date);
    expect(t.adaptation).toBe('gentler_variant');
    const gentle = t.adapted.items[0];
    const standard = five.sessions.workout_a.standard.find((i: any) => i.exercise === gentle.exercise);
    await me.log(date, [
      '--status',
      'adapted',
      '--rpe',
      '5',
      '--exercise',
      `${gentle.exercise}: ${gentle.sets}x${gentle.reps}@${standard.load} rir${gentle.rir}`,
    ]);
    const r = await me.review(addDays(START, 6));
    expect(
      r.exercises.filter((e: any) => e.exercise === gentle.exercise && e.to !== standard.load).map((e: any) => `${e.from} → ${e.to}: ${e.reason}`),
    ).toEqual([]);
  });
});

describe('a stored review is returned again; --dry-run writes nothing', () => {
  it('dry run → nothing written; review → applied once; again → cached, same decision, stage moved once', async () => {
    const c25k = readPlan(C25K);
    const [one, two] = [c25k.stages[0].id, c25k.stages[1].id];
    const me = await started(C25K);
    for (const d of trainingDays(c25k, one, START)) await me.log(d.date, ['--rpe', '4']);
    const sunday = addDays(START, 6);

    const before = snapshotJournal(me.cli.journal).rows;
    const dry = await me.review(sunday, ['--dry-run']);
    expect(snapshotJournal(me.cli.journal).rows).toEqual(before);
    expect(dry).toMatchObject({ decision: 'progress', stage: { from: one, to: two }, applied: false, cached: false });

    const first = await me.review(sunday);
    expect(first).toMatchObject({ decision: 'progress', stage: { from: one, to: two }, applied: true, cached: false });
    expect(first.reasons).toEqual(dry.reasons);

    const again = await me.review(sunday);
    expect(again.cached).toBe(true);
    expect(again.applied).toBe(true);
    for (const key of ['week', 'decision', 'stage', 'reasons', 'metrics', 'exercises', 'message']) expect(again[key], key).toEqual(first[key]);

    const beforeDry = snapshotJournal(me.cli.journal).rows;
    expect((await me.review(sunday, ['--dry-run'])).cached).toBe(true);
    expect(snapshotJournal(me.cli.journal).rows).toEqual(beforeDry);

    expect(tableRows(me.cli.journal, 'reviews')).toHaveLength(1);
    expect(reviewStageChanges(me.cli.journal).map((c) => c.stage)).toEqual([two]);
    expect(stageAudit(me.cli.journal)).toHaveLength(1);
    expect((await me.today(addDays(sunday, 2))).stage).toBe(two); // moved once, not twice
  });
});

describe('review --all and --fail-on', () => {
  it('two active athletes: {"reviews":[…]} with both; --fail-on hold exits 1 on a hold, 0 when all progress; a bogus value exits 2', async () => {
    const c25k = readPlan(C25K);
    const [one, two] = [c25k.stages[0].id, c25k.stages[1].id];
    const ann = await started(C25K, 'ann');
    await ann.cli.ok(['athlete', 'add', 'bob', '--plan', C25K, '--status', 'active', '--start', START]);
    const bob = new Athlete(ann.cli, 'bob');
    for (const d of trainingDays(c25k, one, START)) {
      await ann.log(d.date, ['--rpe', '4']);
      await bob.log(d.date, ['--rpe', '3']);
    }
    const sunday = addDays(START, 6);
    const cli = ann.cli;
    const all = (extra: string[]) => cli.run(['review', '--all', '--json', ...extra], { now: sunday });

    const progressBoth = await all(['--dry-run', '--fail-on', 'hold']);
    expect(progressBoth.exitCode, show(['review', '--all', '--fail-on', 'hold'], progressBoth)).toBe(0);
    expect(JSON.parse(progressBoth.stdout).reviews.map((r: any) => [r.athlete, r.decision])).toEqual([
      ['ann', 'progress'],
      ['bob', 'progress'],
    ]);

    await cli.ok(['event', 'add', 'treatment_change', '--athlete', 'bob'], { now: addDays(START, 3) });
    const holdBob = await all(['--dry-run', '--fail-on', 'hold']);
    expect(holdBob.exitCode, show(['review', '--all', '--fail-on', 'hold'], holdBob)).toBe(1);
    expect(JSON.parse(holdBob.stdout).reviews.map((r: any) => [r.athlete, r.decision])).toEqual([
      ['ann', 'progress'],
      ['bob', 'hold'],
    ]);
    const stepDownOnly = await all(['--dry-run', '--fail-on', 'step_down']);
    expect(stepDownOnly.exitCode, show(['review', '--all', '--fail-on', 'step_down'], stepDownOnly)).toBe(0);

    const bogus = await cli.run(['review', '--all', '--fail-on', 'bogus'], { now: sunday });
    expect(bogus.exitCode, show(['review', '--fail-on', 'bogus'], bogus)).toBe(2);
    expect(bogus.stderr).toMatch(/bogus/);
    expect(bogus.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const applied = await cli.json(['review', '--all'], { now: sunday });
    expect(Object.keys(applied)).toEqual(['reviews']);
    expect(applied.reviews.map((r: any) => [r.athlete, r.decision, r.stage.to, r.applied])).toEqual([
      ['ann', 'progress', two, true],
      ['bob', 'hold', one, true],
    ]);
    expect(stageAudit(cli.journal).map((a) => [a.athlete, a.from, a.to])).toEqual([['ann', one, two]]);
    // the stored reviews still fail a --fail-on hold
    const cachedRun = await all(['--fail-on', 'hold']);
    expect(cachedRun.exitCode).toBe(1);
    expect(JSON.parse(cachedRun.stdout).reviews.every((r: any) => r.cached)).toBe(true);
  });

  it('--all reviews every active athlete and only those: not a prospect, an inactive or an archived one', async () => {
    const c25k = readPlan(C25K);
    const one = c25k.stages[0].id;
    const ann = await started(C25K, 'ann');
    const cli = ann.cli;
    await cli.ok(['athlete', 'add', 'bob', '--plan', C25K, '--status', 'active', '--start', START]);
    await cli.ok(['athlete', 'add', 'cat', '--plan', C25K, '--start', START]); // a prospect, plan in draft
    for (const id of ['dan', 'eve']) await cli.ok(['athlete', 'add', id, '--plan', C25K, '--status', 'active', '--start', START]);
    // everyone who can log has a week of training to review
    for (const id of ['ann', 'bob', 'dan', 'eve']) for (const d of trainingDays(c25k, one, START)) await new Athlete(cli, id).log(d.date, ['--rpe', '4']);
    const sunday = addDays(START, 6);
    await cli.ok(['athlete', 'status', 'dan', 'inactive'], { now: sunday });
    await cli.ok(['athlete', 'status', 'eve', 'archived'], { now: sunday });
    const statuses = Object.fromEntries((await cli.json(['athlete', 'list'], { now: sunday })).athletes.map((a: any) => [a.id, a.status]));
    expect(statuses).toEqual({ ann: 'active', bob: 'active', cat: 'prospect', dan: 'inactive', eve: 'archived' });

    const reviewed = async (extra: string[] = []) =>
      ((await cli.json(['review', '--all', ...extra], { now: sunday })).reviews as any[]).map((r) => r.athlete).sort();
    expect(await reviewed(['--dry-run'])).toEqual(['ann', 'bob']);

    // the set follows the status: dan back to active, cat activated → both are reviewed
    await cli.ok(['athlete', 'status', 'dan', 'active'], { now: sunday });
    await cli.ok(['athlete', 'activate', 'cat', '--start', START], { now: sunday });
    expect(await reviewed(['--dry-run'])).toEqual(['ann', 'bob', 'cat', 'dan']);
    await cli.ok(['athlete', 'status', 'bob', 'inactive'], { now: sunday });
    expect(await reviewed()).toEqual(['ann', 'cat', 'dan']);
    expect(
      tableRows<{ athlete_id: string }>(cli.journal, 'reviews')
        .map((r) => r.athlete_id)
        .sort(),
    ).toEqual(['ann', 'cat', 'dan']);
  });
});

describe('load metrics in the review (SPEC §6.2)', () => {
  // An independent re-computation from what was logged, the same arithmetic as
  // test/e2e/daily-loop.test.ts's expectedLoad: session load = RPE × minutes of the
  // completed or adapted sessions; acute = the last 7 days through the review date;
  // chronic = the mean weekly load of the last 28; monotony = mean / SD of the 7 daily loads.
  type Logged = { date: string; status: string; minutes: number; rpe: number | null };
  const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
  function expectedLoad(logs: Logged[], to: string) {
    const done = logs.filter((l) => l.status === 'completed' || l.status === 'adapted');
    const daily = Array.from({ length: 28 }, (_, back) => done.filter((l) => l.date === addDays(to, -back)).reduce((s, l) => s + (l.rpe ?? 0) * l.minutes, 0));
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

  it('metrics.load is RPE × minutes of the sessions logged in the 7 and 28 days ending on the review date', async () => {
    const c25k = readPlan(C25K);
    const one = c25k.stages[0].id;
    const me = await started(C25K);
    const logs: Logged[] = [];
    const log = async (date: string, args: string[]) => {
      const s = (await me.cli.json(['log', ...args], { now: date })).session;
      logs.push({ date: s.date, status: s.status, minutes: s.actual.minutes, rpe: s.rpe });
    };
    // Five weeks: the first falls outside the 28 days of the last review; RPE and minutes vary.
    const RPE = [3, 5, 6, 4, 7, 2, 5];
    let k = 0;
    for (let w = 0; w < 5; w++) {
      const monday = addDays(START, 7 * w);
      for (const [i, d] of trainingDays(c25k, one, monday).entries()) {
        k++;
        if (w === 4 && i === 0)
          await log(d.date, ['--status', 'skipped', '--minutes', '20', '--rpe', '6']); // skipped: no load, whatever the RPE and minutes
        else if (k % 5 === 0) await log(d.date, ['--status', 'adapted', '--minutes', String(10 + k), '--rpe', String(RPE[k % 7])]);
        else if (k % 7 === 0)
          await log(d.date, ['--minutes', '30']); // no RPE: no load
        else await log(d.date, ['--minutes', String(15 + 2 * k), '--rpe', String(RPE[k % 7])]);
      }
      // an unplanned session on a rest day (Monday) counts too
      if (w % 2 === 1) await log(monday, ['--type', 'mind_body', '--minutes', '12', '--rpe', '3']);
    }
    // the scenario has each kind of record the arithmetic must tell apart
    expect(logs.filter((l) => l.status === 'adapted').length).toBeGreaterThan(0);
    expect(logs.filter((l) => l.status === 'skipped' && (l.rpe ?? 0) * l.minutes > 0).length).toBe(1);
    expect(logs.some((l) => l.status === 'completed' && l.rpe === null)).toBe(true);

    // Reviewed on the Sunday of week 4 (dry run: later sessions are in the journal but
    // after the review date) and on the Sunday of week 5.
    for (const [sunday, extra] of [
      [addDays(START, 27), ['--dry-run']],
      [addDays(START, 34), []],
    ] as const) {
      const r = await me.review(sunday, [...extra]);
      const expected = expectedLoad(
        logs.filter((l) => l.date <= sunday),
        sunday,
      );
      expect(expected.acute, sunday).toBeGreaterThan(0);
      expect(expected.monotony, sunday).not.toBeNull();
      expect(expected.chronic, sunday).not.toBe(expected.acute);
      // v1.1 adds days_of_record and EWMA (tested as pure functions in test/core/engine/load.test.ts)
      const { days_of_record: daysOfRecord, ewma, ...rolling } = r.metrics.load;
      expect(rolling, `review on ${sunday}`).toEqual(expected);
      expect(daysOfRecord).toBe(Math.round((Date.parse(sunday) - Date.parse(START)) / 86_400_000) + 1);
      expect(ewma.ratio).toBeGreaterThan(0);
      // the same numbers as history shows for the same end date
      const h = await me.cli.json(['history', '--from', addDays(sunday, -6), '--to', sunday], { now: sunday });
      expect(h.load, `history to ${sunday}`).toEqual(r.metrics.load);
    }
    // week 1 carries load but lies outside the last review's 28 days: counting it would change chronic
    expect(logs.filter((l) => l.date < addDays(START, 7)).reduce((s, l) => s + (l.rpe ?? 0) * l.minutes, 0)).toBeGreaterThan(0);
  });
});
